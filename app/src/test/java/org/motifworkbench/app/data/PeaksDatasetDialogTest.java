package org.motifworkbench.app.data;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.app.background.FxBackgroundRunner;
import org.motifworkbench.app.dialog.RecordingDialogService;
import org.motifworkbench.app.session.DataSummary.ClassSummary;
import org.motifworkbench.genome.SyntheticGenome;
import org.motifworkbench.peaks.Background;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "From peaks and a genome..." on the Data screen headless (Monocle): a synthetic genome and its
 * peaks are chosen through the (scripted) file choosers, the dialog makes the data set, shows the
 * report, and the Data screen opens the written FASTA with both classes.
 */
@ExtendWith(ApplicationExtension.class)
class PeaksDatasetDialogTest {

  private static final String STYLESHEET = "/org/motifworkbench/app/assets/workbench.css";

  @TempDir Path dir;
  private final FxBackgroundRunner runner = new FxBackgroundRunner(1);
  private final RecordingDialogService dialogs = new RecordingDialogService();
  private DataViewModel viewModel;

  @Start
  void start(Stage stage) {
    viewModel = new DataViewModel(runner, new SampleLibrary(Path.of("no-samples-here")));
    Scene scene = new Scene(new DataView(viewModel, dialogs).root(), 1100, 760);
    scene
        .getStylesheets()
        .add(PeaksDatasetDialogTest.class.getResource(STYLESHEET).toExternalForm());
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void close() throws TimeoutException {
    runner.close();
    FxToolkit.cleanupStages();
  }

  @Test
  void peaksAndAGenomeBecomeTheOpenedDataSetWithItsReport(FxRobot robot)
      throws IOException, TimeoutException {
    SyntheticGenome g = SyntheticGenome.generate(5, 2, 60_000, 30);
    Path genome = dir.resolve("genome.fa");
    g.writeFasta(genome);
    Path peaks = dir.resolve("ctcf.narrowPeak");
    g.writeNarrowPeak(peaks);

    robot.clickOn("#moreWays");
    robot.clickOn("#fromPeaks");
    WaitForAsyncUtils.waitForFxEvents();
    Button make = robot.lookup("#makeDataset").queryButton();
    assertTrue(make.isDisabled(), "nothing chosen yet");
    assertEquals(
        "Choose the peak file.", robot.lookup("#peaksProblem").queryAs(Label.class).getText());

    dialogs.willChoose(peaks);
    robot.clickOn("#peaksFileBrowse");
    dialogs.willChoose(genome);
    robot.clickOn("#genomeFileBrowse");
    robot.doubleClickOn("#peaksWidth").write("180");
    ComboBox<Background> background = robot.lookup("#peaksBackground").query();
    assertEquals(Background.GC_MATCHED, background.getValue(), "the usual ChIP-seq choice");
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(!make.isDisabled(), robot.lookup("#peaksProblem").queryAs(Label.class).getText());

    robot.clickOn(make);
    WaitForAsyncUtils.waitFor(
        30, SECONDS, () -> viewModel.getData() != null && !viewModel.isLoading());
    WaitForAsyncUtils.waitForFxEvents();

    String report = robot.lookup("#peaksReport").queryAs(TextArea.class).getText();
    assertTrue(report.contains("Peaks read: 64 (narrowPeak)"), report);
    assertTrue(
        report.contains("Written: 60 peak windows, 60 background windows (gc-matched)"), report);
    assertTrue(report.contains("2 running off a chromosome, 2 with more than 10% N"), report);
    assertTrue(report.contains("GC histogram"), report);
    assertEquals(
        "Wrote 60 peak and 60 background windows to ctcf-dataset.fa.",
        robot.lookup("#peaksStatus").queryAs(Label.class).getText());
    assertTrue(Files.exists(dir.resolve("ctcf-dataset.fa")));
    List<ClassSummary> classes = viewModel.getData().summary().classes();
    assertEquals(List.of("background", "peak"), classes.stream().map(ClassSummary::name).toList());
    assertEquals(List.of(60, 60), classes.stream().map(ClassSummary::sequences).toList());
    assertEquals(
        List.of(
            "open: Open the peaks (BED or MACS2 narrowPeak)",
            "open: Open the reference genome (FASTA)"),
        dialogs.shown);
    robot.interact(() -> robot.lookup("#peaksDatasetDialog").query().getScene().getWindow().hide());
  }
}
