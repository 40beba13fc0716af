package org.motifworkbench.app.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.motifworkbench.app.background.BackgroundRunner;
import org.motifworkbench.app.background.LatestRequestRunner;
import org.motifworkbench.app.session.ModelDataMatch;
import org.motifworkbench.app.session.TrainedModel;
import org.motifworkbench.app.session.Workspace;
import org.motifworkbench.bundle.ModelBundle;
import org.motifworkbench.evaluation.Evaluator;
import org.motifworkbench.figure.NucleotidePalette;
import org.motifworkbench.interpret.AttributionMethod;
import org.motifworkbench.interpret.ExplanationAgreement;
import org.motifworkbench.interpret.SequenceRegion;
import org.motifworkbench.sequence.DnaAlphabet;
import org.motifworkbench.sequence.InvalidInputException;
import org.motifworkbench.sequence.PastedSequence;
import org.motifworkbench.sequence.SequenceRecord;
import org.motifworkbench.sequence.SequenceSet;
import org.motifworkbench.workflow.SequenceExplanation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State and commands of the Inspect screen. When the model changes, the sequences its results are
 * for (its held-out test set, or the data set it was evaluated on) are scored on the engine thread
 * and listed; choosing one (or typing one) explains it on the engine thread. While the model
 * belongs to other data than the open data nothing is listed or explained (the other-data notice
 * says why). When requests overlap the latest wins: results of earlier ones are dropped.
 */
public final class InspectViewModel {

  static final String TRAINING_BUSY = "Explanations are available when training has finished.";

  /** The gradient methods; mutagenesis has its own heat map below the track. */
  static final List<AttributionMethod> METHODS =
      List.of(
          AttributionMethod.GRADIENT,
          AttributionMethod.GRADIENT_X_INPUT,
          AttributionMethod.INTEGRATED_GRADIENTS);

  private static final int PREDICT_BATCH = 256;
  private static final Logger LOG = LoggerFactory.getLogger(InspectViewModel.class);

  private final Workspace workspace;

  private final ObservableList<PredictionRow> rows = FXCollections.observableArrayList();
  private final FilteredList<PredictionRow> visibleRows = new FilteredList<>(rows);
  private final BooleanProperty onlyErrors = new SimpleBooleanProperty(this, "onlyErrors");
  private final StringProperty search = new SimpleStringProperty(this, "search", "");
  private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper(this, "source", "");
  private final ReadOnlyStringWrapper tableMessage =
      new ReadOnlyStringWrapper(this, "tableMessage");
  private final ReadOnlyBooleanWrapper predicting = new ReadOnlyBooleanWrapper(this, "predicting");

  private final ObservableList<String> classNames = FXCollections.observableArrayList();
  private final ObjectProperty<String> explainedClass = new SimpleObjectProperty<>(this, "class");
  private final ObjectProperty<AttributionMethod> method =
      new SimpleObjectProperty<>(this, "method", AttributionMethod.GRADIENT_X_INPUT);
  private final ReadOnlyObjectWrapper<SequenceExplanation> explanation =
      new ReadOnlyObjectWrapper<>(this, "explanation");
  private final ReadOnlyBooleanWrapper explaining = new ReadOnlyBooleanWrapper(this, "explaining");
  private final ReadOnlyStringWrapper explainMessage =
      new ReadOnlyStringWrapper(this, "explainMessage");
  private final StringProperty ownSequence = new SimpleStringProperty(this, "ownSequence", "");
  private final ReadOnlyStringWrapper ownSequenceError =
      new ReadOnlyStringWrapper(this, "ownSequenceError");
  private final ReadOnlyObjectWrapper<SequenceRegion> region =
      new ReadOnlyObjectWrapper<>(this, "region");
  private final ReadOnlyStringWrapper regionLine = new ReadOnlyStringWrapper(this, "regionLine");
  private final ReadOnlyStringWrapper regionError = new ReadOnlyStringWrapper(this, "regionError");
  private final ReadOnlyStringWrapper agreementLine =
      new ReadOnlyStringWrapper(this, "agreementLine");
  private final ReadOnlyStringWrapper agreementDetails =
      new ReadOnlyStringWrapper(this, "agreementDetails");

  /** The id of the table's sequence explained now or last asked for; null for none or typed. */
  private final ReadOnlyStringWrapper selectedId = new ReadOnlyStringWrapper(this, "selectedId");

  /** A sequence to select once the table lists it (a project being reopened); null for none. */
  private String pendingId;

