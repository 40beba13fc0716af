package org.motifworkbench.app;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.app.data.SampleLibrary;
import org.motifworkbench.network.DjlRuntime;
import org.motifworkbench.network.NetworkPreset;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17, part 1, as a user meets it: train on the sample, find its motifs, then open other data.
 * No later screen may show the old model's results (curves, accuracy, scored sequences, motifs) as
 * if they were about the new file; each says the model belongs to the sample and offers to evaluate
 * it on the new data or to train a new model. With {@code -Dmwb.shots=<folder>} each screen is
 * saved.
 */
@ExtendWith(ApplicationExtension.class)
class OtherDataFlowTest {

  private static final Path SAMPLES = Path.of("..", "samples");
  private static final int OTHER_COUNT = 120;

  private AppContext context;
  private Stage stage;

  @TempDir Path dir;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    context = new AppContext(new SampleLibrary(SAMPLES), DjlRuntime::start);
    new MainWindow(context).show(stage);
    context.mainWindow().startEngine();
  }

  @AfterEach
  void close() throws TimeoutException {
    context.close();
    FxToolkit.cleanupStages();
  }

  @Test
  void aModelTrainedOnTheSampleIsNeverShownAsAResultForOtherData(FxRobot robot)
      throws TimeoutException, IOException {
    trainOnTheSample(robot);
    String oldAccuracy =
        String.format(
            java.util.Locale.ROOT, "%.3f", context.workspace().getModel().test().accuracy());
    robot.clickOn("#step-motifs");
    robot.clickOn("#findMotifs");
    WaitForAsyncUtils.waitFor(
        120, SECONDS, () -> !context.motifs().isRunning() && !context.motifs().filters().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();

    Path other = otherData(dir.resolve("other.fa"));
    robot.clickOn("#step-data");
    robot.interact(() -> context.data().open(List.of(other)));
    WaitForAsyncUtils.waitFor(
        20,
        SECONDS,
        () ->
            context.data().getData() != null
                && context.data().getData().displayName().equals("other.fa"));
    WaitForAsyncUtils.waitForFxEvents();

    // Every screen is visited and shot before the verdict, so one run shows all that is wrong.
    List<String> wrong = new ArrayList<>();
    robot.clickOn("#step-train");
    WaitForAsyncUtils.waitForFxEvents();
    shoot(robot, "other-data-train.png");
    check(wrong, !shown(robot, "#lossChart"), "Train: the sample's curves are shown");
    check(wrong, !shownTexts(robot).contains(oldAccuracy), "Train: the old accuracy is shown");
    checkNotice(robot, wrong, "Train");

    robot.clickOn("#step-evaluate");
    WaitForAsyncUtils.waitForFxEvents();
    shoot(robot, "other-data-evaluate.png");
    check(wrong, !shown(robot, "#accuracyValue"), "Evaluate: an accuracy is shown");
    check(wrong, !shown(robot, "#metricsTable"), "Evaluate: a metrics table is shown");
    checkNotice(robot, wrong, "Evaluate");

    robot.clickOn("#step-inspect");
    WaitForAsyncUtils.waitForFxEvents();
    shoot(robot, "other-data-inspect.png");
    check(
        wrong,
        !shown(robot, "#predictionTable")
            || robot.lookup("#predictionTable").queryAs(TableView.class).getItems().isEmpty(),
        "Inspect: the sample's sequences are listed");
    checkNotice(robot, wrong, "Inspect");

    robot.clickOn("#step-motifs");
    WaitForAsyncUtils.waitForFxEvents();
    shoot(robot, "other-data-motifs.png");
    check(
        wrong,
        robot.lookup(".motif-tile").queryAll().stream().noneMatch(OtherDataFlowTest::shown),
        "Motifs: the sample's motifs are shown");
    check(
        wrong,
        !shown(robot, "#findMotifs") || robot.lookup("#findMotifs").query().isDisabled(),
        "Motifs: motifs can be found with the sample's model");
    checkNotice(robot, wrong, "Motifs");
    assertEquals(List.of(), wrong, "after opening other.fa");

    // The classes are the same: the model can be evaluated on the new data, and then every screen
    // shows results computed on other.fa.
    robot.clickOn("#evaluateOnOpenData");
    WaitForAsyncUtils.waitFor(
        60,
        SECONDS,
        () ->
            context.workspace().getModel().testSet() != null
                && context.workspace().getModel().testSet().size() == OTHER_COUNT);
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#step-evaluate");
    WaitForAsyncUtils.waitForFxEvents();
    shoot(robot, "other-data-evaluated.png");
    assertTrue(shown(robot, "#accuracyValue"));
    String source = robot.lookup("#evaluationSource").queryAs(Labeled.class).getText();
    assertTrue(source.contains("other.fa") && source.contains(OTHER_COUNT + " sequences"), source);
    assertEquals(OTHER_COUNT, context.evaluate().getMetrics().summary().n());
    robot.clickOn("#step-inspect");
    WaitForAsyncUtils.waitFor(30, SECONDS, () -> context.inspect().rows().size() == OTHER_COUNT);
    assertTrue(
        context.inspect().rows().stream().allMatch(r -> r.id().startsWith("other")),
        "the listed sequences are other.fa's");
    assertFalse(shown(robot, "#otherDataNotice"));
  }

  /**
   * Lesson 3 started after a model was trained on the sample: the lesson takes the student to the
   * Data screen, and neither that model nor data open before count for its steps.
   */
  @Test
  void lessonThreeStartedAfterTrainingOnTheSampleTicksNothingOfThatModel(FxRobot robot)
      throws TimeoutException {
    trainOnTheSample(robot);
    robot.clickOn("#step-evaluate");
    robot.interact(() -> context.lessons().shownProperty().set(true));
    LessonWalkTest.reveal(robot, "#startLesson-real-chipseq-ctcf");
    robot.clickOn("#startLesson-real-chipseq-ctcf");
    robot.clickOn("Start the lesson"); // the question about the unsaved model
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(Step.DATA, context.mainWindow().getCurrentStep(), "the first step's screen");
    assertEquals("Step 1 of 9", text(robot, "#lessonPosition"));

    LessonWalkTest.reveal(robot, "#lessonOpenData");
    robot.clickOn("#lessonOpenData");
    WaitForAsyncUtils.waitFor(
        30,
        SECONDS,
        () ->
            context.data().getData() != null
                && context.data().getData().displayName().equals("tfbs-chipseq.fa"));
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("Step 2 of 9", text(robot, "#lessonPosition"));
    LessonWalkTest.reveal(robot, "#answerButton");
    robot.clickOn("#choice-1");
    robot.clickOn("#answerButton");
    WaitForAsyncUtils.waitForFxEvents();
    shoot(robot, "lesson3-wrong-answer.png");
    assertEquals("Step 2 of 9", text(robot, "#lessonPosition"));
    assertTrue(
        text(robot, "#lessonFeedback").startsWith("Not quite: "), text(robot, "#lessonFeedback"));
    assertFalse(text(robot, "#lessonFeedback").contains("composition"), "the answer stays hidden");
    assertTrue(shown(robot, "#showAnswer"));
    LessonWalkTest.reveal(robot, "#answerButton");
    robot.clickOn("#choice-3");
    robot.clickOn("#answerButton");
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(text(robot, "#lessonFeedback").startsWith("Right. "));
    robot.clickOn("#lessonNext");
    WaitForAsyncUtils.waitForFxEvents();
    // step 3 asks for a prediction of the test accuracy before training
    assertEquals("Step 3 of 9", text(robot, "#lessonPosition"));
    TextField guess = robot.lookup("#predictNumber").queryAs(TextField.class);
    robot.interact(() -> guess.setText("0.7"));
    LessonWalkTest.reveal(robot, "#commitPrediction");
    robot.clickOn("#commitPrediction");
    WaitForAsyncUtils.waitForFxEvents();
    LessonWalkTest.reveal(robot, "#lessonNext");
    robot.clickOn("#lessonNext");
    WaitForAsyncUtils.waitForFxEvents();

    shoot(robot, "lesson3-old-model.png");
    assertEquals("Step 4 of 9", text(robot, "#lessonPosition"), "the sample's model is no run");
    assertEquals("Waiting for a model trained on the open data", text(robot, "#lessonStatus"));
    assertEquals(3, context.lessons().stepLines().stream().filter(l -> l.done()).count());
  }

  private static String text(FxRobot robot, String query) {
    return robot.lookup(query).queryAs(Labeled.class).getText();
  }

  private void trainOnTheSample(FxRobot robot) throws TimeoutException {
    robot.clickOn("#openSample");
    WaitForAsyncUtils.waitFor(20, SECONDS, () -> context.data().getData() != null);
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#continueToModel");
    ComboBox<NetworkPreset> presets = robot.lookup("#presetChoice").query();
    robot.interact(() -> presets.setValue(NetworkPreset.TEACHING));
    TextField epochs = robot.lookup("#epochs").queryAs(TextField.class);
    robot.interact(() -> epochs.setText("3"));
    robot.clickOn("#continueToTrain");
    robot.clickOn("#startTraining");
    WaitForAsyncUtils.waitFor(
        180,
        SECONDS,
        () -> context.workspace().getModel() != null && !context.workspace().isTraining());
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** The notice names the model's own data and the open data, and offers both ways on. */
  private static void checkNotice(FxRobot robot, List<String> wrong, String screen) {
    if (!shown(robot, "#otherDataNotice")) {
      wrong.add(screen + ": no notice that the model belongs to other data");
      return;
    }
    String notice = robot.lookup("#otherDataMessage").queryAs(Labeled.class).getText();
    check(
        wrong,
        notice.contains("primer-motif.fa") && notice.contains("other.fa"),
        screen + ": the notice does not name both data sets: " + notice);
    check(wrong, shown(robot, "#evaluateOnOpenData"), screen + ": no 'Evaluate' action");
    check(wrong, shown(robot, "#trainNewModel"), screen + ": no 'Train a new model' action");
  }

  private static void check(List<String> wrong, boolean ok, String problem) {
    if (!ok) {
      wrong.add(problem);
    }
  }

  /** Labelled sequences of the sample's classes, but other sequences and ids. */
  private static Path otherData(Path file) throws IOException {
    Random random = new Random(17);
    StringBuilder fasta = new StringBuilder();
    for (int i = 0; i < OTHER_COUNT; i++) {
      StringBuilder bases = new StringBuilder();
      for (int j = 0; j < 50; j++) {
        bases.append("ACGT".charAt(random.nextInt(4)));
      }
      if (i % 2 == 0) {
        bases.replace(20, 28, "TATAATGC");
      }
      fasta
          .append(">other")
          .append(i + 1)
          .append(" label=")
          .append(i % 2 == 0 ? "positive" : "negative")
          .append('\n')
          .append(bases)
          .append('\n');
    }
    return Files.writeString(file, fasta);
  }

  private static boolean shown(FxRobot robot, String query) {
    return robot.lookup(query).tryQuery().map(OtherDataFlowTest::shown).orElse(false);
  }

  /** On screen: in the scene, and it and all its parents visible. */
  private static boolean shown(Node node) {
    if (node.getScene() == null) {
      return false;
    }
    for (Node n = node; n != null; n = n.getParent()) {
      if (!n.isVisible()) {
        return false;
      }
    }
    return true;
  }

  /** The texts of every label and button on screen. */
  private static String shownTexts(FxRobot robot) {
    List<String> texts = new ArrayList<>();
    robot.lookup((Node n) -> n instanceof Labeled).queryAll().stream()
        .filter(OtherDataFlowTest::shown)
        .forEach(n -> texts.add(((Labeled) n).getText()));
    return texts.stream().filter(t -> t != null).collect(Collectors.joining(" | "));
  }

  private void shoot(FxRobot robot, String name) {
    WindowShots.save(robot, stage, name);
  }
}
