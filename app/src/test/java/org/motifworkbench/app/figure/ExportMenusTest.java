package org.motifworkbench.app.figure;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.PickResult;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.app.background.FxBackgroundRunner;
import org.motifworkbench.app.background.SameThreadBackgroundRunner;
import org.motifworkbench.app.data.SampleLibrary;
import org.motifworkbench.app.dialog.RecordingDialogService;
import org.motifworkbench.app.evaluate.EvaluateView;
import org.motifworkbench.app.evaluate.EvaluateViewModel;
import org.motifworkbench.app.inspect.InspectView;
import org.motifworkbench.app.inspect.InspectViewModel;
import org.motifworkbench.app.inspect.PredictionRow;
import org.motifworkbench.app.motifs.MotifsView;
import org.motifworkbench.app.motifs.MotifsViewModel;
import org.motifworkbench.app.session.DataSummary;
import org.motifworkbench.app.session.ModelSettings;
import org.motifworkbench.app.session.OpenedData;
import org.motifworkbench.app.session.TrainedModel;
import org.motifworkbench.app.session.Workspace;
import org.motifworkbench.app.train.TrainView;
import org.motifworkbench.app.train.TrainViewModel;
import org.motifworkbench.data.SplitPlan;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.figure.FigureFormat;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.sequence.SequenceSet;
import org.motifworkbench.training.TrainingListener;
import org.motifworkbench.training.TrainingSpec;
import org.motifworkbench.workflow.TrainingWorkflow;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Right-click "Export figure..." on every figure of the Evaluate, Inspect and Train screens,
 * headless: the export dialog's format is the format written, whatever the name the file chooser
 * returned. The dialog is the real one; the file chooser is the recording fake, which returns a
 * file in a temporary folder.
 */
@ExtendWith(ApplicationExtension.class)
class ExportMenusTest {

  private static final Path SAMPLE = Path.of("..", "samples", "primer-motif.fa");
  private static final String STYLESHEET = "/org/motifworkbench/app/assets/workbench.css";

  private static OpenedData data;
  private static TrainingWorkflow.Outcome trained;

  @TempDir Path dir;

  private Stage stage;
  private FxBackgroundRunner engine;
  private RecordingDialogService dialogs;
  private FigureExport export;
  private Workspace workspace;

  @BeforeAll
  static void trainSmallModel() {
    OpenedData full = OpenedData.open(List.of(SAMPLE));
    SequenceSet first = full.sequences().subset(IntStream.range(0, 600).toArray());
    data = new OpenedData(full.source(), first, DataSummary.of(first, full.summary().ceiling()));
    TrainingWorkflow.Request request =
        new TrainingWorkflow.Request(
            first,
            null,
            LengthPolicy.fitting(first),
            SplitPlan.stratified(3),
            NetworkPreset.TEACHING.spec(),
            TrainingSpec.defaults().withEpochs(1).withBatchSize(32),
            Double.NaN);
    trained = TrainingWorkflow.run(request, TrainingListener.NONE, CancellationToken.none());
  }

  @AfterAll
  static void closeModel() {
    trained.bundle().close();
  }

