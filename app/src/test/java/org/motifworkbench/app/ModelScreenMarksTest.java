package org.motifworkbench.app;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.motifworkbench.app.data.SampleLibrary;
import org.motifworkbench.app.session.ModelSettings;
import org.motifworkbench.network.DjlRuntime;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.network.NetworkSpec;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Model screen's marks in the real window: an out-of-range value, an unreadable text and a
 * kernel wider than the input are marked the same way, at the field, with the message in the mark's
 * tooltip; the preset box reads "custom" after an edit and choosing the preset again resets it.
 * With {@code -Dmwb.shots=<folder>} it saves model-form-marked.png.
 */
@ExtendWith(ApplicationExtension.class)
class ModelScreenMarksTest {

  private AppContext context;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    context = new AppContext(new SampleLibrary(Path.of("..", "samples")), DjlRuntime::start);
    new MainWindow(context).show(stage);
  }

  @AfterEach
  void close() throws TimeoutException {
    context.close();
    FxToolkit.cleanupStages();
  }

  @Test
  void rangeErrorsAndTooWideKernelsAreMarkedLikeUnreadableText(FxRobot robot)
      throws TimeoutException {
    openSampleAndModelScreen(robot);
    TextField filters = field(robot, "#filters");
    TextField epochs = field(robot, "#epochs");
    TextField kernels = field(robot, "#kernelSizes");
    assertNull(markAt(robot, filters));

    type(robot, filters, "lots");
    String unreadable = "Filters per branch: 'lots' is not a whole number.";
    assertEquals(unreadable, markAt(robot, filters));
    type(robot, filters, "5000");
    assertEquals(
        "Filters per branch must be between 1 and 1024 (got 5000).", markAt(robot, filters));
    type(robot, epochs, "0");
    assertEquals("Epochs must be between 1 and 10000 (got 0).", markAt(robot, epochs));
    assertTrue(robot.lookup("#continueToTrain").queryAs(Button.class).isDisabled());

    type(robot, filters, "64");
    type(robot, epochs, "5");
    assertNull(markAt(robot, filters));
    assertNull(markAt(robot, epochs));
    assertFalse(robot.lookup("#continueToTrain").queryAs(Button.class).isDisabled());

    // the sample's sequences cropped to 20 bases: an edited network's 25-base kernel cannot fit
    // (the default network would leave it out)
    type(robot, kernels, "3, 7, 25");
    type(robot, field(robot, "#length"), "20");
    assertEquals(
        "Kernel size 25 is longer than the input length of 20 bases: use kernel sizes"
            + " of at most 20, or a longer input length.",
        markAt(robot, kernels));
    assertTrue(robot.lookup("#continueToTrain").queryAs(Button.class).isDisabled());
    type(robot, filters, "5000");
    WindowShots.save(robot, stage, "model-form-marked.png");

    // marks stay with their screen
    robot.clickOn("#step-data");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(List.of(), visibleMarks(robot));
  }

  @Test
  void aProblemFromBeforeTheScreenWasShownIsMarkedWhenItOpens(FxRobot robot)
      throws TimeoutException {
    robot.clickOn("#openSample");
    WaitForAsyncUtils.waitFor(20, SECONDS, () -> context.data().getData() != null);
    ModelSettings s = context.workspace().getSettings();
    NetworkSpec n = s.network(); // edited (48 filters): checked as set, not sized to the data
    NetworkSpec edited = n.toBuilder().setFilters(48).build();
    robot.interact(
        () ->
            context
                .workspace()
                .settingsProperty()
                .set(
                    new ModelSettings(
                        s.preset(), edited, s.training(), s.lengthMode(), 12, s.split())));

    robot.clickOn("#step-model");
    WaitForAsyncUtils.waitForFxEvents();

    assertEquals(
        "Kernel sizes 15, 25 are longer than the input length of 12 bases: use kernel"
            + " sizes of at most 12, or a longer input length.",
        markAt(robot, field(robot, "#kernelSizes")));
    assertTrue(robot.lookup("#continueToTrain").queryAs(Button.class).isDisabled());
  }

  @Test
  void theBoxReadsCustomAfterAnEditAndChoosingThePresetAgainResetsIt(FxRobot robot)
      throws TimeoutException {
    openSampleAndModelScreen(robot);
    ComboBox<NetworkPreset> presets = robot.lookup("#presetChoice").query();
    assertEquals("Default (fast to converge)", shownPreset(robot));

    type(robot, field(robot, "#filters"), "32");
    assertEquals("custom (from Default)", shownPreset(robot));
    assertEquals(32, context.workspace().getSettings().network().filters());

    robot.clickOn(presets);
    robot.clickOn(
        robot
            .lookup(".list-cell")
            .match((ListCell<?> c) -> "Default (fast to converge)".equals(c.getText()))
            .queryAs(ListCell.class));
    WaitForAsyncUtils.waitForFxEvents();

    assertEquals("Default (fast to converge)", shownPreset(robot));
    assertEquals("64", field(robot, "#filters").getText());
    assertEquals(NetworkPreset.DEFAULT.spec(), context.workspace().getSettings().network());
  }

  private void openSampleAndModelScreen(FxRobot robot) throws TimeoutException {
    robot.clickOn("#openSample");
    WaitForAsyncUtils.waitFor(20, SECONDS, () -> context.data().getData() != null);
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#step-model");
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static TextField field(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(TextField.class);
  }

  private static void type(FxRobot robot, TextField field, String text) {
    robot.interact(() -> field.setText(text));
    WaitForAsyncUtils.waitForFxEvents(); // the marks follow on the next pulse
  }

  /** The text the preset box shows. */
  private static String shownPreset(FxRobot robot) {
    ComboBox<?> box = robot.lookup("#presetChoice").queryAs(ComboBox.class);
    return box.getButtonCell().getText();
  }

  /** The message of the visible mark on {@code field}'s corner, or null when it has none. */
  private static String markAt(FxRobot robot, TextField field) {
    Bounds at = field.localToScene(field.getBoundsInLocal());
    List<Label> marks =
        visibleMarks(robot).stream()
            .filter(
                m -> {
                  Bounds b = m.localToScene(m.getBoundsInLocal());
                  return b.getCenterX() >= at.getMinX() - 8
                      && b.getCenterX() <= at.getMaxX() + 8
                      && b.getCenterY() >= at.getMinY() - 8
                      && b.getCenterY() <= at.getMaxY() + 8;
                })
            .toList();
    assertTrue(marks.size() <= 1, "one mark per field: " + marks);
    return marks.isEmpty() ? null : marks.get(0).getTooltip().getText();
  }

  /** Every visible mark in the window: a label with an image and a tooltip, over the form. */
  private static List<Label> visibleMarks(FxRobot robot) {
    return robot
        .lookup(
            (Node n) ->
                n instanceof Label l
                    && l.getTooltip() != null
                    && l.getGraphic() instanceof ImageView
                    && (l.getText() == null || l.getText().isEmpty())
                    && n.isVisible()
                    && n.getScene() != null)
        .queryAllAs(Label.class)
        .stream()
        .toList();
  }
}
