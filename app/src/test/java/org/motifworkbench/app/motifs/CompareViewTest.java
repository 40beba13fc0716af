package org.motifworkbench.app.motifs;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.app.background.FxBackgroundRunner;
import org.motifworkbench.app.data.SampleLibrary;
import org.motifworkbench.app.dialog.RecordingDialogService;
import org.motifworkbench.app.session.OpenedData;
import org.motifworkbench.app.session.Workspace;
import org.motifworkbench.motif.MotifMatch;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Compare a MEME file..." on the Motifs screen headless (Monocle), no model needed: the chooser
 * (scripted) returns a fixture with CTCF's reverse complement and a GATA-like motif, and their
 * matches in the bundled JASPAR collection appear as tiles in the results window.
 */
@ExtendWith(ApplicationExtension.class)
class CompareViewTest {

  private static final String STYLESHEET = "/org/motifworkbench/app/assets/workbench.css";

  private final FxBackgroundRunner engine = new FxBackgroundRunner(1);
  private final FxBackgroundRunner files = new FxBackgroundRunner(1);
  private final RecordingDialogService dialogs = new RecordingDialogService();
  private MotifsViewModel viewModel;

  @Start
  void start(Stage stage) {
    Workspace workspace = new Workspace(new ReadOnlyObjectWrapper<OpenedData>());
    viewModel =
        new MotifsViewModel(
            engine,
            files,
            Platform::runLater,
            workspace,
            new SampleLibrary(PrimerModel.SAMPLES).motifDatabase());
    Scene scene = new Scene(new MotifsView(viewModel, dialogs).root(), 1200, 800);
    scene.getStylesheets().add(CompareViewTest.class.getResource(STYLESHEET).toExternalForm());
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
  void comparingAMemeFileShowsEachMotifWithItsMatches(FxRobot robot)
      throws TimeoutException, URISyntaxException {
    Button compare = robot.lookup("#compareMeme").queryButton();
    assertEquals("Compare a MEME file...", compare.getText());
    WaitForAsyncUtils.waitFor(20, SECONDS, () -> !compare.isDisabled());
    dialogs.willChoose(Path.of(CompareViewTest.class.getResource("compare-queries.meme").toURI()));

    robot.clickOn(compare);
    WaitForAsyncUtils.waitFor(30, SECONDS, () -> viewModel.compare().results().size() == 2);
    WaitForAsyncUtils.waitForFxEvents();

    assertEquals(
        List.of("open: Compare the motifs of a MEME file with " + MotifsViewModel.BUNDLED_DATABASE),
        dialogs.shown);
    DialogPane results = robot.lookup("#compareResults").queryAs(DialogPane.class);
    assertEquals(
        "Motifs of compare-queries.meme compared with " + MotifsViewModel.BUNDLED_DATABASE,
        results.getHeaderText());
    FlowPane tiles = robot.from(results).lookup("#comparedTiles").queryAs(FlowPane.class);
    assertEquals(2, tiles.getChildren().size());
    Node ctcf = tiles.getChildren().get(0);
    assertEquals("tile-homer_1", ctcf.getId());
    assertTrue(
        robot
            .from(ctcf)
            .lookup((Label l) -> "MA0139.1 CTCF".equals(l.getText()))
            .tryQuery()
            .isPresent(),
        "CTCF listed on the tile of its reverse complement");
    MotifMatch best = viewModel.compare().results().get(0).matches().get(0);
    assertEquals("MA0139.1", best.targetId());
    assertEquals('-', best.strand());
    assertFalse(viewModel.compare().isRunning());

    robot.clickOn(ctcf);
    WaitForAsyncUtils.waitForFxEvents();

    DialogPane detail = robot.lookup("#motifDetail").queryAs(DialogPane.class);
    assertEquals("homer_1 CTCF-rc", detail.getHeaderText());
    TableView<?> matches = robot.from(detail).lookup("#matchTable").queryAs(TableView.class);
    assertEquals(MotifsViewModel.MATCHES_KEPT, matches.getItems().size());
    assertEquals("p-value", matches.getColumns().get(2).getText());
    robot.interact(() -> detail.getScene().getWindow().hide());
    robot.interact(() -> results.getScene().getWindow().hide());
  }

  @Test
  void aBadFileShowsTheErrorAndNoEmptyResultsWindow(FxRobot robot, @TempDir Path dir)
      throws TimeoutException, IOException {
    Path broken = dir.resolve("broken.meme");
    Files.writeString(broken, "MOTIF m1\nletter-probability matrix: alength= 4 w= 1\n");
    WaitForAsyncUtils.waitFor(
        20, SECONDS, () -> !robot.lookup("#compareMeme").queryButton().isDisabled());
    dialogs.willChoose(broken);

    robot.clickOn("#compareMeme");
    WaitForAsyncUtils.waitFor(20, SECONDS, () -> dialogs.shown.size() == 2);
    WaitForAsyncUtils.waitForFxEvents();

    assertEquals(
        "error: Could not compare the motifs | Could not compare the motifs: "
            + broken
            + ":1: this is not a MEME motif file: it should start with 'MEME version 4'."
            + " Export the motifs in MEME format (e.g. from JASPAR or MEME Suite).",
        dialogs.shown.get(1));
    assertTrue(robot.lookup("#compareResults").tryQuery().isEmpty(), "no empty results window");
  }
}
