package org.motifworkbench.app;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.motifworkbench.app.data.SampleLibrary;
import org.motifworkbench.app.evaluate.ExplanationRow;
import org.motifworkbench.app.evaluate.MetricsRow;
import org.motifworkbench.app.session.OpenedData;
import org.motifworkbench.app.session.TrainedModel;
import org.motifworkbench.bundle.BundleManifest;
import org.motifworkbench.bundle.ModelBundle;
import org.motifworkbench.data.SplitPlan;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.evaluation.ClassificationMetrics;
import org.motifworkbench.evaluation.Evaluator;
import org.motifworkbench.figure.MetricFormat;
import org.motifworkbench.network.DjlRuntime;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.training.TrainingListener;
import org.motifworkbench.training.TrainingSpec;
import org.motifworkbench.workflow.TrainingWorkflow;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Evaluate screen headless: a small model trained for two epochs on the primer sample shows its
 * test metrics, confusion matrix and charts; a model without test results is scored on the open
 * data at the click of a button. Snapshots go to /tmp/shots-evaluate/ for a human to look at.
 */
@ExtendWith(ApplicationExtension.class)
class EvaluateScreenTest {

  private static final Path SAMPLES = Path.of("..", "samples");
  private static final Path SHOTS = Path.of("/tmp", "shots-evaluate");

  private static TrainingWorkflow.Outcome trained;

  private AppContext context;
  private Stage stage;

  @BeforeAll
  static void trainSmallModel() {
    DjlRuntime.start();
    OpenedData primer = OpenedData.open(List.of(new SampleLibrary(SAMPLES).primer()));
    TrainingWorkflow.Request request =
        new TrainingWorkflow.Request(
            primer.sequences(),
            primer.source(),
            LengthPolicy.fitting(primer.sequences()),
            SplitPlan.stratified(1),
            NetworkPreset.TEACHING.spec(),
            TrainingSpec.defaults().withEpochs(2).withBatchSize(32),
            TrainingWorkflow.knownCeiling(primer.source()));
    trained = TrainingWorkflow.run(request, TrainingListener.NONE, CancellationToken.none());
  }

  @AfterAll
  static void closeModel() {
    trained.bundle().close();
  }

  @Start
  void start(Stage stage) {
    this.stage = stage;
    context = new AppContext(new SampleLibrary(SAMPLES), DjlRuntime::start);
    new MainWindow(context).show(stage);
  }

  @AfterEach
  void close() throws TimeoutException {
    context.close();
    FxToolkit.cleanupStages();
  }

