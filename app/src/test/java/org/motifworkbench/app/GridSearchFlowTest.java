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
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.motifworkbench.app.data.SampleLibrary;
import org.motifworkbench.app.runs.GridSetting;
import org.motifworkbench.app.runs.GridViewModel;
import org.motifworkbench.app.session.ModelSettings;
import org.motifworkbench.network.DjlRuntime;
import org.motifworkbench.network.NetworkParameter;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.project.Project;
import org.motifworkbench.project.RunRecord;
import org.motifworkbench.setting.Parameter;
import org.motifworkbench.training.TrainingParameter;
import org.motifworkbench.workflow.GridSearch;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A grid of 4 combinations (filters 8, 16 x learning rate 0.001, 0.003; teaching network, 1 epoch)
 * started from the Model screen on the primer sample: it ends on the Runs screen with the grid's
 * runs ranked by validation accuracy and the best marked.
 */
@ExtendWith(ApplicationExtension.class)
class GridSearchFlowTest {

  private static final Path SAMPLES = Path.of("..", "samples");

  private AppContext context;
  private Project project;

  @Start
  void start(Stage stage) throws IOException {
    context = new AppContext(new SampleLibrary(SAMPLES), DjlRuntime::start);
    project = Project.create(Files.createTempDirectory("grid-flow").resolve("study"), "study");
    new MainWindow(context).show(stage);
  }

  @AfterEach
  void close() throws TimeoutException {
    context.close();
    FxToolkit.cleanupStages();
  }

  @Test
  void fourCombinationsEndRankedWithTheBestMarked(FxRobot robot) throws TimeoutException {
    ProjectSessions.open(robot, context, project);
    robot.clickOn("#openSample");
    WaitForAsyncUtils.waitFor(20, SECONDS, () -> context.data().getData() != null);
    robot.interact(
        () -> {
          ModelSettings teaching = ModelSettings.of(NetworkPreset.TEACHING);
          context
              .workspace()
              .settingsProperty()
              .set(
                  teaching.with(
                      new org.motifworkbench.workflow.RunConfig(
                          teaching.network(),
                          teaching.training().withEpochs(1).withBatchSize(32))));
          context.mainWindow().go(Step.MODEL);
        });
    robot.clickOn("#gridButton");
    WaitForAsyncUtils.waitForFxEvents();
    GridViewModel grid = context.grid();
    robot.interact(
        () -> {
          choose(grid, 0, NetworkParameter.FILTERS);
          choose(grid, 1, TrainingParameter.LEARNING_RATE);
        });
    robot.clickOn("#gridValues0").write("8, 16");
    robot.clickOn("#gridValues1").write("0.001, 0.003");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(4, grid.combinationsProperty().get(), String.join("; ", grid.problems()));
    assertTrue(grid.problems().isEmpty(), String.join("; ", grid.problems()));

    Stage dialog = (Stage) robot.lookup("#startGrid").query().getScene().getWindow();
    WindowShots.save(robot, dialog, "grid-dialog.png");
    robot.clickOn("#startGrid");
    WaitForAsyncUtils.waitFor(
        240,
        SECONDS,
        () -> !grid.runningProperty().get() && context.mainWindow().getCurrentStep() == Step.RUNS);
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(grid.statusProperty().get().startsWith("Done: 4 runs"), grid.statusProperty().get());

    TableView<RunRecord> table = robot.lookup("#runsTable").queryTableView();
    List<RunRecord> shown = table.getItems();
    assertEquals(4, shown.size());
    assertEquals(GridSearch.rank(shown), shown, "ranked by validation");
    assertTrue(
        table.getColumns().stream().anyMatch(c -> "runRank".equals(c.getId()) && c.isVisible()),
        "the rank column shows with a grid");
    List<TableRow<?>> best =
        robot.lookup(".best-run").queryAll().stream()
            .filter(n -> n instanceof TableRow<?>)
            .<TableRow<?>>map(n -> (TableRow<?>) n)
            .toList();
    assertEquals(1, best.size(), "one best run marked");
    assertEquals(shown.get(0), best.get(0).getItem());
    assertTrue(context.runs().isBest(shown.get(0)));
    assertEquals(4, project.runs().size());

    // starting the same grid again trains nothing: every combination is in the project
    robot.interact(grid::start);
    WaitForAsyncUtils.waitFor(60, SECONDS, () -> !grid.runningProperty().get());
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(
        grid.statusProperty().get().contains("4 already there"), grid.statusProperty().get());
    assertFalse(project.runs().size() > 4);
  }

  private static void choose(GridViewModel grid, int row, Parameter parameter) {
    GridSetting setting =
        grid.settings().stream().filter(s -> s.parameter() == parameter).findFirst().orElseThrow();
    grid.axes().get(row).settingProperty().set(setting);
  }
}
