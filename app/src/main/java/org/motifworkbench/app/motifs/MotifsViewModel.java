package org.motifworkbench.app.motifs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
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
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.motifworkbench.app.background.BackgroundRunner;
import org.motifworkbench.app.background.LatestRequestRunner;
import org.motifworkbench.app.background.ProgressRelay;
import org.motifworkbench.app.motifs.MotifCard.Section;
import org.motifworkbench.app.session.ModelDataMatch;
import org.motifworkbench.app.session.TrainedModel;
import org.motifworkbench.app.session.Workspace;
import org.motifworkbench.data.SignalClass;
import org.motifworkbench.figure.NucleotidePalette;
import org.motifworkbench.interpret.AttributionMethod;
import org.motifworkbench.interpret.FilterMotif;
import org.motifworkbench.motif.Background;
import org.motifworkbench.motif.MotifMatch;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.progress.CancelledException;
import org.motifworkbench.workflow.MotifWorkflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State and commands of the Motifs screen. "Find motifs" runs {@link MotifWorkflow} on the engine
 * thread with progress and cancel; its results (discovered motifs and first-layer filters, each
 * with its best database matches) belong to the model they were computed for and are cleared when
 * the model changes. The motif database is the bundled JASPAR collection, another MEME file, or
 * none.
 */
public final class MotifsViewModel {

  /** The name of the database shipped with the workbench. */
  public static final String BUNDLED_DATABASE = "JASPAR CORE 2016 vertebrates";

  static final int DEFAULT_MAX_SEQUENCES = 500;

  /** Matches kept per motif: the first few go on the tile, all in the enlarged view. */
  static final int MATCHES_KEPT = 10;

  private static final Logger LOG = LoggerFactory.getLogger(MotifsViewModel.class);

  private final BackgroundRunner fileRunner;
  private final Executor uiThread;
  private final Workspace workspace;
  private final Path bundledDatabase;
  private final MotifSources sources;

