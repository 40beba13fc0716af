package org.motifworkbench.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.collections.ListChangeListener;
import org.motifworkbench.app.data.DataViewModel;
import org.motifworkbench.app.data.SampleLibrary;
import org.motifworkbench.app.inspect.InspectViewModel;
import org.motifworkbench.app.lessons.LessonActions;
import org.motifworkbench.app.lessons.LessonData;
import org.motifworkbench.app.lessons.LessonSignals;
import org.motifworkbench.app.lessons.LessonState;
import org.motifworkbench.app.lessons.Quantity;
import org.motifworkbench.app.lessons.SettingsOverrides;
import org.motifworkbench.app.motifs.MotifCard;
import org.motifworkbench.app.motifs.MotifsViewModel;
import org.motifworkbench.app.session.ModelDataMatch;
import org.motifworkbench.app.session.RecentFiles;
import org.motifworkbench.app.session.TrainedModel;
import org.motifworkbench.app.session.Workspace;
import org.motifworkbench.app.train.TrainViewModel;
import org.motifworkbench.app.train.TrainingCurves;
import org.motifworkbench.bundle.ModelBundle;
import org.motifworkbench.evaluation.ClassificationMetrics;
import org.motifworkbench.motif.PositionWeightMatrix;
import org.motifworkbench.training.EpochResult;
import org.motifworkbench.workflow.SequenceExplanation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects the lessons to the screens without the lessons package knowing any of them: reads the
 * workspace and the screens' view models into a {@link LessonState}, and opens a lesson's data set
 * and applies its settings through the Data screen and the workspace.
 */
final class LessonWiring implements LessonSignals, LessonActions {

  private static final Logger LOG = LoggerFactory.getLogger(LessonWiring.class);

  private final Workspace workspace;
  private final MainWindowViewModel window;
  private final DataViewModel data;
  private final TrainViewModel train;
  private final InspectViewModel inspect;
  private final MotifsViewModel motifs;
  private final SampleLibrary samples;
  private final Path generatedFolder;
  private final RecentFiles recentFiles;
  private final List<Runnable> listeners = new ArrayList<>();
  private long modelSerial;
  private ModelBundle serialBundle;
  // How often each thing the student does changed: a lesson counts only changes after its start.
  private long dataChanges;
  private long curveChanges;
  private long explanationChanges;
  private long motifChanges;

  /**
   * @param samples the sample files a lesson may open
   * @param generatedFolder where the teaching data sets a lesson generates are written
   * @param recentFiles the recent files list that "Reset all lessons" empties
   */
  LessonWiring(
      Workspace workspace,
      MainWindowViewModel window,
      DataViewModel data,
      TrainViewModel train,
      InspectViewModel inspect,
      MotifsViewModel motifs,
      SampleLibrary samples,
      Path generatedFolder,
      RecentFiles recentFiles) {
    this.workspace = workspace;
    this.window = window;
    this.data = data;
    this.train = train;
    this.inspect = inspect;
    this.motifs = motifs;
    this.samples = samples;
    this.generatedFolder = generatedFolder;
    this.recentFiles = recentFiles;
    workspace
        .dataProperty()
        .addListener(
            (obs, old, now) -> {
              dataChanges++;
              changed();
            });
    train
        .curvesProperty()
        .addListener(
            (obs, old, now) -> {
              curveChanges++;
              changed();
            });
    inspect
        .explanationProperty()
        .addListener(
            (obs, old, now) -> {
              explanationChanges++;
              changed();
            });
    for (Observable o :
        List.<Observable>of(
            workspace.modelProperty(),
            workspace.matchProperty(),
            window.currentStepProperty(),
            train.runOnOpenDataBinding())) {
      o.addListener(x -> changed());
    }
    ListChangeListener<MotifCard> onMotifs =
        c -> {
          motifChanges++;
          changed();
        };
    motifs.discovered().addListener(onMotifs);
    motifs.filters().addListener(onMotifs);
  }

  @Override
  public LessonState state() {
    return new LessonState(
        window.currentStepProperty().get().title().toLowerCase(Locale.ROOT),
        workspace.getData() == null ? null : workspace.getData().displayName(),
        facts(workspace.getModel()),
        // Curves of a run on other data say nothing about the open data.
        train.isRunOnOpenData() ? bestValidation(train.getCurves()) : Double.NaN,
        explained(inspect.getExplanation()),
        found(motifs.discovered()),
        found(motifs.filters()),
        new LessonState.Changes(dataChanges, curveChanges, explanationChanges, motifChanges));
  }