  @Test
  void aTrainedModelShowsItsTestMetricsConfusionMatrixAndCharts(FxRobot robot)
      throws IOException, TimeoutException {
    ClassificationMetrics test = trained.test();
    robot.interact(
        () -> {
          context
              .workspace()
              .setModel(TrainedModel.trained(trained.bundle(), trained.testSet(), test));
          context.mainWindow().go(Step.EVALUATE);
        });
    WaitForAsyncUtils.waitForFxEvents();

    TableView<MetricsRow> table = robot.lookup("#metricsTable").queryTableView();
    assertEquals(
        List.of("negative", "positive", "macro average", "weighted average"),
        table.getItems().stream().map(MetricsRow::name).toList());
    assertEquals(
        Integer.toString(test.summary().perClass().get(1).support()),
        table.getItems().get(1).support());
    assertEquals(MetricFormat.threeDecimals(test.accuracy()), text(robot, "#accuracyValue"));
    assertEquals("Best possible accuracy on this data: 1.00", text(robot, "#ceilingText"));
    assertEquals(MetricFormat.threeDecimals(test.rocAuc()), text(robot, "#rocAucValue"));

    Canvas canvas =
        (Canvas) robot.lookup("#confusionMatrix").queryParent().getChildrenUnmodifiable().get(0);
    assertTrue(canvas.isVisible());
    assertTrue(
        canvas.getWidth() > 200 && canvas.getHeight() > 150,
        canvas.getWidth() + " x " + canvas.getHeight());
    BufferedImage drawn = snapshot(robot, canvas);
    assertTrue(hasInk(drawn), "the confusion matrix is drawn");
    assertNotNull(robot.lookup("#rocChart").query());
    saveScene(robot, "evaluate-trained.png");

    // the planted sites of the sample let the explanations be scored
    assertTrue(robot.lookup("#scoreExplanations").query().isVisible());
    robot.clickOn("#scoreExplanations");
    WaitForAsyncUtils.waitFor(
        120, SECONDS, () -> !context.evaluate().explanations().rows().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
    List<ExplanationRow> rows = context.evaluate().explanations().rows();
    assertEquals(
        List.of(
            "Gradient", "Gradient \u00d7 input", "Integrated gradients", "In-silico mutagenesis"),
        rows.stream().map(ExplanationRow::method).toList());
    assertTrue(Double.parseDouble(rows.get(1).fraction()) >= 0.8, rows.get(1).toString());
    assertTrue(
        text(robot, "#explanationNote")
            .contains(
                "correctly classified sequences of 200"
                    + " with a planted site in the held-out test set"),
        text(robot, "#explanationNote"));
    saveScene(robot, "evaluate-explanation-scores.png");
    Files.createDirectories(Path.of("/tmp/shots-truth"));
    Files.copy(
        SHOTS.resolve("evaluate-explanation-scores.png"),
        Path.of("/tmp/shots-truth/evaluate-explanation-scores.png"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    selectChart(robot, 1);
    saveScene(robot, "evaluate-trained-pr.png");
    selectChart(robot, 2);
    saveScene(robot, "evaluate-trained-scores.png");
  }

  @Test
  void aModelWithoutTestResultsCanBeScoredOnTheOpenData(FxRobot robot)
      throws IOException, TimeoutException {
    robot.interact(() -> context.data().openSample());
    WaitForAsyncUtils.waitFor(20, SECONDS, () -> context.data().getData() != null);
    robot.interact(
        () -> {
          context
              .workspace()
              .setModel(
                  new TrainedModel(
                      trained.bundle(),
                      null,
                      null,
                      Path.of("primer.mwb"),
                      "/old/place/primer-motif.fa: the model's training data is no"
                          + " longer at this path, so its test split cannot be re-read."));
          context.mainWindow().go(Step.EVALUATE);
        });
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(text(robot, "#testSetProblem").contains("no longer at this path"));
    saveScene(robot, "evaluate-no-test-set.png");

    robot.clickOn("#evaluateOnData");
    WaitForAsyncUtils.waitFor(30, SECONDS, () -> context.evaluate().getMetrics() != null);
    WaitForAsyncUtils.waitForFxEvents();

    TableView<MetricsRow> table = robot.lookup("#metricsTable").queryTableView();
    assertEquals("2000", table.getItems().get(3).support());
    assertTrue(
        text(robot, "#evaluationSource")
            .startsWith("Open data set primer-motif.fa: 2,000 sequences."),
        text(robot, "#evaluationSource"));
    assertFalse(
        robot.lookup("#testSetProblem").query().getParent().isVisible(),
        "the problem gives way to the results");
    saveScene(robot, "evaluate-open-data.png");
    // The evaluated data is now the model's on every screen: Inspect scores it too. Waiting for
    // it also keeps this context's engine thread from using the shared model in the next test.
    WaitForAsyncUtils.waitFor(120, SECONDS, () -> context.inspect().rows().size() == 2000);
  }

  @Test
  void threeClassesShowOneCurvePerClass(FxRobot robot) throws IOException {
    ClassificationMetrics metrics = threeClassMetrics();
    ModelBundle bundle =
        new ModelBundle(
            BundleManifest.builder()
                .optCreatedAt("2025-01-01T00:00:00Z")
                .setVersions(Map.of())
                .setNetwork(NetworkPreset.TEACHING.spec())
                .setTraining(TrainingSpec.defaults())
                .setLengthPolicy(new LengthPolicy(LengthPolicy.Mode.FIXED, 50))
                .setClassNames(metrics.classNames())
                .optSplit(SplitPlan.stratified(1))
                .optCeiling(0.83)
                .build(),
            null);
    robot.interact(
        () -> {
          context.workspace().setModel(TrainedModel.trained(bundle, null, metrics));
          context.mainWindow().go(Step.EVALUATE);
        });
    WaitForAsyncUtils.waitForFxEvents();

    TableView<MetricsRow> table = robot.lookup("#metricsTable").queryTableView();
    assertEquals(5, table.getItems().size());
    assertEquals("Best possible accuracy on this data: 0.83", text(robot, "#ceilingText"));
    saveScene(robot, "evaluate-three-classes.png");
    selectChart(robot, 2);
    saveScene(robot, "evaluate-three-classes-scores.png");
  }

  /** 300 sequences of three classes with noisy, seeded probabilities that favour the truth. */
  private static ClassificationMetrics threeClassMetrics() {
    java.util.Random random = new java.util.Random(7);
    int n = 300;
    int[] truth = new int[n];
    float[][] probs = new float[n][3];
    for (int i = 0; i < n; i++) {
      truth[i] = i % 3;
      double[] raw = new double[3];
      double sum = 0;
      for (int c = 0; c < 3; c++) {
        raw[c] = Math.exp(random.nextGaussian() + (c == truth[i] ? 1.4 : 0));
        sum += raw[c];
      }
      for (int c = 0; c < 3; c++) {
        probs[i][c] = (float) (raw[c] / sum);
      }
    }
    return Evaluator.evaluate(truth, probs, List.of("promoter", "enhancer", "background"));
  }

  private static void selectChart(FxRobot robot, int index) {
    robot.interact(
        () -> robot.lookup("#chartTabs").queryAs(TabPane.class).getSelectionModel().select(index));
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static boolean hasInk(BufferedImage image) {
    for (int y = 0; y < image.getHeight(); y += 3) {
      for (int x = 0; x < image.getWidth(); x += 3) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        if ((image.getRGB(x, y) >>> 24) != 0 && rgb != 0xFFFFFF) {
          return true;
        }
      }
    }
    return false;
  }

  private static BufferedImage snapshot(FxRobot robot, Canvas canvas) {
    BufferedImage[] out = new BufferedImage[1];
    robot.interact(() -> out[0] = SwingFXUtils.fromFXImage(canvas.snapshot(null, null), null));
    return out[0];
  }

  private void saveScene(FxRobot robot, String name) throws IOException {
    Files.createDirectories(SHOTS);
    BufferedImage[] out = new BufferedImage[1];
    robot.interact(
        () -> {
          WritableImage image = stage.getScene().snapshot(null);
          out[0] = SwingFXUtils.fromFXImage(image, null);
        });
    ImageIO.write(out[0], "png", SHOTS.resolve(name).toFile());
  }

  private static String text(FxRobot robot, String query) {
    return robot.lookup(query).queryAs(Label.class).getText();
  }
}
