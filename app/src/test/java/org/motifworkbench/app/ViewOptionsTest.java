package org.motifworkbench.app;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.motifworkbench.app.data.SampleLibrary;
import org.motifworkbench.app.figure.FigureView;
import org.motifworkbench.app.session.OpenedData;
import org.motifworkbench.figure.NucleotidePalette;
import org.motifworkbench.network.DjlRuntime;
import org.motifworkbench.network.NetworkPreset;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The View menu's options for classrooms and Help > Lab check, headless: Larger text scales the
 * window's text, Colour-blind safe colours repaints a logo's letters, and the lab check trains
 * lesson 1 beside the open data without touching it. With {@code -Dmwb.shots=DIR} it saves
 * screenshots there.
 */
@ExtendWith(ApplicationExtension.class)
class ViewOptionsTest {

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
  void largerTextScalesTheTextAndColourBlindRepaintsTheLogoLetters(FxRobot robot)
      throws TimeoutException {
    trainOneEpoch(robot);
    FigureView logo = firstFilterLogo(robot);
    BufferedImage standard = snapshot(robot, logo);
    assertTrue(pixels(standard, NucleotidePalette.STANDARD) > 50, "standard letters drawn");
    assertEquals(0, pixels(standard, NucleotidePalette.COLOR_BLIND));
    double engineFont = font(robot, "#engineStatus");
    assertEquals(12, engineFont, 0.1, "the status bar's 12 px at the normal size");

    robot.interact(() -> checkItem(robot, "colourBlindItem").setSelected(true));
    robot.interact(() -> checkItem(robot, "largerTextItem").setSelected(true));
    WaitForAsyncUtils.waitForFxEvents();

    assertSame(NucleotidePalette.COLOR_BLIND, context.workspace().getPalette());
    BufferedImage colourBlind = snapshot(robot, firstFilterLogo(robot));
    assertTrue(pixels(colourBlind, NucleotidePalette.COLOR_BLIND) > 50, "Okabe-Ito letters");
    assertEquals(0, pixels(colourBlind, NucleotidePalette.STANDARD));
    // the root goes from 13 to 18 px, and every size in em with it
    assertEquals(12 * 18 / 13.0, font(robot, "#engineStatus"), 0.1);
    assertTrue(context.display().largerTextProperty().get());
    WindowShots.save(robot, stage, "larger-text-colour-blind.png");

    robot.interact(() -> checkItem(robot, "largerTextItem").setSelected(false));
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(12, font(robot, "#engineStatus"), 0.1);
  }

  @Test
  void labCheckTrainsLessonOneAndLeavesTheOpenDataAlone(FxRobot robot) throws TimeoutException {
    robot.interact(() -> context.data().openSample());
    WaitForAsyncUtils.waitFor(20, SECONDS, () -> context.data().getData() != null);
    OpenedData open = context.data().getData();

    robot.interact(() -> menuItem(robot, "labCheckItem").fire());
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#labCheckStart");
    WaitForAsyncUtils.waitFor(
        180, SECONDS, () -> context.labCheck().reportProperty().get() != null);
    WaitForAsyncUtils.waitForFxEvents();

    String report = robot.lookup("#labCheckReport").queryAs(TextArea.class).getText();
    assertTrue(
        report.matches("(?s)(Ready|Usable, but slow|Too slow for the plan): lesson 1's.*"), report);
    assertTrue(report.contains("\nEngine: "), report);
    assertTrue(report.contains("processor cores: "), report);
    assertSame(open, context.data().getData(), "the open data stays");
    assertNull(context.workspace().getModel(), "no model replaced or added");
    WindowShots.save(
        robot,
        (Stage) robot.lookup("#labCheckDialog").query().getScene().getWindow(),
        "lab-check.png");
  }

  private void trainOneEpoch(FxRobot robot) throws TimeoutException {
    robot.interact(() -> context.data().openSample());
    WaitForAsyncUtils.waitFor(20, SECONDS, () -> context.data().getData() != null);
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#step-model");
    ComboBox<NetworkPreset> presets = robot.lookup("#presetChoice").query();
    robot.interact(() -> presets.setValue(NetworkPreset.TEACHING));
    TextField epochs = robot.lookup("#epochs").queryAs(TextField.class);
    robot.interact(() -> epochs.setText("1"));
    robot.clickOn("#continueToTrain");
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#startTraining");
    WaitForAsyncUtils.waitFor(120, SECONDS, () -> context.workspace().getModel() != null);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static FigureView firstFilterLogo(FxRobot robot) {
    HBox logos = robot.lookup("#filterLogos").queryAs(HBox.class);
    return (FigureView) ((VBox) logos.getChildren().get(0)).getChildren().get(0);
  }

  private static MenuItem menuItem(FxRobot robot, String id) {
    MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
    return bar.getMenus().stream()
        .flatMap(m -> m.getItems().stream())
        .filter(i -> id.equals(i.getId()))
        .findFirst()
        .orElseThrow();
  }

  private static CheckMenuItem checkItem(FxRobot robot, String id) {
    return (CheckMenuItem) menuItem(robot, id);
  }

  private static double font(FxRobot robot, String query) {
    return robot.lookup(query).queryAs(Label.class).getFont().getSize();
  }

  private static BufferedImage snapshot(FxRobot robot, FigureView view) {
    BufferedImage[] out = new BufferedImage[1];
    robot.interact(
        () -> out[0] = SwingFXUtils.fromFXImage(view.canvas().snapshot(null, null), null));
    return out[0];
  }

  /** Pixels painted exactly in one of the palette's four base colours. */
  private static int pixels(BufferedImage image, NucleotidePalette palette) {
    int count = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        for (int b = 0; b < 4; b++) {
          if (rgb == (palette.base(b).getRGB() & 0xFFFFFF)) {
            count++;
          }
        }
      }
    }
    return count;
  }
}