  /** Whether the user chose the region: kept when the same sequence is explained again. */
  private boolean regionChosen;

  /** What is explained now (or was last asked for): re-explained when class or method changes. */
  private Subject subject;

  private boolean showingResult;
  private final LatestRequestRunner predictions;
  private final LatestRequestRunner explanations;

  /** The model whose sequences are listed: null for none, or while it belongs to other data. */
  private TrainedModel listed;

  /** A sequence to explain and its label (null for a typed sequence). */
  private record Subject(SequenceRecord record, String trueClass) {}

  public InspectViewModel(BackgroundRunner engineRunner, Workspace workspace) {
    this.predictions = new LatestRequestRunner(engineRunner);
    this.explanations = new LatestRequestRunner(engineRunner);
    this.workspace = workspace;
    onlyErrors.addListener((obs, old, now) -> refilter());
    search.addListener((obs, old, now) -> refilter());
    workspace.modelProperty().addListener((obs, old, model) -> follow());
    workspace.matchProperty().addListener((obs, old, match) -> follow());
    workspace
        .trainingProperty()
        .addListener(
            (obs, old, training) -> {
              if (training) {
                explainMessage.set(TRAINING_BUSY);
              } else if (TRAINING_BUSY.equals(explainMessage.get())) {
                explainMessage.set(null);
              }
            });
    explainedClass.addListener((obs, old, now) -> reexplain());
    method.addListener((obs, old, now) -> reexplain());
    modelChanged(listable());
  }

  // ---- the table -------------------------------------------------------------------------------

  /** The current model when its results belong to the open data (or no data is open), else null. */
  private TrainedModel listable() {
    return workspace.getMatch() == ModelDataMatch.MATCHES ? workspace.getModel() : null;
  }

  // Identity on purpose: a model trained or opened again is another model, even if equal.
  @SuppressWarnings("ReferenceEquality")
  private void follow() {
    TrainedModel next = listable();
    if (next != null
        && listed != null
        && next.bundle() == listed.bundle()
        && next.testSet() == listed.testSet()) {
      listed = next; // the same model, saved (or its run moved with its project): keep the screen
    } else if (next != listed) {
      modelChanged(next);
    }
  }

  private void modelChanged(TrainedModel model) {
    listed = model;
    predictions.supersede(); // scores of the old model are no longer wanted
    predicting.set(false);
    explanations.supersede(); // an explanation of the old model is no longer wanted
    explaining.set(false);
    subject = null;
    selectedId.set(null);
    explanation.set(null);
    region.set(null);
    regionLine.set(null);
    regionError.set(null);
    agreementLine.set(null);
    agreementDetails.set(null);
    rows.clear();
    showingResult = true;
    classNames.setAll(model == null ? List.of() : model.bundle().manifest().classNames());
    explainedClass.set(null);
    showingResult = false;
    if (model == null) {
      source.set("");
      tableMessage.set(null);
      return;
    }
    SequenceSet sequences = sequencesFor(model);
    if (sequences == null) {
      return;
    }
    predict(model.bundle(), sequences);
  }

  /** The sequences the model's results are for, or null (with a message) when it has none. */
  private SequenceSet sequencesFor(TrainedModel model) {
    if (model.testSet() != null && model.heldOut()) {
      String of = model.data().files().isEmpty() ? "" : " of " + model.data().displayName();
      source.set(
          "Test sequences" + of + " held out from training (" + model.testSet().size() + ")");
      tableMessage.set(null);
      return model.testSet();
    }
    if (model.testSet() != null) {
      source.set(
          "All sequences of " + model.data().displayName() + " (" + model.testSet().size() + ")");
      tableMessage.set(
          model.trainedOn().sameData(model.data())
              ? "The model was trained on"
                  + " this data set: most of these sequences were seen in training."
              : null);
      return model.testSet();
    }
    String problem =
        model.testSetProblem() == null
            ? "This model has no test sequences."
            : model.testSetProblem();
    source.set("No sequences to list");
    tableMessage.set(
        problem
            + " Open a data set with the classes "
            + classNames
            + " and click \"Evaluate on the open data set\" on the Evaluate screen to list it here,"
            + " or explain your own sequence.");
    return null;
  }

  private void predict(ModelBundle bundle, SequenceSet sequences) {
    predicting.set(true);
    predictions.run(
        "predicting " + sequences.size() + " sequences",
        () -> rowsFor(bundle, sequences),
        result -> {
          predicting.set(false);
          rows.setAll(result);
          selectPending();
        },
        failure -> {
          predicting.set(false);
          LOG.error("Could not score the sequences", failure);
          tableMessage.set("Could not score the sequences: " + failure.getMessage());
        });
  }

