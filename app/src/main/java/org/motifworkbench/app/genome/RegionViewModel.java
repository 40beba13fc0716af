package org.motifworkbench.app.genome;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.motifworkbench.app.background.BackgroundRunner;
import org.motifworkbench.app.background.LatestRequestRunner;
import org.motifworkbench.app.background.ProgressRelay;
import org.motifworkbench.app.session.TrainedModel;
import org.motifworkbench.app.session.Workspace;
import org.motifworkbench.files.AtomicFile;
import org.motifworkbench.genome.Contig;
import org.motifworkbench.genome.GenomicInterval;
import org.motifworkbench.genome.ReferenceGenome;
import org.motifworkbench.network.SequenceClassifier;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.progress.CancelledException;
import org.motifworkbench.scan.GenomeScanner;
import org.motifworkbench.scan.RegionParser;
import org.motifworkbench.scan.ScanOptions;
import org.motifworkbench.scan.ScanSummary;
import org.motifworkbench.scan.ScoreUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The region view's state: the genome file and its contigs, the region, step, class and strands to
 * scan with the workspace's model, the scan's progress, and the track it gives; a click position
 * becomes a window explained on the Inspect screen.
 */
public final class RegionViewModel {

  /**
   * The most windows the view holds (8 bytes and a position each); larger scans: {@code mwb scan}.
   */
  static final long MAX_WINDOWS = 5_000_000;

  private static final Logger LOG = LoggerFactory.getLogger(RegionViewModel.class);

  private final BackgroundRunner fileRunner;
  private final LatestRequestRunner scans;
  private final Executor uiThread;
  private final Workspace workspace;
  private final BiConsumer<String, String> explainWindow;

  private final ReadOnlyObjectWrapper<Path> genomeFile =
      new ReadOnlyObjectWrapper<>(this, "genome");
  private final ObservableList<String> contigs = FXCollections.observableArrayList();
  private final StringProperty region = new SimpleStringProperty(this, "region", "");
  private final ReadOnlyStringWrapper regionError = new ReadOnlyStringWrapper(this, "regionError");
  private final IntegerProperty step = new SimpleIntegerProperty(this, "step", 1);
  private final ObservableList<String> classNames = FXCollections.observableArrayList();
  private final ObjectProperty<String> className = new SimpleObjectProperty<>(this, "class");
  private final BooleanProperty bothStrands = new SimpleBooleanProperty(this, "bothStrands");
  private final DoubleProperty threshold = new SimpleDoubleProperty(this, "threshold", 0.5);
  private final ReadOnlyBooleanWrapper scanning = new ReadOnlyBooleanWrapper(this, "scanning");
  private final ReadOnlyBooleanWrapper opening = new ReadOnlyBooleanWrapper(this, "opening");
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
  private final ReadOnlyObjectWrapper<RegionTrack> track =
      new ReadOnlyObjectWrapper<>(this, "track");

  private ReferenceGenome genome;
  private CancellationToken cancel = CancellationToken.none();

  /**
   * @param engineRunner where the model computes (one piece of model work at a time)
   * @param fileRunner where the genome is opened and indexed
   * @param uiThread where progress is shown ({@code Platform::runLater}; the caller's thread in
   *     tests)
   * @param explainWindow explains a window (its name, e.g. chr2:1000-1100, and bases) on the
   *     Inspect screen and shows that screen
   */
  public RegionViewModel(
      BackgroundRunner engineRunner,
      BackgroundRunner fileRunner,
      Executor uiThread,
      Workspace workspace,
      BiConsumer<String, String> explainWindow) {
    this.scans = new LatestRequestRunner(engineRunner);
    this.fileRunner = fileRunner;
    this.uiThread = uiThread;
    this.workspace = workspace;
    this.explainWindow = explainWindow;
    region.addListener((obs, old, now) -> validate());
    workspace.modelProperty().addListener((obs, old, model) -> modelChanged(model));
    modelChanged(workspace.getModel());
  }

  private void modelChanged(TrainedModel model) {
    scans.supersede();
    cancel.cancel();
    scanning.set(false);
    track.set(null);
    classNames.setAll(model == null ? List.of() : model.classNames());
    className.set(
        model == null
            ? null
            : model.classNames().get(GenomeScanner.classIndex(model.classNames(), null)));
    status.set(model == null ? "Train or open a model first." : "");
  }

