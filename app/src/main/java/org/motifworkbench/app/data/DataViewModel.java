package org.motifworkbench.app.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.motifworkbench.app.background.BackgroundRunner;
import org.motifworkbench.app.background.LatestRequestRunner;
import org.motifworkbench.app.session.OpenedData;
import org.motifworkbench.data.SyntheticGenerator;
import org.motifworkbench.data.SyntheticRecipe;
import org.motifworkbench.data.TeachingDataset;
import org.motifworkbench.sequence.DataSource;
import org.motifworkbench.sequence.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State and commands of the Data screen. Opening reads the files in the background; on success the
 * new data replaces the old, on failure the old data stays and {@link #errorMessageProperty()}
 * holds a message for the user. When several opens overlap, the latest wins and earlier results are
 * dropped.
 */
public final class DataViewModel {

  private static final Logger LOG = LoggerFactory.getLogger(DataViewModel.class);
  private static final String CEILING_SUFFIX = ".ceiling.json";

  private final SampleLibrary samples;

  private final ReadOnlyObjectWrapper<OpenedData> data = new ReadOnlyObjectWrapper<>(this, "data");
  private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
  private final ReadOnlyStringWrapper loadingMessage =
      new ReadOnlyStringWrapper(this, "loadingMessage", "");
  private final ReadOnlyStringWrapper errorMessage =
      new ReadOnlyStringWrapper(this, "errorMessage");
  private final ReadOnlyObjectWrapper<Path> lastFolder =
      new ReadOnlyObjectWrapper<>(this, "lastFolder");
  private final LatestRequestRunner reads;
  private final BackgroundRunner runner;

  public DataViewModel(BackgroundRunner runner, SampleLibrary samples) {
    this.runner = runner;
    this.reads = new LatestRequestRunner(runner);
    this.samples = samples;
  }

  /** Opens FASTA files: one file has labels in its headers, several are one class each. */
  public void open(List<Path> files) {
    List<Path> toRead = withoutCeilingSidecars(files);
    if (toRead.isEmpty()) {
      return;
    }
    Path folder = toRead.stream().filter(Files::isDirectory).findFirst().orElse(null);
    if (folder != null) {
      fail(folder + " is a folder. Open the FASTA files inside it instead.");
      return;
    }
    read(toRead, () -> OpenedData.open(toRead));
  }

  /**
   * Opens data by another label convention: a table of id, sequence and label, or sequences with a
   * separate labels file.
   */
  public void open(DataSource source) {
    read(source.files().stream().map(Path::of).toList(), () -> OpenedData.open(source));
  }

  /**
   * Generates a synthetic teaching data set into {@code target} (with its accuracy ceiling beside
   * it) and opens it.
   */
  public void generate(TeachingDataset dataset, int count, long seed, Integer length, Path target) {
    generate(dataset.recipe(count, seed, length), target);
  }

  /**
   * Generates a synthetic data set from {@code recipe} into {@code target} (with its accuracy
   * ceiling beside it) and opens it.
   */
  public void generate(SyntheticRecipe recipe, Path target) {
    List<String> problems = recipe.problems();
    if (!problems.isEmpty()) {
      fail(String.join(" ", problems));
      return;
    }
    read(
        List.of(target),
        () -> {
          SyntheticGenerator.generate(recipe).write(target);
          return OpenedData.open(List.of(target));
        });
  }

  /**
   * A new form for "From peaks and a genome...", whose written data set this opens.
   *
   * @param uiThread where progress from the background is handed over
   */
  public PeaksDatasetViewModel peaksDataset(Executor uiThread) {
    return new PeaksDatasetViewModel(runner, uiThread, written -> open(List.of(written)));
  }

  private void read(List<Path> toRead, Callable<OpenedData> work) {
    errorMessage.set(null);
    loading.set(true);
    loadingMessage.set("Reading " + describe(toRead) + "...");
    lastFolder.set(toRead.get(0).toAbsolutePath().getParent());
    reads.run(
        "reading " + describe(toRead),
        work,
        opened -> {
          finish();
          data.set(opened);
        },
        failure -> {
          finish();
          fail(messageFor(failure, toRead));
        });
  }

  /** Opens the bundled primer-motif sample. */
  public void openSample() {
    if (!samples.primerAvailable()) {
      fail(samples.missingMessage());
      return;
    }
    open(List.of(samples.primer()));
  }

  public boolean isSampleAvailable() {
    return samples.primerAvailable();
  }

  /** The opened data, or null before anything was opened. */
  public ReadOnlyObjectProperty<OpenedData> dataProperty() {
    return data.getReadOnlyProperty();
  }

  public OpenedData getData() {
    return data.get();
  }

  /** True while files are being read. */
  public ReadOnlyBooleanProperty loadingProperty() {
    return loading.getReadOnlyProperty();
  }

  public boolean isLoading() {
    return loading.get();
  }

  /** What is being read, e.g. "Reading train.fa...". */
  public ReadOnlyStringProperty loadingMessageProperty() {
    return loadingMessage.getReadOnlyProperty();
  }

  /** Why the last open failed, to show as is; null after a successful open or while reading. */
  public ReadOnlyStringProperty errorMessageProperty() {
    return errorMessage.getReadOnlyProperty();
  }

  public String getErrorMessage() {
    return errorMessage.get();
  }

  /** Where the file chooser should start: the folder of the last opened file, or null. */
  public ReadOnlyObjectProperty<Path> lastFolderProperty() {
    return lastFolder.getReadOnlyProperty();
  }

  private void fail(String message) {
    errorMessage.set(null); // the same message twice in a row must still be seen as a change
    errorMessage.set(message);
  }

  private void finish() {
    loading.set(false);
    loadingMessage.set("");
  }

  /** Dropping a sample together with its ceiling sidecar must not make the sidecar a class. */
  private static List<Path> withoutCeilingSidecars(List<Path> files) {
    List<Path> sequences =
        files.stream().filter(f -> !f.getFileName().toString().endsWith(CEILING_SUFFIX)).toList();
    return sequences.isEmpty() ? List.copyOf(files) : sequences;
  }

  private static String messageFor(Throwable failure, List<Path> files) {
    LOG.warn("Could not open {}", files, failure);
    if (failure instanceof InvalidInputException || failure instanceof UncheckedIOException) {
      return failure.getMessage();
    }
    if (failure instanceof IOException) {
      return "Could not write or read "
          + describe(files)
          + ": "
          + failure.getMessage()
          + ". Check that the folder exists and you may write there.";
    }
    return "Something went wrong while reading "
        + describe(files)
        + ": "
        + failure
        + ". The details are in the log; please report this as a bug.";
  }

  private static String describe(List<Path> files) {
    return files.size() == 1 ? files.get(0).getFileName().toString() : files.size() + " files";
  }
}
