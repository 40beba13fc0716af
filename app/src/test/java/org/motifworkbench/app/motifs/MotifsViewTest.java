package org.motifworkbench.app.motifs;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.motifworkbench.app.background.FxBackgroundRunner;
import org.motifworkbench.app.data.SampleLibrary;
import org.motifworkbench.app.dialog.RecordingDialogService;
import org.motifworkbench.app.session.OpenedData;
import org.motifworkbench.app.session.Workspace;
import org.motifworkbench.figure.NucleotidePalette;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Motifs screen headless (Monocle) on a small trained model: Find motifs fills the gallery,
 * clicking a tile opens the enlarged view. With {@code -Dmwb.shots=<folder>} it saves screenshots.
 */
@ExtendWith(ApplicationExtension.class)
class MotifsViewTest {

  private static final String STYLESHEET = "/org/motifworkbench/app/assets/workbench.css";

  private final FxBackgroundRunner engine = new FxBackgroundRunner(1);
  private final FxBackgroundRunner files = new FxBackgroundRunner(1);
  private Workspace workspace;
  private MotifsViewModel viewModel;

  @BeforeAll
  static void trainSmallModel() {
    PrimerModel.get();
  }

  @Start
  void start(Stage stage) {
    workspace = new Workspace(new ReadOnlyObjectWrapper<OpenedData>());
    workspace.setModel(PrimerModel.get());
    viewModel =
        new MotifsViewModel(
            engine,
            files,
            Platform::runLater,
            workspace,
            new SampleLibrary(PrimerModel.SAMPLES).motifDatabase());
    Scene scene =
        new Scene(new MotifsView(viewModel, new RecordingDialogService()).root(), 1200, 800);
    scene.getStylesheets().add(MotifsViewTest.class.getResource(STYLESHEET).toExternalForm());
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void close() throws TimeoutException {
    engine.close();
    files.close();
    FxToolkit.cleanupStages();
  }

  @Test
  void findMotifsFillsTheGalleryAndATileOpensTheEnlargedView(FxRobot robot)
      throws TimeoutException {
    WaitForAsyncUtils.waitFor(20, SECONDS, () -> viewModel.canFindBinding().get());
    shot(robot, robot.lookup("#findMotifs").query().getScene(), "motifs-empty.png");
    robot.clickOn("#findMotifs");
    WaitForAsyncUtils.waitFor(120, SECONDS, () -> !viewModel.filters().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();

    FlowPane discovered = robot.lookup("#discoveredTiles").queryAs(FlowPane.class);
    FlowPane filters = robot.lookup("#filterTiles").queryAs(FlowPane.class);
    assertEquals(viewModel.discovered().size(), discovered.getChildren().size());
    assertFalse(discovered.getChildren().isEmpty());
    assertEquals(32, filters.getChildren().size());
    MotifCard first = viewModel.discovered().get(0);
    Node tile = discovered.getChildren().get(0);
    assertEquals("tile-" + first.motif().id(), tile.getId());
    assertTrue(
        robot
            .from(tile)
            .lookup((Label l) -> first.title().equals(l.getText()))
            .tryQuery()
            .isPresent());
    shot(robot, tile.getScene(), "motifs-gallery.png");

    robot.clickOn(tile);
    WaitForAsyncUtils.waitForFxEvents();

    DialogPane detail = robot.lookup("#motifDetail").queryAs(DialogPane.class);
    assertEquals(first.title(), detail.getHeaderText());
    TableView<?> matches = robot.from(detail).lookup("#matchTable").queryAs(TableView.class);
    assertEquals(MotifsViewModel.MATCHES_KEPT, matches.getItems().size());
    shot(robot, detail.getScene(), "motifs-detail.png");
    robot.interact(() -> workspace.paletteProperty().set(NucleotidePalette.COLOR_BLIND));
    shot(robot, detail.getScene(), "motifs-detail-colour-blind.png");
    robot.interact(() -> detail.getScene().getWindow().hide());
  }

  @Test
  void whileAModelTrainsFindIsDisabled(FxRobot robot) throws TimeoutException {
    WaitForAsyncUtils.waitFor(20, SECONDS, () -> viewModel.canFindBinding().get());
    assertFalse(robot.lookup("#findMotifs").query().isDisabled());

    robot.interact(() -> workspace.trainingProperty().set(true));

    assertTrue(robot.lookup("#findMotifs").query().isDisabled());
  }

  /** Saves the scene as a PNG when {@code -Dmwb.shots} names a folder. */
  private static void shot(FxRobot robot, Scene scene, String name) {
    String folder = System.getProperty("mwb.shots");
    if (folder == null || folder.isBlank()) {
      return;
    }
    robot.interact(
        () -> {
          try {
            Path dir = Files.createDirectories(Path.of(folder));
            ImageIO.write(
                SwingFXUtils.fromFXImage(scene.snapshot(null), null),
                "png",
                dir.resolve(name).toFile());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
