package org.motifworkbench.app.inspect;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.beans.property.SimpleObjectProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableRow;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.motifworkbench.app.background.FxBackgroundRunner;
import org.motifworkbench.app.dialog.RecordingDialogService;
import org.motifworkbench.app.session.OpenedData;
import org.motifworkbench.app.session.TrainedModel;
import org.motifworkbench.app.session.Workspace;
import org.motifworkbench.figure.NucleotidePalette;
import org.motifworkbench.figure.SequenceColumns;
import org.motifworkbench.figure.SequenceTrackFigure.MarkedSite;
import org.motifworkbench.workflow.SequenceExplanation;
import org.motifworkbench.workflow.TrainingWorkflow;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Inspect screen headless: click a positive test sequence and see its saliency drawn. */
@ExtendWith(ApplicationExtension.class)
class InspectViewTest {

  private static final String STYLESHEET = "/org/motifworkbench/app/assets/workbench.css";
  private static final Path SHOTS = Path.of("/tmp/shots-inspect");

  private static TrainingWorkflow.Outcome outcome;

  private FxBackgroundRunner engine;
  private Workspace workspace;
  private InspectViewModel viewModel;
  private InspectView view;

  @BeforeAll
  static void train() {
    outcome = InspectViewModelTest.trainOnSample(2000, 5);
  }

  @AfterAll
  static void close() {
    outcome.bundle().close();
  }

  @Start
  void start(Stage stage) {
    engine = new FxBackgroundRunner(1);
    workspace = new Workspace(new SimpleObjectProperty<OpenedData>());
    viewModel = new InspectViewModel(engine, workspace);
    view = new InspectView(viewModel, new RecordingDialogService());
    Scene scene = new Scene(view.root(), 1200, 760);
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
  void clickingAPositiveSequenceDrawsItsSaliencyOnThePlantedSite(FxRobot robot)
      throws TimeoutException, IOException {
    robot.interact(
        () ->
            workspace.setModel(
                TrainedModel.trained(outcome.bundle(), outcome.testSet(), outcome.test())));
    WaitForAsyncUtils.waitFor(30, SECONDS, () -> !viewModel.rows().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
    // A correctly called positive whose motif sits in the middle, so the peak has room both ways.
    PredictionRow target =
        viewModel.rows().stream()
            .filter(r -> r.correct() && r.trueClass().equals("positive"))
            .filter(r -> r.record().description().matches(".*pos=(1[5-9]|2[0-5])\\b.*"))
            .findFirst()
            .orElseThrow();
    robot.interact(() -> viewModel.searchProperty().set(target.record().bases().substring(0, 20)));
    WaitForAsyncUtils.waitForFxEvents();

    Node row =
        robot.lookup(".table-row-cell").match((TableRow<?> r) -> r.getItem() == target).query();
    robot.clickOn(row);
    WaitForAsyncUtils.waitFor(30, SECONDS, () -> viewModel.getExplanation() != null);
    WaitForAsyncUtils.waitForFxEvents();

    SequenceExplanation e = viewModel.getExplanation();
    assertEquals(target.id(), e.id());
    assertTrue(view.trackCanvas().paints() > 0);
    assertTrue(view.logoCanvas().paints() > 0, "the attribution logo is drawn under the track");
    String agreement = robot.lookup("#agreementLine").queryAs(Label.class).getText();
    assertEquals(e.agreement().summary(), agreement);
    assertTrue(
        robot
            .lookup("#probabilityLine")
            .queryAs(Label.class)
            .getText()
            .startsWith(target.id() + ": positive 0."));
    long positivePixels = countPixels(robot, NucleotidePalette.STANDARD.positive().getRGB());
    assertTrue(positivePixels > 200, "positive bars drawn: " + positivePixels + " pixels");
    MarkedSite site = e.site().orElseThrow();
    int peak = e.attribution().peak();
    assertTrue(
        peak >= site.start() && peak < site.end(), "peak at " + peak + ", planted site " + site);

    // Hovering the peak's column reads out its position and value.
    javafx.scene.canvas.Canvas canvas = view.trackCanvas().canvas();
    javafx.geometry.Bounds bounds = canvas.localToScreen(canvas.getBoundsInLocal());
    double x = SequenceColumns.in(view.trackCanvas().area(), e.sequence().length()).centre(peak);
    robot.moveTo(new Point2D(bounds.getMinX() + x, bounds.getMinY() + 60));
    WaitForAsyncUtils.waitForFxEvents();
    String hover = robot.lookup("#hoverText").queryAs(Label.class).getText();
    assertTrue(hover.startsWith("Position " + (peak + 1) + " ("), hover);
    snapshot(robot, "inspect-positive.png");

    // The gradient draws all four bases in the logo: it no longer looks like gradient x input.
    robot.interact(
        () ->
            viewModel
                .methodProperty()
                .set(org.motifworkbench.interpret.AttributionMethod.GRADIENT));
    WaitForAsyncUtils.waitFor(
        30,
        SECONDS,
        () ->
            viewModel.getExplanation().attribution().method()
                == org.motifworkbench.interpret.AttributionMethod.GRADIENT);
    WaitForAsyncUtils.waitForFxEvents();
    snapshot(robot, "inspect-gradient-logo.png");
    robot.interact(
        () ->
            viewModel
                .methodProperty()
                .set(org.motifworkbench.interpret.AttributionMethod.GRADIENT_X_INPUT));
    WaitForAsyncUtils.waitFor(
        30,
        SECONDS,
        () ->
            viewModel.getExplanation().attribution().method()
                == org.motifworkbench.interpret.AttributionMethod.GRADIENT_X_INPUT);
    WaitForAsyncUtils.waitForFxEvents();

    // The colour-blind palette repaints the bars in its own positive colour.
    long paintsBefore = view.trackCanvas().paints();
    robot.interact(() -> workspace.paletteProperty().set(NucleotidePalette.COLOR_BLIND));
    assertTrue(view.trackCanvas().paints() > paintsBefore);
    assertTrue(countPixels(robot, NucleotidePalette.COLOR_BLIND.positive().getRGB()) > 200);

    // A typed sequence with a character that is not a base gets a message under the box (scrolled
    // into view: the logo and the region controls made the screen taller than the window).
    robot.interact(() -> robot.lookup(".inspect-scroll").queryAs(ScrollPane.class).setVvalue(1));
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("#ownSequence").write("ACGTACGTJACGT");
    robot.clickOn("#explainOwn");
    WaitForAsyncUtils.waitForFxEvents();
    Label error = robot.lookup("#ownSequenceError").queryAs(Label.class);
    assertTrue(error.isVisible());
    assertTrue(error.getText().startsWith("Position 9 contains 'J'"), error.getText());
    assertEquals(target.id(), viewModel.getExplanation().id());
    snapshot(robot, "inspect-typed-error.png");
  }

  private long countPixels(FxRobot robot, int argb) {
    long[] count = new long[1];
    robot.interact(
        () -> {
          WritableImage image = view.trackCanvas().canvas().snapshot(null, null);
          var pixels = image.getPixelReader();
          for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
              count[0] += pixels.getArgb(x, y) == argb ? 1 : 0;
            }
          }
        });
    return count[0];
  }

  private void snapshot(FxRobot robot, String name) throws IOException {
    Files.createDirectories(SHOTS);
    Path file = SHOTS.resolve(name);
    robot.interact(
        () -> {
          try {
            WritableImage image = view.root().getScene().snapshot(null);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
          } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
          }
        });
  }
}
