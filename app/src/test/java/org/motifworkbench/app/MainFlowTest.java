package org.motifworkbench.app;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.app.data.SampleLibrary;
import org.motifworkbench.app.figure.FigureView;
import org.motifworkbench.app.inspect.PredictionRow;
import org.motifworkbench.network.DjlRuntime;
import org.motifworkbench.network.NetworkPreset;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole product, headless, as a first-time user goes through it: open the bundled sample, pick
 * the small network, train, read the evaluation, click a sequence and see its saliency on the
 * planted site, find the motifs, save the model. With {@code -Dmwb.shots=<folder>} every screen is
 * saved as a PNG (the README's screenshots come from here).
 */
@ExtendWith(ApplicationExtension.class)
class MainFlowTest {

  private static final Path SAMPLES = Path.of("..", "samples");

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
  void sampleToTrainedModelToSaliencyOnThePlantedSiteToMotifs(FxRobot robot)
      throws TimeoutException {
    robot.clickOn("#openSample");
    WaitForAsyncUtils.waitFor(20, SECONDS, () -> context.data().getData() != null);
    WaitForAsyncUtils.waitForFxEvents();
    shoot(robot, "screen-1-data.png");

    robot.clickOn("#continueToModel");
    ComboBox<NetworkPreset> presets = robot.lookup("#presetChoice").query();
    robot.interact(() -> presets.setValue(NetworkPreset.TEACHING));
    TextField epochs = robot.lookup("#epochs").queryAs(TextField.class);
    robot.interact(() -> epochs.setText("8"));
    shoot(robot, "screen-2-model.png");

    robot.clickOn("#continueToTrain");
    robot.clickOn("#startTraining");
    WaitForAsyncUtils.waitFor(
        180,
        SECONDS,
        () -> context.workspace().getModel() != null && !context.workspace().isTraining());
    WaitForAsyncUtils.waitForFxEvents();
    shoot(robot, "screen-3-train.png");
    ChartViewer loss = robot.lookup("#lossChart").query();
    XYSeriesCollection curves = (XYSeriesCollection) loss.getChart().getXYPlot().getDataset();
    assertTrue(curves.getSeries(0).getItemCount() >= 20, "the chart got per-batch points");
    assertTrue(
        context.workspace().getModel().test().accuracy() > 0.9,
        "the small network learns the planted primer: "
            + context.workspace().getModel().test().accuracy());

    robot.clickOn("#evaluateModel");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(Step.EVALUATE, context.mainWindow().getCurrentStep());
    shoot(robot, "screen-4-evaluate.png");

    robot.clickOn("#step-inspect");
    WaitForAsyncUtils.waitFor(30, SECONDS, () -> !context.inspect().rows().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
    PredictionRow target =
        context.inspect().rows().stream()
            .filter(r -> r.correct() && r.trueClass().equals("positive"))
            .filter(r -> r.record().description().matches(".*pos=(1[5-9]|2[0-5])\\b.*"))
            .findFirst()
            .orElseThrow();
    robot.interact(() -> context.inspect().searchProperty().set(target.id() + ""));
    WaitForAsyncUtils.waitForFxEvents();
    Node row =
        robot.lookup(".table-row-cell").match((TableRow<?> r) -> r.getItem() == target).query();
    robot.clickOn(row);
    WaitForAsyncUtils.waitFor(30, SECONDS, () -> context.inspect().getExplanation() != null);
    WaitForAsyncUtils.waitForFxEvents();
    var explanation = context.inspect().getExplanation();
    assertEquals(target.id(), explanation.id());
    FigureView track = robot.lookup("#trackCanvas").query();
    assertTrue(track.paints() > 0, "the saliency track is drawn");
    int peak = explanation.attribution().peak();
    var site = explanation.site().orElseThrow();
    assertTrue(
        peak >= site.start() && peak < site.end(),
        "the saliency peak " + peak + " lies on the planted site " + site);
    shoot(robot, "screen-5-inspect.png");

    robot.clickOn("#step-motifs");
    robot.clickOn("#findMotifs");
    WaitForAsyncUtils.waitFor(
        120, SECONDS, () -> !context.motifs().isRunning() && !context.motifs().filters().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
    assertFalse(context.motifs().discovered().isEmpty(), "a motif is discovered");
    shoot(robot, "screen-6-motifs.png");

    Path saved = dir.resolve("primer.mwb");
    robot.interact(() -> context.modelFiles().save(saved));
    WaitForAsyncUtils.waitFor(20, SECONDS, () -> context.workspace().getModel().saved());
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(Files.isRegularFile(saved));
    assertEquals("Motif Workbench \u2014 primer-motif.fa \u2014 primer.mwb", stage.getTitle());
    assertNotNull(
        context.recentFiles().files().stream()
            .filter(f -> f.endsWith("primer.mwb"))
            .findFirst()
            .orElse(null));
  }

  /** Saves the window as a PNG when {@code -Dmwb.shots} names a folder. */
  private void shoot(FxRobot robot, String name) {
    WindowShots.save(robot, stage, name);
  }
}
