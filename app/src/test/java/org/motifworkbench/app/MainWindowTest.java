package org.motifworkbench.app;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.app.data.SampleLibrary;
import org.motifworkbench.app.session.DataSummary.ClassSummary;
import org.motifworkbench.app.session.OpenedData;
import org.motifworkbench.network.DjlRuntime;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window headless (Monocle): open the bundled sample, see its classes, start the engine.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

  /** Tests run in the app module's folder; the samples are in the project's top folder. */
  private static final Path SAMPLES = Path.of("..", "samples");

  private AppContext context;
  private Stage stage;

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
  void openSampleShowsTwoClassesOfOneThousandAndTheEngineStarts(FxRobot robot)
      throws TimeoutException {
    assertEquals("Motif Workbench", stage.getTitle());

    robot.clickOn("#openSample");
    WaitForAsyncUtils.waitFor(20, SECONDS, () -> context.data().getData() != null);
    WaitForAsyncUtils.waitForFxEvents();

    TableView<ClassSummary> table = robot.lookup("#classTable").queryTableView();
    assertEquals(
        List.of("negative", "positive"),
        table.getItems().stream().map(ClassSummary::name).toList());
    assertEquals(
        List.of(1000, 1000), table.getItems().stream().map(ClassSummary::sequences).toList());
    assertEquals("Motif Workbench \u2014 primer-motif.fa", stage.getTitle());
    assertEquals("All sequences are 50 bp.", text(robot, "#lengthText"));
    assertEquals("Best possible accuracy on this data: 1.00", text(robot, "#ceilingText"));

    Label engine = robot.lookup("#engineStatus").queryAs(Label.class);
    WaitForAsyncUtils.waitFor(
        30, SECONDS, () -> !MainWindowViewModel.STARTING.equals(engine.getText()));
    assertNotEquals(MainWindowViewModel.STARTING, engine.getText());
  }

  @Test
  void aBadFileShowsItsMessageAndKeepsTheOpenData(FxRobot robot, @TempDir Path dir)
      throws IOException, TimeoutException {
    robot.interact(() -> context.data().openSample());
    WaitForAsyncUtils.waitFor(20, SECONDS, () -> context.data().getData() != null);
    OpenedData sample = context.data().getData();
    Path bad = Files.writeString(dir.resolve("bad.fa"), ">x label=pos\nACGT\n>y\nACGT\n");

    robot.interact(() -> context.data().open(List.of(bad)));
    WaitForAsyncUtils.waitFor(20, SECONDS, () -> context.data().getErrorMessage() != null);
    WaitForAsyncUtils.waitForFxEvents();

    DialogPane dialog = robot.lookup("#errorDialog").queryAs(DialogPane.class);
    assertTrue(dialog.getContentText().startsWith(bad + ":3: "), dialog.getContentText());
    assertTrue(dialog.getContentText().contains("still open"), dialog.getContentText());
    assertSame(sample, context.data().getData());
    assertEquals("Motif Workbench \u2014 primer-motif.fa", stage.getTitle());
    robot.interact(() -> dialog.getScene().getWindow().hide());
  }

  @Test
  void stepsOpenOnlyWhenWhatTheyNeedExists(FxRobot robot) throws TimeoutException {
    assertTrue(robot.lookup("#step-model").query().isDisabled());
    assertTrue(robot.lookup("#step-motifs").query().isDisabled());
    assertEquals(false, robot.lookup("#step-data").query().isDisabled());

    robot.interact(() -> context.data().openSample());
    WaitForAsyncUtils.waitFor(20, SECONDS, () -> context.data().getData() != null);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(
        false,
        robot.lookup("#step-model").query().isDisabled(),
        "the Model step opens once data is open");
    assertTrue(robot.lookup("#step-evaluate").query().isDisabled(), "Evaluate needs a model");
  }

  @Test
  void controlAndAStepNumberOpensThatStep(FxRobot robot) throws TimeoutException {
    robot.interact(() -> context.data().openSample());
    WaitForAsyncUtils.waitFor(20, SECONDS, () -> context.data().getData() != null);
    robot
        .press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT3)
        .release(javafx.scene.input.KeyCode.DIGIT3, javafx.scene.input.KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(Step.TRAIN, context.mainWindow().getCurrentStep());
    robot
        .press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT5)
        .release(javafx.scene.input.KeyCode.DIGIT5, javafx.scene.input.KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(Step.TRAIN, context.mainWindow().getCurrentStep(), "Inspect needs a model first");
  }

  @Test
  void closingWithoutUnsavedWorkClosesAtOnce(FxRobot robot) {
    robot.interact(() -> context.mainWindow().currentStepProperty().get());
    robot.interact(
        () ->
            stage
                .getOnCloseRequest()
                .handle(
                    new javafx.stage.WindowEvent(
                        stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
    assertEquals(false, stage.isShowing());
  }

  private static String text(FxRobot robot, String query) {
    return robot.lookup(query).queryAs(Label.class).getText();
  }
}