  /** Opens (and indexes, when needed) a genome FASTA in the background. */
  public void openGenome(Path file) {
    if (scanning.get()) {
      return;
    }
    opening.set(true);
    status.set("Reading the index of " + file.getFileName() + "...");
    fileRunner.run(
        "opening " + file.getFileName(),
        () -> ReferenceGenome.open(file),
        opened -> {
          opening.set(false);
          if (genome != null) {
            genome.close();
          }
          genome = opened;
          genomeFile.set(file);
          contigs.setAll(opened.contigs().stream().map(Contig::name).toList());
          track.set(null);
          status.set(
              String.format(
                  Locale.ROOT,
                  "%s: %d sequences, %,d bases",
                  file.getFileName(),
                  contigs.size(),
                  opened.contigs().stream().mapToLong(Contig::length).sum()));
          if (region.get().isBlank() || regionError.get() != null) {
            region.set(contigs.isEmpty() ? "" : contigs.get(0));
          }
          validate();
        },
        failure -> {
          opening.set(false);
          LOG.warn("Could not open the genome {}", file, failure);
          status.set(failure.getMessage());
        });
  }

  private GenomicInterval validate() {
    if (genome == null) {
      regionError.set(null);
      return null;
    }
    try {
      RegionParser.Parsed parsed = RegionParser.parse(region.get(), genome);
      regionError.set(parsed.warning().orElse(null));
      return parsed.interval();
    } catch (IllegalArgumentException e) {
      regionError.set(e.getMessage());
      return null;
    }
  }

  /** Scans the region with the current model in the background; progress and cancel follow. */
  public void scan() {
    TrainedModel model = workspace.getModel();
    if (model == null) {
      status.set("Train or open a model first.");
      return;
    }
    if (genome == null) {
      status.set("Choose a genome FASTA file first.");
      return;
    }
    if (workspace.isTraining()) {
      status.set("The model is training: scan when it has finished.");
      return;
    }
    GenomicInterval interval = validate();
    if (interval == null) {
      status.set(regionError.get());
      return;
    }
    int stepValue = Math.max(1, step.get());
    long windows = interval.length() / stepValue;
    if (windows > MAX_WINDOWS) {
      status.set(
          String.format(
              Locale.ROOT,
              "%s at step %d is %,d windows; the view holds %,d. Choose a step of at least %d or a"
                  + " smaller region, or scan it with mwb scan.",
              interval,
              stepValue,
              windows,
              MAX_WINDOWS,
              (interval.length() + MAX_WINDOWS - 1) / MAX_WINDOWS));
      return;
    }
    ScanOptions options =
        ScanOptions.defaults()
            .withStep(stepValue)
            .withClassName(className.get())
            .withBothStrands(bothStrands.get())
            .withUnit(ScoreUnit.PROBABILITY);
    CancellationToken token = new CancellationToken();
    cancel = token;
    scanning.set(true);
    progress.set(0);
    status.set("Scanning " + interval + "...");
    ReferenceGenome reading = genome;
    long contigLength = genome.contig(interval.contig()).map(Contig::length).orElseThrow();
    LatestRequestRunner.Request request = scans.begin();
    ProgressRelay relay =
        new ProgressRelay(
            uiThread,
            (fraction, message) -> {
              if (request.isLatest()) {
                progress.set(fraction);
              }
            });
    request.run(
        "scanning " + interval,
        () -> collect(model, reading, interval, contigLength, options, relay, token),
        result -> {
          scanning.set(false);
          progress.set(1);
          track.set(result);
          ScanSummary s = result.summary();
          status.set(
              String.format(
                  Locale.ROOT,
                  "%s: %,d windows in %.1f s (%.3g Mb/s)%s",
                  interval,
                  s.windows(),
                  s.seconds(),
                  s.megabasesPerSecond(),
                  s.gapWindows() > 0
                      ? String.format(Locale.ROOT, ", %,d left out (over half N)", s.gapWindows())
                      : ""));
        },
        failure -> {
          scanning.set(false);
          progress.set(0);
          if (failure instanceof CancelledException) {
            status.set("Scan cancelled.");
          } else {
            LOG.warn("The scan of {} failed", interval, failure);
            status.set("The scan failed: " + failure.getMessage());
          }
        });
  }