  private static List<PredictionRow> rowsFor(ModelBundle bundle, SequenceSet sequences) {
    float[][] probabilities = bundle.predict(sequences.records(), PREDICT_BATCH);
    List<String> names = bundle.manifest().classNames();
    List<PredictionRow> out = new ArrayList<>(probabilities.length);
    for (int i = 0; i < probabilities.length; i++) {
      int best = Evaluator.argmax(probabilities[i]);
      SequenceRecord r = sequences.records().get(i);
      out.add(
          new PredictionRow(
              r, r.label(), names.get(best), probabilities[i][best], probabilities[i]));
    }
    return out;
  }

  private void refilter() {
    boolean errors = onlyErrors.get();
    String text = search.get();
    visibleRows.setPredicate(row -> (!errors || !row.correct()) && row.matches(text));
  }

  // ---- explanations ----------------------------------------------------------------------------

  /** Explains the sequence of {@code row} for its predicted class. */
  public void select(PredictionRow row) {
    if (row == null) {
      return;
    }
    Subject next = new Subject(row.record(), row.trueClass());
    if (next.equals(subject) && (explaining.get() || explanation.get() != null)) {
      return; // already shown (the table follows a selection made here)
    }
    explain(next, null);
  }

  // Hook for projects (issue 21): the selected sequence is kept and selected again on reopening.

  /**
   * Selects the sequence {@code id} as soon as the table lists it (now, if it does): a reopened
   * project shows the sequence the user had selected. An id the table does not list is dropped.
   */
  public void selectWhenListed(String id) {
    pendingId = id;
    if (!rows.isEmpty()) {
      selectPending();
    }
  }

  private void selectPending() {
    String id = pendingId;
    pendingId = null;
    if (id != null) {
      rows.stream().filter(r -> r.id().equals(id)).findFirst().ifPresent(this::select);
    }
  }

  /** The id of the listed sequence explained now (or last asked for); null for none or typed. */
  public ReadOnlyStringProperty selectedIdProperty() {
    return selectedId.getReadOnlyProperty();
  }

  /** Explains the typed sequence; a plain message when it holds something other than bases. */
  public void explainOwnSequence() {
    SequenceRecord record;
    try {
      record = PastedSequence.parse(ownSequence.get());
    } catch (InvalidInputException e) {
      ownSequenceError.set(e.getMessage());
      return;
    }
    ownSequenceError.set(null);
    explain(new Subject(record, null), null);
  }

  /**
   * Explains a window cut from a genome (a click on the Genome screen's track) as if typed in the
   * own-sequence box: FASTA named {@code name}, e.g. {@code chr2:1000-1100}.
   */
  public void explainWindow(String name, String bases) {
    ownSequence.set(">" + name + "\n" + bases);
    explainOwnSequence();
  }

  private void reexplain() {
    if (!showingResult && subject != null) {
      explain(subject, explainedClass.get());
    }
  }

  // Identity on purpose: a model trained or opened again is another model, even if equal.
  @SuppressWarnings("ReferenceEquality")
  private void explain(Subject next, String className) {
    TrainedModel model = workspace.getModel();
    if (model == null) {
      explainMessage.set("Train or open a model first.");
      return;
    }
    if (model != listed) {
      explainMessage.set(
          "This model belongs to other data than the open data set: evaluate it"
              + " on the open data or train a new model first.");
      return;
    }
    if (workspace.isTraining()) {
      explainMessage.set(TRAINING_BUSY);
      return;
    }
    if (subject == null || !subject.equals(next)) {
      regionChosen = false; // another sequence starts at its default view
    }
    subject = next;
    selectedId.set(next.trueClass() == null ? null : next.record().id());
    AttributionMethod chosen = method.get();
    explaining.set(true);
    explainMessage.set(null);
    explanations.run(
        "explaining " + next.record().id(),
        () ->
            SequenceExplanation.compute(
                model.bundle(), next.record(), next.trueClass(), className, chosen),
        result -> {
          explaining.set(false);
          show(result);
        },
        failure -> {
          explaining.set(false);
          explainMessage.set(messageFor(failure, next.record()));
        });
  }

