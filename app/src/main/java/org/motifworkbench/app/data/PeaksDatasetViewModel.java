package org.motifworkbench.app.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.motifworkbench.app.background.BackgroundRunner;
import org.motifworkbench.app.background.LatestRequestRunner;
import org.motifworkbench.app.background.ProgressRelay;
import org.motifworkbench.files.OutputGuard;
import org.motifworkbench.peaks.Background;
import org.motifworkbench.peaks.DatasetOptions;
import org.motifworkbench.peaks.DatasetReport;
import org.motifworkbench.peaks.PeakDataset;
import org.motifworkbench.peaks.PeakDatasetBuilder;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.progress.CancelledException;
import org.motifworkbench.sequence.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The form of "From peaks and a genome...": the peak file, the genome, an optional blacklist, the
 * window width, the background and the seed, and the FASTA file to write, each checked as it is
 * typed (a problem per field, null when fine). Making the data set runs in the background with
 * progress and cancel; the report is kept for the dialog and the written file handed on to be
 * opened as the data set.
 */
public final class PeaksDatasetViewModel {

  private static final Logger LOG = LoggerFactory.getLogger(PeaksDatasetViewModel.class);

  private final LatestRequestRunner runs;
  private final Executor uiThread;
  private final Consumer<Path> onWritten;

  private final StringProperty peaks = new SimpleStringProperty(this, "peaks", "");
  private final StringProperty genome = new SimpleStringProperty(this, "genome", "");
  private final StringProperty exclude = new SimpleStringProperty(this, "exclude", "");
  private final StringProperty output = new SimpleStringProperty(this, "output", "");
  private final StringProperty width = new SimpleStringProperty(this, "width", "200");
  private final StringProperty seed = new SimpleStringProperty(this, "seed", "1");
  private final ObjectProperty<Background> background =
      new SimpleObjectProperty<>(this, "background", Background.GC_MATCHED);

  private final StringBinding peaksProblem;
  private final StringBinding genomeProblem;
  private final StringBinding excludeProblem;
  private final StringBinding outputProblem;
  private final StringBinding widthProblem;
  private final StringBinding seedProblem;
  private final BooleanBinding valid;

  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
  private final ReadOnlyStringWrapper errorMessage =
      new ReadOnlyStringWrapper(this, "errorMessage");
  private final ReadOnlyObjectWrapper<DatasetReport> report =
      new ReadOnlyObjectWrapper<>(this, "report");
  private CancellationToken token;

  /**
   * @param uiThread where progress from the background is handed over ({@code Platform::runLater}
   *     in the app)
   * @param onWritten receives the FASTA file once written (the Data screen opens it)
   */
  public PeaksDatasetViewModel(
      BackgroundRunner runner, Executor uiThread, Consumer<Path> onWritten) {
    this.runs = new LatestRequestRunner(runner);
    this.uiThread = uiThread;
    this.onWritten = onWritten;
    peaksProblem =
        Bindings.createStringBinding(() -> inputProblem(peaks.get(), "peak file"), peaks);
    genomeProblem =
        Bindings.createStringBinding(() -> inputProblem(genome.get(), "genome FASTA"), genome);
    excludeProblem =
        Bindings.createStringBinding(
            () -> exclude.get().isBlank() ? null : inputProblem(exclude.get(), "blacklist"),
            exclude);
    outputProblem =
        Bindings.createStringBinding(this::outputProblem, output, peaks, genome, exclude);
    widthProblem =
        Bindings.createStringBinding(
            () ->
                wholeNumberProblem(
                    width.get(),
                    DatasetOptions.MIN_WIDTH,
                    DatasetOptions.MAX_WIDTH,
                    "The width (bases, the model's input length)"),
            width);
    seedProblem =
        Bindings.createStringBinding(
            () -> wholeNumberProblem(seed.get(), 0, Long.MAX_VALUE, "The seed"), seed);
    valid =
        peaksProblem
            .isNull()
            .and(genomeProblem.isNull())
            .and(excludeProblem.isNull())
            .and(outputProblem.isNull())
            .and(widthProblem.isNull())
            .and(seedProblem.isNull())
            .and(background.isNotNull());
    // a new peak file suggests where the data set goes: beside it, named after it
    peaks.addListener(
        (obs, old, text) -> {
          if (output.get().isBlank() || output.get().equals(suggestedOutput(old))) {
            output.set(suggestedOutput(text));
          }
        });
  }

  /** Makes the data set in the background; does nothing while the form has a problem. */
  public void build() {
    if (!valid.get()) {
      return;
    }
    cancel();
    Path peakFile = Path.of(peaks.get().strip());
    Path genomeFile = Path.of(genome.get().strip());
    Path excludeFile = exclude.get().isBlank() ? null : Path.of(exclude.get().strip());
    Path out = Path.of(output.get().strip());
    DatasetOptions options =
        DatasetOptions.of(Integer.parseInt(width.get().strip()), background.get())
            .withSeed(Long.parseLong(seed.get().strip()));
    CancellationToken current = new CancellationToken();
    token = current;
    LatestRequestRunner.Request request = runs.begin();
    errorMessage.set(null);
    report.set(null);
    running.set(true);
    progress.set(-1);
    status.set("Reading " + peakFile.getFileName() + "...");
    ProgressRelay relay =
        new ProgressRelay(
            uiThread,
            (fraction, message) -> {
              if (request.isLatest() && running.get()) {
                progress.set(fraction);
                status.set(message + "...");
              }
            });
    request.run(
        "making a data set from " + peakFile.getFileName(),
        () -> {
          OutputGuard.reading(peakFile, genomeFile, excludeFile).file(out);
          PeakDataset data =
              PeakDatasetBuilder.build(peakFile, genomeFile, excludeFile, options, relay, current);
          current.throwIfCancelled();
          data.write(out);
          return data.report();
        },
        done -> {
          running.set(false);
          progress.set(1);
          status.set(
              String.format(
                  Locale.ROOT,
                  "Wrote %,d peak and %,d background windows to %s.",
                  done.peakWindows(),
                  done.backgroundWindows(),
                  out.getFileName()));
          report.set(done);
          onWritten.accept(out);
        },
        failure -> {
          running.set(false);
          progress.set(0);
          if (failure instanceof CancelledException) {
            status.set("Cancelled: nothing was written.");
          } else {
            status.set("");
            errorMessage.set(messageFor(failure));
          }
        });
  }