  @Start
  void start(Stage stage) {
    this.stage = stage;
    engine = new FxBackgroundRunner(1);
    dialogs = new RecordingDialogService();
    // The file is written on the FX thread, so it is complete when the menu action returns.
    export = new FigureExport(new SameThreadBackgroundRunner(), dialogs);
    // No data open: the shared model's own test results are shown (open data would be other data).
    workspace = new Workspace(new SimpleObjectProperty<>());
    Scene scene = new Scene(new StackPane(), 1200, 780);
    scene.getStylesheets().add(getClass().getResource(STYLESHEET).toExternalForm());
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void stop() throws TimeoutException {
    engine.close();
    FxToolkit.cleanupStages();
  }

  @Test
  void theConfusionMatrixAndRocChartExportAsSvgAndPdf(FxRobot robot) throws IOException {
    EvaluateViewModel viewModel = new EvaluateViewModel(engine, engine, workspace);
    show(robot, new EvaluateView(viewModel, export, dialogs).root());
    robot.interact(() -> workspace.setModel(sharedModel()));
    WaitForAsyncUtils.waitForFxEvents();

    // The chooser keeps the offered ".pdf" although SVG was chosen: an SVG file is written.
    Path svg = exportAs(robot, "#confusionMatrix", FigureFormat.SVG, "confusion-matrix.pdf");
    assertEquals("confusion-matrix.svg", svg.getFileName().toString());
    assertFalse(Files.exists(dir.resolve("confusion-matrix.pdf")), "no PDF under the SVG's name");
    assertTrue(
        dialogs.shown.contains("save: Export figure as SVG (confusion-matrix.svg)"),
        dialogs.shown.toString());
    exportAs(robot, "#confusionMatrix", FigureFormat.PDF, "matrix-print.pdf");
    // A "folder" that is a file: the user is told which file could not be written, no stack trace.
    Path gone = Files.writeString(dir.resolve("not-a-folder"), "x").resolve("matrix.pdf");
    dialogs.willChoose(gone);
    rightClick(robot, robot.lookup("#confusionMatrix").query());
    robot.clickOn("Export figure...");
    robot.clickOn("Choose file...");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(1, errors().size(), dialogs.shown.toString());
    String error = errors().get(0);
    assertTrue(error.contains("Could not write " + gone), error);
    assertFalse(error.contains("Exception"), error);
    dialogs.shown.clear();
    // the charts beside it export the same way
    exportAs(robot, "#rocChart", FigureFormat.PDF, "roc-curve.pdf");
    exportAs(robot, "#rocChart", FigureFormat.SVG, "roc-curve.svg");
  }

  @Test
  void theSaliencyTrackAttributionLogoAndMutagenesisHeatMapExport(FxRobot robot)
      throws IOException, TimeoutException {
    InspectViewModel viewModel = new InspectViewModel(engine, workspace);
    show(robot, new InspectView(viewModel, export, dialogs).root());
    robot.interact(() -> workspace.setModel(sharedModel()));
    WaitForAsyncUtils.waitFor(30, SECONDS, () -> !viewModel.rows().isEmpty());
    PredictionRow row = viewModel.rows().get(0);
    robot.interact(() -> viewModel.select(row));
    WaitForAsyncUtils.waitFor(30, SECONDS, () -> viewModel.getExplanation() != null);
    WaitForAsyncUtils.waitForFxEvents();
    String id = viewModel.getExplanation().id().replaceAll("[^A-Za-z0-9._-]", "_");

    exportAs(robot, "#trackCanvas", FigureFormat.SVG, "saliency-" + id + ".svg");
    exportAs(robot, "#trackCanvas", FigureFormat.PDF, "saliency-" + id + ".pdf");
    exportAs(robot, "#logoCanvas", FigureFormat.SVG, "attribution-logo.svg");
    exportAs(robot, "#logoCanvas", FigureFormat.PDF, "attribution-logo.pdf");
    exportAs(robot, "#heatCanvas", FigureFormat.SVG, "mutagenesis.svg");
    exportAs(robot, "#heatCanvas", FigureFormat.PDF, "mutagenesis.pdf");
    assertTrue(
        dialogs.shown.contains("save: Export figure as PDF (attribution-logo-" + id + ".pdf)"),
        dialogs.shown.toString());
  }

  @Test
  void aFilterLogoOfTheTrainScreenExports(FxRobot robot) throws IOException, TimeoutException {
    Workspace workspace = new Workspace(new SimpleObjectProperty<>(data));
    TrainViewModel viewModel =
        new TrainViewModel(
            engine,
            workspace,
            new SimpleStringProperty("PyTorch on CPU"),
            javafx.application.Platform::runLater);
    show(robot, new TrainView(viewModel, null, export, dialogs).root());
    ModelSettings settings = ModelSettings.of(NetworkPreset.TEACHING);
    robot.interact(
        () -> {
          workspace
              .settingsProperty()
              .set(
                  new ModelSettings(
                      settings.preset(),
                      settings.network(),
                      settings.training().withEpochs(1),
                      settings.lengthMode(),
                      settings.length(),
                      settings.split()));
          viewModel.start();
        });
    WaitForAsyncUtils.waitFor(60, SECONDS, () -> workspace.getModel() != null);
    WaitForAsyncUtils.waitForFxEvents();
    assertNotNull(viewModel.getFilters(), "the filter strip shows the first epoch's logos");

    Node logo = robot.lookup(".filter-logo").query();
    exportAs(robot, logo, FigureFormat.SVG, "filter.svg");
    exportAs(robot, logo, FigureFormat.PDF, "filter.pdf");
    exportAs(robot, "#lossChart", FigureFormat.SVG, "training-loss.svg");
    robot.interact(() -> workspace.setModel(null));
  }

  @Test
  void aMotifLogoOfTheMotifsScreenExports(FxRobot robot) throws IOException, TimeoutException {
    FxBackgroundRunner files = new FxBackgroundRunner(1);
    try {
      MotifsViewModel viewModel =
          new MotifsViewModel(
              engine,
              files,
              javafx.application.Platform::runLater,
              workspace,
              new SampleLibrary(SAMPLE.getParent()).motifDatabase());
      show(robot, new MotifsView(viewModel, export, dialogs).root());
      robot.interact(() -> workspace.setModel(sharedModel()));
      WaitForAsyncUtils.waitFor(20, SECONDS, () -> viewModel.canFindBinding().get());
      robot.clickOn("#findMotifs");
      WaitForAsyncUtils.waitFor(120, SECONDS, () -> !viewModel.filters().isEmpty());
      WaitForAsyncUtils.waitForFxEvents();

      Node logo = robot.lookup("#filterTiles").lookup(".logo-canvas").query();
      exportAs(robot, logo, FigureFormat.SVG, "filter-logo.svg");
      exportAs(robot, logo, FigureFormat.PDF, "filter-logo.pdf");
    } finally {
      files.close();
    }
  }

  private static TrainedModel sharedModel() {
    return TrainedModel.trained(trained.bundle(), trained.testSet(), trained.test());
  }

  private void show(FxRobot robot, Parent root) {
    robot.interact(() -> stage.getScene().setRoot(root));
    WaitForAsyncUtils.waitForFxEvents();
  }

  private Path exportAs(FxRobot robot, String query, FigureFormat format, String chosenName)
      throws IOException {
    return exportAs(robot, robot.lookup(query).query(), format, chosenName);
  }

  /**
   * Right-clicks {@code node}, chooses "Export figure...", picks {@code format} in the export
   * dialog and lets the chooser return {@code chosenName}; checks the file written is a {@code
   * format} file and returns it.
   */
  private Path exportAs(FxRobot robot, Node node, FigureFormat format, String chosenName)
      throws IOException {
    Path chosen = dir.resolve(chosenName);
    dialogs.willChoose(chosen);
    rightClick(robot, node);
    robot.clickOn("Export figure...");
    ComboBox<FigureFormat> formats = robot.lookup("#figureFormat").queryComboBox();
    robot.interact(() -> formats.setValue(format));
    robot.clickOn("Choose file...");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(List.of(), errors(), "the export showed no error");
    String name = chosenName.replaceAll("\\.(pdf|svg|png)$", "") + "." + format.extension();
    Path written = dir.resolve(name);
    assertTrue(Files.isRegularFile(written), "written: " + written);
    byte[] bytes = Files.readAllBytes(written);
    String head = new String(bytes, 0, Math.min(bytes.length, 400), StandardCharsets.ISO_8859_1);
    if (format == FigureFormat.SVG) {
      assertTrue(head.startsWith("<?xml"), head);
      assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("<svg"), head);
    } else {
      assertTrue(head.startsWith("%PDF"), head);
    }
    return written;
  }

  /**
   * A right-click: Monocle never marks a press as the popup trigger, so the context-menu request
   * the platform sends on a right-click is sent here, where the mouse is, on the node under it.
   */
  private static void rightClick(FxRobot robot, Node node) {
    robot.moveTo(node);
    javafx.geometry.Point2D screen = robot.point(node).query();
    robot.interact(
        () -> {
          javafx.geometry.Point2D local = node.screenToLocal(screen);
          javafx.event.Event.fireEvent(
              node,
              new ContextMenuEvent(
                  ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                  local.getX(),
                  local.getY(),
                  screen.getX(),
                  screen.getY(),
                  false,
                  new PickResult(node, local.getX(), local.getY())));
        });
    WaitForAsyncUtils.waitForFxEvents();
  }

  private List<String> errors() {
    return dialogs.shown.stream().filter(s -> s.startsWith("error:")).toList();
  }
}