  private void show(SequenceExplanation result) {
    showingResult = true; // the class follows the result without asking for it again
    try {
      explainedClass.set(result.explainedClass());
    } finally {
      showingResult = false;
    }
    SequenceRegion kept = region.get();
    boolean keep = regionChosen && kept != null && kept.end() <= result.sequence().length();
    region.set(keep ? kept : result.defaultRegion());
    regionError.set(null);
    agreementLine.set(result.agreement().summary());
    agreementDetails.set(details(result.agreement()));
    explanation.set(result);
    regionLine.set(regionLine(result, region.get()));
  }

  private static String details(ExplanationAgreement agreement) {
    List<String> parts = new ArrayList<>();
    for (ExplanationAgreement.Pair p : agreement.pairs()) {
      parts.add(p.first() + " vs " + p.second() + " " + ExplanationAgreement.format(p.rho()));
    }
    return "Spearman rank correlation of the per-base scores: " + String.join(" \u00b7 ", parts);
  }

  // ---- the region shown ------------------------------------------------------------------------

  /**
   * Shows the input's bases {@code from} to {@code to} (1-based, inclusive, as typed); a plain
   * message when they are not numbers or not a stretch of the sequence.
   */
  public void zoomTo(String from, String to) {
    SequenceExplanation e = explanation.get();
    if (e == null) {
      return;
    }
    try {
      int first = Integer.parseInt(from.trim());
      int last = Integer.parseInt(to.trim());
      showRegion(e, e.region(first, last));
    } catch (NumberFormatException ex) {
      regionError.set(
          "Type the first and last base as whole numbers, e.g. 101 and 160 (got '"
              + from.trim()
              + "' and '"
              + to.trim()
              + "').");
    } catch (IllegalArgumentException ex) {
      regionError.set(ex.getMessage());
    }
  }

  /** Shows the strongest {@link SequenceExplanation#DEFAULT_WINDOW}-bp window (or all bases). */
  public void showStrongest() {
    SequenceExplanation e = explanation.get();
    if (e != null) {
      showRegion(e, e.strongestRegion(SequenceExplanation.DEFAULT_WINDOW));
    }
  }

  /** Shows all the input's bases (never the N padding). */
  public void showWhole() {
    SequenceExplanation e = explanation.get();
    if (e != null) {
      showRegion(e, e.bases());
    }
  }

  private void showRegion(SequenceExplanation e, SequenceRegion next) {
    regionChosen = true;
    regionError.set(null);
    region.set(next);
    regionLine.set(regionLine(e, next));
  }

  private static String regionLine(SequenceExplanation e, SequenceRegion shown) {
    String what = e.describe(shown);
    if (shown.equals(e.bases())) {
      return "Showing all " + shown.length() + " bases (" + what + ")";
    }
    return "Showing " + what + (shown.equals(e.defaultRegion()) ? ", the strongest window" : "");
  }

  private static String messageFor(Throwable failure, SequenceRecord record) {
    if (failure instanceof InvalidInputException) {
      return failure.getMessage();
    }
    LOG.error("Could not explain {}", record.id(), failure);
    if (failure instanceof IllegalStateException
        && failure.getMessage() != null
        && failure.getMessage().contains("training")) {
      return TRAINING_BUSY;
    }
    return "Could not explain "
        + record.id()
        + ": "
        + failure.getMessage()
        + ". The details are in the log.";
  }

  // ---- hover texts -----------------------------------------------------------------------------

  /** The fitted position of column {@code column} of the region shown, or -1 outside it. */
  private int fitted(int column) {
    SequenceRegion shown = region.get();
    return shown == null || column < 0 || column >= shown.length() ? -1 : shown.start() + column;
  }

  /**
   * "Position 17 (G): gradient × input +0.412", for column {@code column} of the region shown
   * (numbered as the input numbers its bases); "" outside.
   */
  public String describePosition(int column) {
    SequenceExplanation e = explanation.get();
    int position = fitted(column);
    if (e == null || position < 0) {
      return "";
    }
    return String.format(
        Locale.ROOT,
        "Position %d (%c): %s %+.3f for %s",
        e.positionNumber(position),
        Character.toUpperCase(e.sequence().charAt(position)),
        e.attribution().method().title().toLowerCase(Locale.ROOT),
        e.attribution().perPosition()[position],
        e.explainedClass());
  }

