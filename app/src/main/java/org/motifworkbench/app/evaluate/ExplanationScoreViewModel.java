package org.motifworkbench.app.evaluate;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.motifworkbench.app.background.BackgroundRunner;
import org.motifworkbench.app.background.LatestRequestRunner;
import org.motifworkbench.app.background.ProgressRelay;
import org.motifworkbench.app.session.TrainedModel;
import org.motifworkbench.app.session.Workspace;
import org.motifworkbench.bundle.ModelBundle;
import org.motifworkbench.figure.MetricFormat;
import org.motifworkbench.interpret.AttributionMethod;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.progress.CancelledException;
import org.motifworkbench.progress.ProgressListener;
import org.motifworkbench.sequence.SequenceSet;
import org.motifworkbench.workflow.ExplanationScores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Evaluate screen's explanation score: on synthetic data with planted sites, how often each
 * attribution method's peak falls inside the planted site ({@link ExplanationScores}). Computed on
 * the engine thread at the user's request, with progress and cancel; a new model or data drops
 * results and cancels a running scoring.
 */
public final class ExplanationScoreViewModel {

  /** Computes the scores; {@link ExplanationScores#compute} in the app. */
  @FunctionalInterface
  interface Scoring {
    ExplanationScores.Result score(
        ModelBundle bundle, SequenceSet data, ProgressListener progress, CancellationToken cancel);
  }

  /** The rule, said once under the table. */
  static final String RULE =
      "Share of correctly classified sequences whose attribution peak"
          + " (the base with the largest value) lies inside the planted site.";

  private static final Logger LOG = LoggerFactory.getLogger(ExplanationScoreViewModel.class);

  private final Workspace workspace;
  private final Scoring scoring;
  private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "scoring");
  private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
  private final Executor uiThread;
  private CancellationToken currentToken;
  private final ObservableList<ExplanationRow> rows = FXCollections.observableArrayList();
  private final BooleanBinding canScore;
  private SequenceSet data;
  private String dataName = "";
  private final LatestRequestRunner scorings;

  /**
   * @param uiThread where progress from the engine thread is handed over ({@code
   *     Platform::runLater} in the app, the calling thread in tests)
   */
  ExplanationScoreViewModel(BackgroundRunner engineRunner, Workspace workspace, Executor uiThread) {
    this(
        engineRunner,
        workspace,
        uiThread,
        (bundle, set, listener, cancel) ->
            ExplanationScores.compute(
                bundle,
                set,
                ExplanationScores.DEFAULT_LIMIT,
                List.of(AttributionMethod.values()),
                listener,
                cancel));
  }

  ExplanationScoreViewModel(
      BackgroundRunner engineRunner, Workspace workspace, Executor uiThread, Scoring scoring) {
    this.uiThread = uiThread;
    this.scorings = new LatestRequestRunner(engineRunner);
    this.workspace = workspace;
    this.scoring = scoring;
    this.canScore =
        Bindings.createBooleanBinding(
            () ->
                available.get()
                    && !busy.get()
                    && !workspace.isTraining()
                    && workspace.getModel() != null,
            available,
            busy,
            workspace.trainingProperty(),
            workspace.modelProperty());
  }

  /**
   * The sequences the metrics were computed on; scores apply to them. Drops shown scores.
   *
   * @param name "the held-out test set", "primer-motif.fa"
   */
  void use(SequenceSet set, String name) {
    scorings.supersede();
    cancelRunning();
    progress.set(0);
    data = set;
    dataName = name;
    busy.set(false);
    rows.clear();
    available.set(set != null && ExplanationScores.hasPlantedSites(set));
    note.set(
        available.get()
            ? "The data has planted sites: check whether the explanations"
                + " point at them. Takes some seconds."
            : "");
  }

  /** Explains up to 200 correctly classified sequences with every method and scores them. */
  public void score() {
    TrainedModel model = workspace.getModel();
    SequenceSet set = data;
    if (!canScore.get()) {
      return;
    }
    busy.set(true);
    progress.set(0);
    note.set(
        "Explaining up to "
            + ExplanationScores.DEFAULT_LIMIT
            + " sequences with each of the four methods\u2026");
    CancellationToken token = new CancellationToken();
    currentToken = token;
    LatestRequestRunner.Request request = scorings.begin();
    ProgressListener relay =
        new ProgressRelay(
            uiThread,
            (fraction, message) -> {
              if (request.isLatest() && busy.get() && !token.isCancelled()) {
                progress.set(fraction);
                note.set(message + "\u2026");
              }
            });
    request.run(
        "scoring the explanations",
        () -> scoring.score(model.bundle(), set, relay, token),
        result -> {
          busy.set(false);
          progress.set(1);
          show(result);
        },
        failure -> {
          busy.set(false);
          progress.set(0);
          if (failure instanceof CancelledException) {
            note.set("Cancelled: the explanations were not scored.");
            return;
          }
          LOG.error("Scoring the explanations failed", failure);
          note.set(
              "The explanations could not be scored: "
                  + failure.getMessage()
                  + ". The details are in the log.");
        });
  }

  private void show(ExplanationScores.Result result) {
    rows.setAll(
        result.scores().stream()
            .map(
                s ->
                    new ExplanationRow(
                        s.method().title(),
                        s.sequences() == 0 ? "\u2013" : MetricFormat.threeDecimals(s.fraction()),
                        s.inside() + " of " + s.sequences(),
                        String.format(Locale.ROOT, "%.1f s", s.millis() / 1000.0)))
            .toList());
    note.set(
        result.correct() == 0
            ? "The model classified none of the "
                + result.withSites()
                + " sequences with a planted"
                + " site in "
                + dataName
                + " correctly, so there is nothing to score."
            : RULE
                + " Based on "
                + result.correct()
                + " correctly classified sequences of "
                + result.withSites()
                + " with a planted site in "
                + dataName
                + ".");
  }

  /** Asks the running scoring to stop at its next sequence. */
  public void cancel() {
    if (busy.get() && cancelRunning()) {
      note.set("Cancelling\u2026");
    }
  }

  private boolean cancelRunning() {
    CancellationToken token = currentToken;
    currentToken = null;
    if (token == null) {
      return false;
    }
    token.cancel();
    return true;
  }

  /** Share of the scoring done, 0 to 1, while {@link #scoringProperty} is true. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /** True when the data has planted sites, so the section shows. */
  public ReadOnlyBooleanProperty availableProperty() {
    return available.getReadOnlyProperty();
  }

  /** True while the explanations are being scored. */
  public ReadOnlyBooleanProperty scoringProperty() {
    return busy.getReadOnlyProperty();
  }

  /** What the scores mean and what they rest on, or what to do. */
  public ReadOnlyStringProperty noteProperty() {
    return note.getReadOnlyProperty();
  }

  /** One row per method once scored; empty before. */
  public ObservableList<ExplanationRow> rows() {
    return rows;
  }

  public BooleanBinding canScoreBinding() {
    return canScore;
  }
}