  /** Asks running work to stop at its next safe point. */
  public void cancel() {
    if (running.get() && token != null) {
      token.cancel();
    }
  }

  private static String suggestedOutput(String peakText) {
    if (peakText == null || peakText.isBlank()) {
      return "";
    }
    try {
      Path p = Path.of(peakText.strip());
      String name = p.getFileName().toString();
      for (String suffix : List.of(".gz", ".narrowPeak", ".broadPeak", ".bed", ".txt")) {
        if (name.endsWith(suffix)) {
          name = name.substring(0, name.length() - suffix.length());
        }
      }
      return p.resolveSibling(name + "-dataset.fa").toString();
    } catch (InvalidPathException e) {
      return "";
    }
  }

  private static String inputProblem(String text, String what) {
    if (text.isBlank()) {
      return "Choose the " + what + ".";
    }
    try {
      Path p = Path.of(text.strip());
      if (Files.isDirectory(p)) {
        return p + " is a folder; choose the " + what + " inside it.";
      }
      return Files.isRegularFile(p) ? null : "There is no file " + p + ".";
    } catch (InvalidPathException e) {
      return "'" + text + "' is not a file name.";
    }
  }

  private String outputProblem() {
    String text = output.get();
    if (text.isBlank()) {
      return "Choose where to save the data set (a FASTA file).";
    }
    try {
      Path out = Path.of(text.strip());
      for (String input : List.of(peaks.get(), genome.get(), exclude.get())) {
        if (!input.isBlank()
            && Path.of(input.strip()).toAbsolutePath().equals(out.toAbsolutePath())) {
          return "This is one of the input files; choose another name for the data set.";
        }
      }
      Path folder = out.toAbsolutePath().getParent();
      if (folder == null || !Files.isDirectory(folder)) {
        return "The folder " + folder + " does not exist.";
      }
      return Files.isDirectory(out) ? out + " is a folder; give a file name." : null;
    } catch (InvalidPathException e) {
      return "'" + text + "' is not a file name.";
    }
  }

  private static String wholeNumberProblem(String text, long min, long max, String what) {
    try {
      long value = Long.parseLong(text.strip().replace(",", ""));
      if (value >= min && value <= max) {
        return null;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    return max == Long.MAX_VALUE
        ? what + " must be a whole number of " + min + " or more."
        : String.format(Locale.ROOT, "%s must be a whole number from %,d to %,d.", what, min, max);
  }

  private static String messageFor(Throwable failure) {
    LOG.warn("Could not make the data set", failure);
    if (failure instanceof InvalidInputException
        || failure instanceof IllegalArgumentException
        || failure instanceof UncheckedIOException) {
      return failure.getMessage();
    }
    if (failure instanceof IOException) {
      return "Could not write the data set: "
          + failure.getMessage()
          + ". Check that the folder exists and you may write there.";
    }
    return "Something went wrong while making the data set: "
        + failure
        + ". The details are in the log; please report this as a bug.";
  }

  public StringProperty peaksProperty() {
    return peaks;
  }

  public StringProperty genomeProperty() {
    return genome;
  }

  /** The blacklist (BED); empty for none. */
  public StringProperty excludeProperty() {
    return exclude;
  }

  public StringProperty outputProperty() {
    return output;
  }

  public StringProperty widthProperty() {
    return width;
  }

  public StringProperty seedProperty() {
    return seed;
  }

  public ObjectProperty<Background> backgroundProperty() {
    return background;
  }

  public StringBinding peaksProblemProperty() {
    return peaksProblem;
  }

  public StringBinding genomeProblemProperty() {
    return genomeProblem;
  }

  public StringBinding excludeProblemProperty() {
    return excludeProblem;
  }

  public StringBinding outputProblemProperty() {
    return outputProblem;
  }

  public StringBinding widthProblemProperty() {
    return widthProblem;
  }

  public StringBinding seedProblemProperty() {
    return seedProblem;
  }

  /** True when every field can be used. */
  public BooleanBinding validProperty() {
    return valid;
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  public boolean isRunning() {
    return running.get();
  }

  /** The fraction done, -1 while unknown. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /** What is being done, or how the last run ended. */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** Why the last run failed, to show as is; null otherwise. */
  public ReadOnlyStringProperty errorMessageProperty() {
    return errorMessage.getReadOnlyProperty();
  }

  /** The report of the last data set made, or null. */
  public ReadOnlyObjectProperty<DatasetReport> reportProperty() {
    return report.getReadOnlyProperty();
  }

  public DatasetReport getReport() {
    return report.get();
  }
}