  /**
   * "Position 17: G→A changes the positive score by −1.20", for the heat-map cell of column {@code
   * column} of the region shown.
   */
  public String describeSubstitution(int column, int base) {
    SequenceExplanation e = explanation.get();
    int position = fitted(column);
    if (e == null || position < 0 || base < 0 || base > 3) {
      return "";
    }
    int number = e.positionNumber(position);
    char observed = Character.toUpperCase(e.sequence().charAt(position));
    char to = DnaAlphabet.ACGT.charAt(base);
    if (observed == to) {
      return String.format(Locale.ROOT, "Position %d: %c is the observed base", number, observed);
    }
    return String.format(
        Locale.ROOT,
        "Position %d: %c\u2192%c changes the %s score by %+.3f",
        number,
        observed,
        to,
        e.explainedClass(),
        e.mutagenesis().values()[position][base]);
  }

  // ---- properties ------------------------------------------------------------------------------

  /** The listed sequences after the error and search filters (sort them in the view). */
  public FilteredList<PredictionRow> visibleRows() {
    return visibleRows;
  }

  /** All scored sequences. */
  public ObservableList<PredictionRow> rows() {
    return rows;
  }

  public BooleanProperty onlyErrorsProperty() {
    return onlyErrors;
  }

  /** Text matched against ids and bases. */
  public StringProperty searchProperty() {
    return search;
  }

  /** Where the listed sequences come from, e.g. "Test sequences held out from training (400)". */
  public ReadOnlyStringProperty sourceProperty() {
    return source.getReadOnlyProperty();
  }

  /** Why the list is missing or comes from elsewhere; null when all is well. */
  public ReadOnlyStringProperty tableMessageProperty() {
    return tableMessage.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty predictingProperty() {
    return predicting.getReadOnlyProperty();
  }

  /** The model's classes, for the class choice. */
  public ObservableList<String> classNames() {
    return classNames;
  }

  /** The class whose score is explained; follows each new sequence's predicted class. */
  public ObjectProperty<String> explainedClassProperty() {
    return explainedClass;
  }

  /** How the per-base bars are computed. */
  public ObjectProperty<AttributionMethod> methodProperty() {
    return method;
  }

  /** The methods to choose from. */
  public List<AttributionMethod> methods() {
    return METHODS;
  }

  /** The current explanation, or null before the first. */
  public ReadOnlyObjectProperty<SequenceExplanation> explanationProperty() {
    return explanation.getReadOnlyProperty();
  }

  public SequenceExplanation getExplanation() {
    return explanation.get();
  }

  public ReadOnlyBooleanProperty explainingProperty() {
    return explaining.getReadOnlyProperty();
  }

  /** Why there is no (new) explanation, for the user; null when all is well. */
  public ReadOnlyStringProperty explainMessageProperty() {
    return explainMessage.getReadOnlyProperty();
  }

  public String getExplainMessage() {
    return explainMessage.get();
  }

  /** The text of the "Explain your own sequence" box. */
  public StringProperty ownSequenceProperty() {
    return ownSequence;
  }

  /** Why the typed sequence cannot be explained (a character that is not a base); else null. */
  public ReadOnlyStringProperty ownSequenceErrorProperty() {
    return ownSequenceError.getReadOnlyProperty();
  }

  public String getOwnSequenceError() {
    return ownSequenceError.get();
  }

  /** The stretch of the explained sequence the figures show; null before the first. */
  public ReadOnlyObjectProperty<SequenceRegion> regionProperty() {
    return region.getReadOnlyProperty();
  }

  /**
   * The region to draw the current explanation in: the region shown, or the explanation's default
   * while the region still belongs to the previous explanation; null without an explanation.
   */
  public SequenceRegion shownRegion() {
    SequenceExplanation e = explanation.get();
    SequenceRegion shown = region.get();
    if (e == null) {
      return null;
    }
    return shown != null && shown.end() <= e.sequence().length() ? shown : e.defaultRegion();
  }

  /** "Showing positions 101–250 of 1000, the strongest window", or "Showing all 50 bases ...". */
  public ReadOnlyStringProperty regionLineProperty() {
    return regionLine.getReadOnlyProperty();
  }

  /** Why the typed region cannot be shown; null when all is well. */
  public ReadOnlyStringProperty regionErrorProperty() {
    return regionError.getReadOnlyProperty();
  }

  /** "Explanations agree: rank correlation 0.71 to 0.88", for the explanation shown. */
  public ReadOnlyStringProperty agreementLineProperty() {
    return agreementLine.getReadOnlyProperty();
  }

  /** The three pairwise rank correlations, in words. */
  public ReadOnlyStringProperty agreementDetailsProperty() {
    return agreementDetails.getReadOnlyProperty();
  }

  /** The workspace's colours, for the figures. */
  public ReadOnlyObjectProperty<NucleotidePalette> paletteProperty() {
    return workspace.paletteProperty();
  }
}
