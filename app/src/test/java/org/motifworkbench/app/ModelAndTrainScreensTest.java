package org.motifworkbench.app;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.motifworkbench.app.data.SampleLibrary;
import org.motifworkbench.app.figure.FigureView;
import org.motifworkbench.figure.SequenceLogoFigure;
import org.motifworkbench.network.DjlRuntime;
import org.motifworkbench.network.NetworkPreset;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Model and Train screens headless: open the sample, pick the small preset and 3 epochs on the
 * Model screen, train, and watch the charts fill and the model arrive. Saves screenshots to
 * /tmp/shots-model-train/ for a human look.
 */
@ExtendWith(ApplicationExtension.class)
class ModelAndTrainScreensTest {

  private static final Path SAMPLES = Path.of("..", "samples");
  private static final Path SHOTS = Path.of("/tmp/shots-model-train");

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
  void trainOnTheSampleFillsTheChartsAndSetsTheModel(FxRobot robot) throws TimeoutException {
    openSample(robot);
    robot.clickOn("#step-model");
    ComboBox<NetworkPreset> presets = robot.lookup("#presetChoice").query();
    robot.interact(() -> presets.setValue(NetworkPreset.TEACHING));
    TextField epochs = robot.lookup("#epochs").queryAs(TextField.class);
    robot.interact(() -> epochs.setText("3"));
    assertEquals(NetworkPreset.TEACHING.spec(), context.workspace().getSettings().network());
    assertEquals(3, context.workspace().getSettings().training().epochs());
    shoot(robot, "model-form.png");

    robot.clickOn("#continueToTrain");
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(
        text(robot, "#trainingPlan")
            .startsWith(
                "primer-motif.fa \u00b7 2,000 sequences"
                    + " \u00b7 2 classes \u00b7 Small and fast (teaching) \u00b7 up to 3 epochs"),
        text(robot, "#trainingPlan"));
    robot.clickOn("#startTraining");

    WaitForAsyncUtils.waitFor(
        60,
        SECONDS,
        () -> context.train().getCurves().epochs().size() >= 1 || !context.train().isRunning());
    shoot(robot, "train-running.png");
    WaitForAsyncUtils.waitFor(120, SECONDS, () -> context.workspace().getModel() != null);
    WaitForAsyncUtils.waitForFxEvents();
    shoot(robot, "train-done.png");

    ChartViewer loss = robot.lookup("#lossChart").query();
    XYSeriesCollection series = (XYSeriesCollection) loss.getChart().getXYPlot().getDataset();
    // 2,000 sequences, 64 % for training = 1,280, batches of 64: 20 per epoch, 3 epochs
    assertEquals(60, series.getSeries(0).getItemCount());
    assertEquals(3, series.getSeries(1).getItemCount());
    assertEquals(3, series.getSeries(2).getItemCount());
    assertFalse(context.workspace().isTraining());
    assertNotNull(context.workspace().getModel().test());
    assertTrue(
        text(robot, "#trainingResult").startsWith("Finished all 3 epochs: trained by the "),
        text(robot, "#trainingResult"));
    String backend = context.workspace().getModel().computedBy().label();
    assertTrue(
        text(robot, "#trainingResult").contains("trained by the " + backend + " in "),
        text(robot, "#trainingResult"));
    assertEquals("Model trained by the " + backend, text(robot, "#modelBackend"));
    assertTrue(stage.getTitle().endsWith("\u2014 unsaved model"), stage.getTitle());

    // the filter strip shows the leading filters' logos of the last epoch
    HBox logos = robot.lookup("#filterLogos").queryAs(HBox.class);
    assertEquals(8, logos.getChildren().size());
    for (Node tile : logos.getChildren()) {
      FigureView logo = (FigureView) ((VBox) tile).getChildren().get(0);
      assertTrue(logo.paints() > 0 && logo.getWidth() > 50, "a logo drawn");
      assertTrue(logo.figure() instanceof SequenceLogoFigure);
    }
    assertTrue(
        text(robot, "#filterStripHeading")
            .startsWith("What the first-layer filters" + " respond to after epoch 3"),
        text(robot, "#filterStripHeading"));
    shoot(robot, Path.of("/tmp/shots-truth"), "train-filter-strip.png");
  }

  @Test
  void anUnreadableSettingIsMarkedAndBlocksContinuing(FxRobot robot) throws TimeoutException {
    openSample(robot);
    robot.clickOn("#step-model");
    TextField filters = robot.lookup("#filters").queryAs(TextField.class);
    System.gc(); // listeners held only weakly would be lost here
    robot.interact(() -> filters.setText("lots"));

    assertEquals(
        "\u2022 Filters per branch: 'lots' is not a whole number.", text(robot, "#problemList"));
    assertTrue(
        filters.getPseudoClassStates().stream()
            .anyMatch(p -> p.getPseudoClassName().equals("invalid")));
    assertTrue(
        robot.lookup("#problemList").query().getPseudoClassStates().stream()
            .anyMatch(p -> p.getPseudoClassName().equals("invalid")));
    assertTrue(robot.lookup("#continueToTrain").query().isDisabled());
    assertEquals(64, context.workspace().getSettings().network().filters());
    shoot(robot, "model-form-problem.png");
  }

  private void openSample(FxRobot robot) throws TimeoutException {
    robot.clickOn("#openSample");
    WaitForAsyncUtils.waitFor(20, SECONDS, () -> context.data().getData() != null);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void shoot(FxRobot robot, String name) {
    shoot(robot, SHOTS, name);
  }

  private void shoot(FxRobot robot, Path folder, String name) {
    robot.interact(
        () -> {
          try {
            Files.createDirectories(folder);
            ImageIO.write(
                SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null),
                "png",
                folder.resolve(name).toFile());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private static String text(FxRobot robot, String query) {
    return robot.lookup(query).queryAs(Label.class).getText();
  }
}