  private final ObservableList<String> classNames = FXCollections.observableArrayList();
  private final ObjectProperty<String> targetClass = new SimpleObjectProperty<>(this, "class");
  private final ObjectProperty<AttributionMethod> method =
      new SimpleObjectProperty<>(this, "method", AttributionMethod.GRADIENT_X_INPUT);
  private final IntegerProperty maxSequences =
      new SimpleIntegerProperty(this, "maxSequences", DEFAULT_MAX_SEQUENCES);
  private final ReadOnlyObjectWrapper<MotifDatabase> database =
      new ReadOnlyObjectWrapper<>(this, "database");
  private final ReadOnlyBooleanWrapper databaseLoading =
      new ReadOnlyBooleanWrapper(this, "databaseLoading");
  private final ReadOnlyStringWrapper databaseStatus =
      new ReadOnlyStringWrapper(this, "databaseStatus", "No database: motifs are not matched.");
  private final ObservableList<MotifCard> discovered = FXCollections.observableArrayList();
  private final ObservableList<MotifCard> filters = FXCollections.observableArrayList();
  // the letter frequencies of the sequences the shown motifs come from, for the MEME export
  private Background shownBackground = Background.UNIFORM;
  // One read-only view each: a view listens to its list weakly, so a view made per call could be
  // collected together with the listeners added to it.
  private final ObservableList<String> classNamesView =
      FXCollections.unmodifiableObservableList(classNames);
  private final ObservableList<MotifCard> discoveredView =
      FXCollections.unmodifiableObservableList(discovered);
  private final ObservableList<MotifCard> filtersView =
      FXCollections.unmodifiableObservableList(filters);
  private final ReadOnlyStringWrapper matchedAgainst = new ReadOnlyStringWrapper(this, "matched");
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
  private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "error");
  private final StringBinding findBlockedReason;
  private final BooleanBinding canFind;

  private final LatestRequestRunner searches;
  private final LatestRequestRunner databaseLoads;
  private final CompareViewModel compare;
  private CancellationToken currentToken;

  /** The model the shown motifs and classes are for: null for none or while it is of other data. */
  private TrainedModel shownFor;

  /**
   * @param engineRunner runs model work, one piece at a time
   * @param fileRunner reads motif databases and writes exports
   * @param uiThread where progress from the engine thread is handed over
   * @param bundledDatabase the MEME file shipped with the workbench (may be missing)
   */
  public MotifsViewModel(
      BackgroundRunner engineRunner,
      BackgroundRunner fileRunner,
      Executor uiThread,
      Workspace workspace,
      Path bundledDatabase) {
    this.searches = new LatestRequestRunner(engineRunner);
    this.fileRunner = fileRunner;
    this.databaseLoads = new LatestRequestRunner(fileRunner);
    this.uiThread = uiThread;
    this.workspace = workspace;
    this.bundledDatabase = bundledDatabase;
    this.sources = new MotifSources(workspace);
    this.compare =
        new CompareViewModel(
            fileRunner,
            uiThread,
            database.getReadOnlyProperty(),
            Runtime.getRuntime().availableProcessors());
    this.findBlockedReason =
        Bindings.createStringBinding(
            this::blockedReason,
            workspace.modelProperty(),
            workspace.dataProperty(),
            workspace.matchProperty(),
            workspace.trainingProperty(),
            running,
            databaseLoading);
    this.canFind =
        Bindings.createBooleanBinding(() -> findBlockedReason.get() == null, findBlockedReason);
    workspace.modelProperty().addListener((obs, old, model) -> follow());
    workspace.matchProperty().addListener((obs, old, match) -> follow());
    modelChanged(usable());
  }

  /** Explains the chosen class's sequences and builds the motifs, in the background. */
  public void findMotifs() {
    String blocked = findBlockedReason.get();
    if (blocked != null) {
      fail(blocked);
      return;
    }
    TrainedModel model = workspace.getModel();
    String className = targetClass.get();
    MotifDatabase db = database.get();
    MotifWorkflow.Settings settings =
        new MotifWorkflow.Settings(
            model.bundle().manifest().classIndex(className),
            method.get(),
            Math.max(1, maxSequences.get()),
            db == null ? null : db.matcher(),
            MATCHES_KEPT);
    MotifSources.Choice data = sources.choose(model);
    LatestRequestRunner.Request request = searches.begin();
    CancellationToken token = new CancellationToken();
    currentToken = token;
    errorMessage.set(null);
    running.set(true);
    progress.set(0);
    status.set("Starting...");
    ProgressRelay relay =
        new ProgressRelay(
            uiThread,
            (fraction, message) -> {
              if (request.isLatest() && running.get()) {
                progress.set(fraction);
                status.set(sentence(message) + "...");
              }
            });
    request.run(
        "finding motifs",
        () -> MotifWorkflow.run(model.bundle(), data.sequences(), settings, relay, token),
        report -> {
          running.set(false);
          show(report, db, className);
        },
        failure -> {
          running.set(false);
          progress.set(0);
          if (failure instanceof CancelledException) {
            status.set("Cancelled: no motifs were found.");
          } else {
            status.set("");
            fail(messageFor(failure));
          }
        });
  }

  /** Asks the running search to stop at its next safe point. */
  public void cancel() {
    if (running.get() && currentToken != null) {
      currentToken.cancel();
      status.set("Cancelling...");
    }
  }

  /** Matches against the JASPAR collection shipped with the workbench. */
  public void useBundledDatabase() {
    if (!Files.isRegularFile(bundledDatabase)) {
      databaseLoads.supersede();
      databaseLoading.set(false);
      database.set(null);
      databaseStatus.set(
          "The bundled motif database is missing ("
              + bundledDatabase
              + "). Choose a MEME file with \"Match against...\", or find motifs without matching.");
      return;
    }
    load(bundledDatabase, BUNDLED_DATABASE);
  }

  /** Matches against the motifs of a MEME file the user chose. */
  public void useDatabase(Path meme) {
    load(meme, meme.getFileName().toString());
  }

  /** Finds motifs without matching them to known ones. */
  public void useNoDatabase() {
    databaseLoads.supersede();
    databaseLoading.set(false);
    database.set(null);
    databaseStatus.set("No database: motifs are not matched.");
  }

  /**
   * Writes the shown motifs of {@code section} (both sections when null) to a MEME file, and their
   * database matches to {@code <name>.matches.tsv} beside it.
   */
  public void exportMeme(Path file, Section section) {
    List<MotifCard> cards = section == null ? allCards() : cards(section);
    if (cards.isEmpty()) {
      fail("There are no motifs to export yet: click \"Find motifs\" first.");
      return;
    }
    Background background = shownBackground;
    fileRunner.run(
        "saving " + file.getFileName(),
        () -> new MotifExport(cards, background).write(file),
        saved -> status.set(saved),
        failure -> {
          LOG.warn("Could not save {}", file, failure);
          fail(
              "Could not save "
                  + file
                  + ": "
                  + failure.getMessage()
                  + ". Choose a folder you can write to.");
        });
  }

  private void load(Path file, String name) {
    databaseLoading.set(true);
    databaseStatus.set("Loading " + name + "...");
    databaseLoads.run(
        "reading " + file.getFileName(),
        () -> MotifDatabase.load(file, name),
        loaded -> {
          databaseLoading.set(false);
          database.set(loaded);
          databaseStatus.set("Matching against " + loaded.describe());
        },
        failure -> {
          LOG.warn("Could not read the motif database {}", file, failure);
          databaseLoading.set(false);
          MotifDatabase kept = database.get();
          databaseStatus.set(
              kept == null
                  ? "No database: motifs are not matched."
                  : "Matching against " + kept.describe());
          fail("Could not use " + file + " as a motif database: " + failure.getMessage());
        });
  }

  private void show(MotifWorkflow.Report report, MotifDatabase db, String className) {
    progress.set(1);
    matchedAgainst.set(db == null ? null : db.name());
    shownBackground = report.background();
    discovered.setAll(
        report.discovered().stream()
            .map(d -> MotifCard.discovered(d, matches(report, d.motif().id())))
            .toList());
    // Filters with enough sites first, the most specific (most bits) first within each group.
    filters.setAll(
        report.filters().stream()
            .map(f -> MotifCard.filter(f, matches(report, f.motif().id())))
            .sorted(
                Comparator.comparing(MotifCard::fewSites)
                    .thenComparing(Comparator.comparingDouble(MotifCard::totalBits).reversed()))
            .toList());
    long reliable = report.filters().stream().filter(FilterMotif::reliable).count();
    status.set(
        String.format(
            Locale.ROOT,
            "%d %s from %,d correctly predicted '%s' sequences; %d of"
                + " %d filters have enough sites.",
            discovered.size(),
            discovered.size() == 1 ? "motif discovered" : "motifs discovered",
            report.explainedSequences(),
            className,
            reliable,
            report.filters().size()));
  }

  private static List<MotifMatch> matches(MotifWorkflow.Report report, String id) {
    return report.matches().getOrDefault(id, List.of());
  }

  /** The current model when its results belong to the open data (or no data is open), else null. */
  private TrainedModel usable() {
    return workspace.getMatch() == ModelDataMatch.MATCHES ? workspace.getModel() : null;
  }

  // Identity on purpose: a model trained or opened again is another model, even if equal.
  @SuppressWarnings("ReferenceEquality")
  private void follow() {
    TrainedModel next = usable();
    if (next != shownFor) {
      modelChanged(next);
    }
  }

  private void modelChanged(TrainedModel model) {
    // Results belong to the model and data they were computed for; a running search is for the
    // old ones.
    shownFor = model;
    searches.supersede();
    if (currentToken != null) {
      currentToken.cancel();
    }
    running.set(false);
    progress.set(0);
    status.set("");
    discovered.clear();
    filters.clear();
    shownBackground = Background.UNIFORM;
    matchedAgainst.set(null);
    List<String> names = model == null ? List.of() : model.bundle().manifest().classNames();
    classNames.setAll(names);
    targetClass.set(defaultClass(names));
  }

  /** The class carrying the signal ("positive", "bound"...; see {@link SignalClass}). */
  static String defaultClass(List<String> names) {
    int index = SignalClass.indexIn(names);
    return index < 0 ? null : names.get(index);
  }

  private String blockedReason() {
    TrainedModel model = workspace.getModel();
    if (model == null) {
      return "Train a model first (step 3) or open a saved one.";
    }
    if (workspace.getMatch().otherData()) {
      return "This model belongs to other data than the open data set: evaluate it on the open"
          + " data or train a new model first.";
    }
    if (workspace.isTraining()) {
      return "A model is training. The engine computes one thing at a time: find motifs when"
          + " training has finished.";
    }
    if (running.get()) {
      return "Motifs are being found.";
    }
    if (databaseLoading.get()) {
      return "The motif database is still loading.";
    }
    return sources.problem(model);
  }

  private void fail(String message) {
    errorMessage.set(null); // the same message twice must still be seen as a change
    errorMessage.set(message);
  }

  private static String messageFor(Throwable failure) {
    LOG.warn("Finding motifs failed", failure);
    if (failure instanceof IllegalArgumentException || failure instanceof IllegalStateException) {
      return "Could not find motifs: " + failure.getMessage();
    }
    return "Something went wrong while finding motifs: "
        + failure
        + ". The details are in the log; please report this as a bug.";
  }

  private static String sentence(String message) {
    return message.isEmpty()
        ? message
        : Character.toUpperCase(message.charAt(0)) + message.substring(1);
  }

  private List<MotifCard> allCards() {
    return java.util.stream.Stream.concat(discovered.stream(), filters.stream()).toList();
  }

  /** The cards of one section, in gallery order. */
  public List<MotifCard> cards(Section section) {
    return List.copyOf(section == Section.DISCOVERED ? discovered : filters);
  }

  public ObservableList<String> classNames() {
    return classNamesView;
  }

  /** The class whose correctly predicted sequences are explained. */
  public ObjectProperty<String> targetClassProperty() {
    return targetClass;
  }

  public ObjectProperty<AttributionMethod> methodProperty() {
    return method;
  }

  /** At most this many sequences are explained. */
  public IntegerProperty maxSequencesProperty() {
    return maxSequences;
  }

  /** The loaded database, or null for none. */
  public ReadOnlyObjectProperty<MotifDatabase> databaseProperty() {
    return database.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty databaseLoadingProperty() {
    return databaseLoading.getReadOnlyProperty();
  }

  /** "Matching against JASPAR CORE 2016 vertebrates (518 motifs)", "Loading...", "No database". */
  public ReadOnlyStringProperty databaseStatusProperty() {
    return databaseStatus.getReadOnlyProperty();
  }

  /** Discovered motifs of the current model, most supported first. */
  public ObservableList<MotifCard> discovered() {
    return discoveredView;
  }

  /** First-layer filters of the current model: those with enough sites first. */
  public ObservableList<MotifCard> filters() {
    return filtersView;
  }

  /** The database the shown motifs were matched against, or null when they were not matched. */
  public ReadOnlyStringProperty matchedAgainstProperty() {
    return matchedAgainst.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  public boolean isRunning() {
    return running.get();
  }

  /** Fraction done of the running search, 0..1. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /** What is happening or what was found, in a sentence. */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** The last problem to show the user; null when there is none. */
  public ReadOnlyStringProperty errorMessageProperty() {
    return errorMessage.getReadOnlyProperty();
  }

  /** True when "Find motifs" can start. */
  public BooleanBinding canFindBinding() {
    return canFind;
  }

  /** Why "Find motifs" cannot start (for its tooltip), or null when it can. */
  public StringBinding findBlockedReasonBinding() {
    return findBlockedReason;
  }

  /** Which sequences will be explained, in a sentence. */
  public StringBinding dataDescriptionBinding() {
    return sources.descriptionBinding();
  }

  /** "Compare a MEME file...": the user's motifs against this screen's database. */
  public CompareViewModel compare() {
    return compare;
  }

  public ObjectProperty<NucleotidePalette> paletteProperty() {
    return workspace.paletteProperty();
  }
}