  @Override
  public double measured(Quantity quantity) {
    TrainedModel model = workspace.getModel();
    boolean results = model != null && workspace.getMatch() == ModelDataMatch.MATCHES;
    List<EpochResult> history = results ? model.bundle().manifest().history() : List.of();
    ClassificationMetrics test = results ? model.test() : null;
    return switch (quantity) {
      case CEILING ->
          workspace.getData() == null
              ? Double.NaN
              : workspace.getData().summary().ceiling().orElse(Double.NaN);
      case TEST_ACCURACY -> test == null ? Double.NaN : test.accuracy();
      case TEST_ROC_AUC -> test == null ? Double.NaN : test.rocAuc();
      case TEST_PR_AUC -> test == null ? Double.NaN : test.prAuc();
      case BEST_VALIDATION_ACCURACY ->
          history.stream().mapToDouble(EpochResult::validationAccuracy).max().orElse(Double.NaN);
      case FINAL_TRAINING_ACCURACY ->
          history.isEmpty() ? Double.NaN : history.get(history.size() - 1).accuracy();
    };
  }

  @Override
  public void forgetRecentFiles() {
    List.copyOf(recentFiles.files()).forEach(recentFiles::remove);
  }

  @Override
  public void addListener(Runnable changed) {
    listeners.add(changed);
  }

  @Override
  public void openData(LessonData lessonData) {
    window.go(Step.DATA);
    if (lessonData.isSample()) {
      data.open(List.of(samples.file(lessonData.sample())));
      return;
    }
    Path target = generatedFolder.resolve(lessonData.fileName());
    if (Files.isRegularFile(target)) {
      data.open(List.of(target));
      return;
    }
    try {
      Files.createDirectories(generatedFolder);
    } catch (IOException e) {
      LOG.warn("Could not create {}", generatedFolder, e);
    }
    data.generate(lessonData.recipe(), target);
  }

  @Override
  public void applySettings(SettingsOverrides settings) {
    workspace.settingsProperty().set(settings.applyTo(workspace.getSettings()));
  }

  @Override
  public void showScreen(String screen) {
    for (Step step : Step.values()) {
      if (step.title().equalsIgnoreCase(screen)) {
        window.go(step);
      }
    }
  }

  private void changed() {
    listeners.forEach(Runnable::run);
  }

  private LessonState.ModelFacts facts(TrainedModel model) {
    if (model == null) {
      return null;
    }
    // A saved model is the same model (same bundle): only a new bundle counts as a new run. Counted
    // here, not in a change listener: invalidation listeners (which ask for this state) run before
    // change listeners, so a listener-kept serial was stale once and then counted the run twice.
    if (model.bundle() != serialBundle) {
      serialBundle = model.bundle();
      modelSerial++;
    }
    var manifest = model.bundle().manifest();
    double validation =
        manifest.history().stream()
            .mapToDouble(EpochResult::validationAccuracy)
            .max()
            .orElse(Double.NaN);
    return new LessonState.ModelFacts(
        modelSerial,
        manifest.network().attention(),
        model.test() == null ? Double.NaN : model.test().accuracy(),
        validation,
        model.saved(),
        model.file() == null,
        workspace.getMatch() == ModelDataMatch.MATCHES,
        manifest.training().seed());
  }

  private static double bestValidation(TrainingCurves curves) {
    return curves == null
        ? Double.NaN
        : curves.epochs().stream()
            .mapToDouble(EpochResult::validationAccuracy)
            .max()
            .orElse(Double.NaN);
  }

  private static LessonState.ExplainedSequence explained(SequenceExplanation e) {
    return e == null
        ? null
        : new LessonState.ExplainedSequence(e.id(), e.trueClass(), e.predictedClass());
  }

  private static List<LessonState.FoundMotif> found(List<MotifCard> cards) {
    return cards.stream()
        .map(
            card -> {
              var significant = card.matches().stream().filter(MotifCard::significant).toList();
              return new LessonState.FoundMotif(
                  PositionWeightMatrix.iupacConsensus(card.motif()),
                  significant.stream().map(m -> m.targetId()).toList(),
                  significant.stream().map(m -> m.targetName()).toList());
            })
        .toList();
  }
}
