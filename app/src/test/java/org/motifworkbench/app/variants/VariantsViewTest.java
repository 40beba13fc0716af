package org.motifworkbench.app.variants;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.app.background.FxBackgroundRunner;
import org.motifworkbench.app.dialog.RecordingDialogService;
import org.motifworkbench.app.figure.FigureExport;
import org.motifworkbench.bundle.ModelBundle;
import org.motifworkbench.genome.SyntheticGenome;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Variants view in its own stage, headless (Monocle), on a synthetic genome, a model trained on
 * chr1's sites and a VCF written here: choose the files, Score, the table comes sorted by delta
 * (most negative first, a site-breaking SNV), a click on it shows both tracks and the mutagenesis
 * strip. With {@code -Dmwb.shots=<folder>} it saves variants-view.png.
 */
@ExtendWith(ApplicationExtension.class)
class VariantsViewTest {

  private static final String STYLESHEET = "/org/motifworkbench/app/assets/workbench.css";

  @TempDir static Path dir;

  private static GenomeModel fixture;
  private static ModelBundle bundle;
  private static Path vcf;

  private final FxBackgroundRunner engine = new FxBackgroundRunner(1);
  private final FxBackgroundRunner files = new FxBackgroundRunner(1);
  private final RecordingDialogService dialogs = new RecordingDialogService();
  private VariantsViewModel viewModel;
  private VariantsView view;

  @BeforeAll
  static void trainAndWriteVcf() throws IOException {
    fixture = GenomeModel.create(dir);
    bundle = ModelBundle.load(fixture.model());
    String chr2 = fixture.genome().bases("chr2");
    StringBuilder text =
        new StringBuilder("##fileformat=VCFv4.2\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n");
    List<SyntheticGenome.Site> sites = fixture.genome().sites("chr2");
    for (int i = 0; i < 6; i++) {
      SyntheticGenome.Site s = sites.get(i * 10);
      long at = s.strand() == '+' ? s.start() + 6 : s.end() - 7;
      String ref = base(chr2, at);
      text.append(line("site" + i, at, ref, ref.equals("G") ? "T" : "A"));
      long calm = s.end() + 150;
      String calmRef = base(chr2, calm);
      text.append(line("calm" + i, calm, calmRef, calmRef.equals("A") ? "G" : "A"));
    }
    long calm = sites.get(3).end() + 180;
    text.append(line("indel", calm, base(chr2, calm), base(chr2, calm) + "AT"));
    vcf = dir.resolve("variants.vcf");
    Files.writeString(vcf, text);
  }

  private static String base(String chr, long at0) {
    return String.valueOf(Character.toUpperCase(chr.charAt((int) at0)));
  }

  private static String line(String id, long at0, String ref, String alt) {
    return String.join("\t", "chr2", Long.toString(at0 + 1), id, ref, alt, ".", ".", ".") + "\n";
  }

  @AfterAll
  static void release() {
    bundle.close();
  }

  @Start
  void start(Stage stage) {
    viewModel = new VariantsViewModel(() -> bundle, engine, Platform::runLater);
    view = new VariantsView(viewModel, new FigureExport(files, dialogs), dialogs);
    Scene scene = new Scene(view.root(), 1200, 800);
    scene.getStylesheets().add(VariantsViewTest.class.getResource(STYLESHEET).toExternalForm());
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
  void scoreSortsByDeltaAndAClickShowsBothTracks(FxRobot robot) throws TimeoutException {
    dialogs.willChoose(fixture.fasta()).willChoose(vcf);
    robot.clickOn("#chooseGenome");
    robot.clickOn("#chooseVcf");
    assertEquals(fixture.fasta(), viewModel.genomeProperty().get());
    assertEquals(vcf, viewModel.vcfProperty().get());

    robot.clickOn("#scoreVariants");
    WaitForAsyncUtils.waitFor(60, SECONDS, () -> !viewModel.effects().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(
        viewModel.summaryProperty().get().startsWith("12 of 13 alleles scored; skipped: indel 1"),
        viewModel.summaryProperty().get());

    TableView<VariantRow> table = view.table();
    assertEquals(13, table.getItems().size());
    // Most negative first: the six site-breaking SNVs, then the calm ones, the indel last.
    for (int i = 0; i < 6; i++) {
      assertTrue(table.getItems().get(i).id().startsWith("site"), table.getItems().toString());
    }
    assertEquals("indel", table.getItems().get(12).id());
    VariantRow first = table.getItems().get(0);
    assertTrue(first.delta() < -1, first.toString());

    robot.interact(() -> viewModel.statusFilterProperty().set("skipped: indel"));
    assertEquals(1, table.getItems().size());
    robot.interact(() -> viewModel.statusFilterProperty().set(VariantsViewModel.ALL));
    assertEquals(13, table.getItems().size());

    robot.interact(() -> table.getSelectionModel().select(0));
    WaitForAsyncUtils.waitFor(60, SECONDS, () -> viewModel.comparisonProperty().get() != null);
    WaitForAsyncUtils.waitForFxEvents();
    VariantComparison c = viewModel.comparisonProperty().get();
    assertEquals(first.effect(), c.effect());
    assertTrue(view.tracks().figure() instanceof VariantTracksFigure);
    assertTrue(view.tracks().paints() > 0);
    assertTrue(view.heatMap().figure() != null);
    assertEquals(GenomeModel.LENGTH, c.reference().length());
    assertEquals(
        c.window().ref().substring(0, 30) + first.effect().alt() + c.window().ref().substring(31),
        c.alternative().sequence());
    assertTrue(
        viewModel.noteProperty().get().startsWith(first.position() + " " + first.change()),
        viewModel.noteProperty().get());
    // The reference scores the class higher than the alternative, as the table says.
    assertTrue(c.reference().score() > c.alternative().score(), c.toString());
    assertEquals(first.effect().refScore(), c.reference().score(), 1e-3);
    shot(robot, view.root().getScene(), "variants-view.png");

    Path saved = dir.resolve("saved.tsv");
    dialogs.willChoose(saved);
    robot.clickOn("#saveEffects");
    WaitForAsyncUtils.waitFor(20, SECONDS, () -> Files.exists(saved));
    WaitForAsyncUtils.waitFor(20, SECONDS, () -> lines(saved).size() == 14);
    assertTrue(lines(saved).get(0).startsWith("id\tchrom\tpos\tref\talt\tref_score"));
    assertEquals(
        String.format(Locale.ROOT, "%.4f", first.delta()),
        lines(saved).stream()
            .filter(l -> l.startsWith(first.id() + "\t"))
            .findFirst()
            .orElseThrow()
            .split("\t")[7]);
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      return List.of();
    }
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
            Path out = Files.createDirectories(Path.of(folder));
            ImageIO.write(
                SwingFXUtils.fromFXImage(scene.snapshot(null), null),
                "png",
                out.resolve(name).toFile());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
