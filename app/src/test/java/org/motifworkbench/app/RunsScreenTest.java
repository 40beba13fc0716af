package org.motifworkbench.app;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.motifworkbench.app.data.SampleLibrary;
import org.motifworkbench.app.session.OpenedData;
import org.motifworkbench.data.SplitPlan;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.figure.MetricFormat;
import org.motifworkbench.network.DjlRuntime;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.network.NetworkSpec;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.project.Project;
import org.motifworkbench.project.RunRecord;
import org.motifworkbench.training.TrainingListener;
import org.motifworkbench.training.TrainingSpec;
import org.motifworkbench.workflow.RunRecorder;
import org.motifworkbench.workflow.TrainingWorkflow;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Runs screen headless: a project with three short runs of the teaching network on the primer
 * sample lists them; two selected show their curves overlaid and their differing settings; one
 * opened is the model the Evaluate screen shows. Saves docs/images/runs-view.png with -Dmwb.shots.
 */
@ExtendWith(ApplicationExtension.class)
class RunsScreenTest {

  private static final Path SAMPLES = Path.of("..", "samples");

  private static Project project;

  private AppContext context;
  private Stage stage;

  @BeforeAll
  static void threeRuns() throws IOException {
    DjlRuntime.start();
    project = Project.create(Files.createTempDirectory("runs-screen").resolve("study"), "study");
    NetworkSpec teaching = NetworkPreset.TEACHING.spec();
    TrainingSpec base = TrainingSpec.defaults().withEpochs(5).withBatchSize(32);
    train("Run 1", teaching, base);
    train("Run 2", teaching, base.toBuilder().optLearningRate(0.003).build());
    train("Run 3", teaching.toBuilder().setFilters(8).build(), base);
  }

  private static void train(String name, NetworkSpec network, TrainingSpec training) {
    // the promoter sample: harder than the primer's, so the three runs differ in the screenshot
    OpenedData primer =
        OpenedData.open(List.of(new SampleLibrary(SAMPLES).file("promoter-clean.fa")));
    TrainingWorkflow.Request request =
        new TrainingWorkflow.Request(
            primer.sequences(),
            primer.source(),
            LengthPolicy.fitting(primer.sequences()),
            SplitPlan.stratified(training.seed()),
            network,
            training,
            TrainingWorkflow.knownCeiling(primer.source()));
    long start = System.nanoTime();
    TrainingWorkflow.Outcome outcome =
        TrainingWorkflow.run(request, TrainingListener.NONE, CancellationToken.none());
    try (var bundle = outcome.bundle()) {
      project.addRun(
          RunRecorder.record(request, outcome, (System.nanoTime() - start) / 1e9, "app", name),
          bundle);
    }
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
  void twoRunsComparedSideBySideAndOneOpenedForEvaluation(FxRobot robot) throws TimeoutException {
    ProjectSessions.open(robot, context, project);
    robot.interact(() -> context.mainWindow().go(Step.RUNS));
    WaitForAsyncUtils.waitForFxEvents();
    TableView<RunRecord> table = robot.lookup("#runsTable").queryTableView();
    assertEquals(
        List.of("Run 1", "Run 2", "Run 3"),
        table.getItems().stream().map(RunRecord::name).toList());

    robot.clickOn(row(robot, 0));
    robot.press(KeyCode.CONTROL).clickOn(row(robot, 2)).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(
        List.of("Run 1", "Run 3"),
        context.runs().selected().stream().map(RunRecord::name).toList());

    ChartViewer loss = robot.lookup("#runsLossChart").query();
    assertEquals(
        4, loss.getChart().getXYPlot().getDataset().getSeriesCount(), "training and validation");
    TableView<?> settings = robot.lookup("#settingsComparison").queryTableView();
    assertEquals(3, settings.getColumns().size(), "setting, Run 1, Run 3");
    assertEquals(1, settings.getItems().size(), "only the filters differ");
    assertFalse(robot.lookup(".setting-differs").queryAll().isEmpty(), "marked");
    String note = robot.lookup("#comparisonNote").queryAs(Label.class).getText();
    assertTrue(note.startsWith("1 setting differs"), note);
    // the test accuracy shows with its 95% bootstrap interval: "0.80 [0.76-0.84]"
    RunRecord first = table.getItems().get(0);
    assertTrue(first.test().intervals().accuracy().defined(), "bootstrap interval recorded");
    assertTrue(
        robot.lookup("#runsTable .table-cell").queryAll().stream()
            .anyMatch(
                n ->
                    n instanceof javafx.scene.control.Labeled l
                        && l.getText() != null
                        && l.getText().matches("\\d\\.\\d\\d \\[\\d\\.\\d\\d-\\d\\.\\d\\d\\]")),
        "a value with its interval");

    robot.clickOn("#onlyDifferences");
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(settings.getItems().size() > 10, "every setting: " + settings.getItems().size());
    robot.clickOn("#onlyDifferences");
    robot.press(KeyCode.CONTROL).clickOn(row(robot, 1)).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();

    // double-click opens the run's model for the later screens
    robot.doubleClickOn(row(robot, 0));
    WaitForAsyncUtils.waitFor(60, SECONDS, () -> context.workspace().getModel() != null);
    assertEquals(project.modelFile(first), context.workspace().getModel().file());
    robot.interact(() -> context.mainWindow().go(Step.EVALUATE));
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(
        MetricFormat.threeDecimals(first.test().accuracy()),
        robot.lookup("#accuracyValue").queryAs(Label.class).getText());

    // the README's screenshot: back on Runs with the model open, three runs compared
    robot.interact(() -> context.mainWindow().go(Step.RUNS));
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn(row(robot, 0));
    robot.press(KeyCode.SHIFT).clickOn(row(robot, 2)).release(KeyCode.SHIFT);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(3, context.runs().selected().size());
    WindowShots.save(robot, stage, "runs-view.png");
  }

  private static Node row(FxRobot robot, int index) {
    return robot.lookup("#runsTable .table-row-cell").queryAll().stream()
        .filter(n -> n instanceof TableRow<?> r && r.getIndex() == index)
        .findFirst()
        .orElseThrow();
  }
}