  private static RegionTrack collect(
      TrainedModel model,
      ReferenceGenome genome,
      GenomicInterval interval,
      long contigLength,
      ScanOptions options,
      ProgressRelay relay,
      CancellationToken token) {
    SequenceClassifier classifier = model.bundle().classifier();
    int capacity = (int) Math.min(MAX_WINDOWS, interval.length() / options.step() + 1);
    long[] centres = new long[capacity];
    double[] values = new double[capacity];
    int[] n = new int[1];
    ScanSummary summary =
        GenomeScanner.scan(
            classifier,
            genome,
            List.of(interval),
            options,
            s -> {
              centres[n[0]] = s.centre();
              values[n[0]] = s.value();
              n[0]++;
            },
            relay,
            token);
    int classIndex = GenomeScanner.classIndex(classifier.classNames(), options.className());
    return new RegionTrack(
        interval,
        contigLength,
        classifier.inputLength(),
        classifier.classNames().get(classIndex),
        model.displayName(),
        options,
        java.util.Arrays.copyOf(centres, n[0]),
        java.util.Arrays.copyOf(values, n[0]),
        summary);
  }

  /** Asks the running scan to stop. */
  public void cancel() {
    cancel.cancel();
  }

  /**
   * The window of the model's length centred on {@code position} (0-based, on the track's contig,
   * kept inside it), explained on the Inspect screen. Nothing happens without a track.
   */
  public void explainAt(double position) {
    RegionTrack shown = track.get();
    TrainedModel model = workspace.getModel();
    if (shown == null || model == null || genome == null) {
      return;
    }
    GenomicInterval window = windowAt(shown, position);
    explainWindow.accept(window.toString(), genome.bases(window));
  }

  /** The window of the track's length centred on {@code position}, kept inside the contig. */
  static GenomicInterval windowAt(RegionTrack shown, double position) {
    int l = shown.windowLength();
    long start = Math.round(position) - l / 2;
    start = Math.max(0, Math.min(shown.contigLength() - l, start));
    return new GenomicInterval(shown.region().contig(), start, start + l);
  }

  /** Writes the track as bedGraph to {@code file} (atomically) in the background. */
  public void saveBedGraph(Path file, BiConsumer<Path, Throwable> done) {
    RegionTrack shown = track.get();
    if (shown == null) {
      return;
    }
    double line = threshold.get();
    fileRunner.run(
        "saving " + file.getFileName(),
        () -> {
          AtomicFile.write(
              file,
              out -> {
                Writer text = new OutputStreamWriter(out, StandardCharsets.US_ASCII);
                shown.writeBedGraph(text, line);
              });
          return file;
        },
        saved -> {
          status.set("Saved the track to " + saved);
          done.accept(saved, null);
        },
        failure -> done.accept(file, failure));
  }

  /**
   * The interval of {@code text} (a region on the track's contig, as typed in the range field), or
   * null with the reason in {@link #statusProperty()}.
   */
  public GenomicInterval rangeOf(String text) {
    if (genome == null) {
      return null;
    }
    try {
      return RegionParser.parse(text, genome).interval();
    } catch (IllegalArgumentException e) {
      status.set(e.getMessage());
      return null;
    }
  }

  /** Closes the genome file (the app is closing). */
  public void close() throws IOException {
    if (genome != null) {
      genome.close();
    }
  }

  public ReadOnlyObjectProperty<Path> genomeFileProperty() {
    return genomeFile.getReadOnlyProperty();
  }

  /** The genome's contig names, suggestions for the region field. */
  public ObservableList<String> contigs() {
    return contigs;
  }

  /** The region typed: chr2, chr2:1,001-2,000 (1-based, as in IGV) or chr2:1001. */
  public StringProperty regionProperty() {
    return region;
  }

  /** What is wrong with the region (or that its end was clipped); null when all is well. */
  public ReadOnlyStringProperty regionErrorProperty() {
    return regionError.getReadOnlyProperty();
  }

  public IntegerProperty stepProperty() {
    return step;
  }

  public ObservableList<String> classNames() {
    return classNames;
  }

  /** The class whose probability is drawn; the signal class by default. */
  public ObjectProperty<String> classNameProperty() {
    return className;
  }

  public BooleanProperty bothStrandsProperty() {
    return bothStrands;
  }

  /** Probability from which windows count as a peak (the dashed line, the shaded regions). */
  public DoubleProperty thresholdProperty() {
    return threshold;
  }

  public ReadOnlyBooleanProperty scanningProperty() {
    return scanning.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty openingProperty() {
    return opening.getReadOnlyProperty();
  }

  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /** What happened last, in a line: the genome opened, the scan's figures, an error. */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<RegionTrack> trackProperty() {
    return track.getReadOnlyProperty();
  }

  public RegionTrack getTrack() {
    return track.get();
  }

  /** Peaks of the track shown at the current threshold (empty without a track). */
  public List<org.motifworkbench.scan.Peak> peaks() {
    RegionTrack shown = track.get();
    return shown == null ? new ArrayList<>() : shown.peaks(threshold.get());
  }
}
