package org.motifworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mwb figure saliency} with attribution logos and regions, and the agreement section of
 * {@code mwb explain}, on a small model trained once.
 */
class AttributionFiguresTest {

  @TempDir static Path shared;
  @TempDir Path dir;

  private static Path model;
  private static Path fasta;

  @BeforeAll
  static void trainTinyModel() {
    Path good = shared.resolve("good.fa");
    assertEquals(
        0,
        MainTest.run("simulate", "primer", "-n", "300", "--seed", "4", "-o", good.toString())
            .code());
    model = shared.resolve("tiny.mwb");
    MainTest.Run train =
        MainTest.run(
            "train",
            "-f",
            good.toString(),
            "--preset",
            "teaching",
            "--epochs",
            "2",
            "-o",
            model.toString());
    assertEquals(0, train.code(), train.err());
  }

  /** A 30-base sequence (padded with N to the model's 50) and a full-length one. */
  private Path sequences() throws IOException {
    fasta = dir.resolve("two.fa");
    Files.writeString(
        fasta, ">short\nTTGACAATTAATCATCGGCTCGTATAATGT\n>full\n" + "ACGTTGCA".repeat(6) + "AC\n");
    return fasta;
  }

  @Test
  void logoFiguresShowTheBasesNotThePaddingNumberedAsTheInput() throws Exception {
    Path figures = dir.resolve("figs");
    MainTest.Run r =
        MainTest.run(
            "figure",
            "saliency",
            "-m",
            model.toString(),
            "-i",
            sequences().toString(),
            "--ids",
            "short",
            "--style",
            "bars,logo",
            "--format",
            "pdf",
            "--width-mm",
            "85",
            "-o",
            figures.toString());
    assertEquals(0, r.code(), r.err());
    for (String name : List.of("saliency-short", "attribution-logo-short", "mutagenesis-short")) {
      assertTrue(Files.isRegularFile(figures.resolve(name + ".pdf")), name + "\n" + r.out());
    }
    List<String> words = new ArrayList<>();
    List<TextPosition> text = text(figures.resolve("attribution-logo-short.pdf"), words);
    // the 30 bases are numbered 1-30: ruler ticks up to 30, nothing of the 20 N of padding
    assertTrue(words.contains("30"), words.toString());
    assertFalse(words.contains("40") || words.contains("50"), words.toString());
    // rotated text comes back in pieces ("gr", "ad", ...)
    assertTrue(String.join("", words).contains("gradient"), "the axis names the method " + words);
    for (TextPosition t : text) {
      assertTrue(
          t.getFontSizeInPt() >= 5,
          "'" + t.getUnicode() + "' at " + t.getFontSizeInPt() + " pt, under 5 pt at 85 mm");
    }
  }

  @Test
  void aRegionIsGivenInTheInputsNumbersAndRefusedOutsideIt() throws Exception {
    Path figures = dir.resolve("figs");
    MainTest.Run zoomed =
        MainTest.run(
            "figure",
            "saliency",
            "-m",
            model.toString(),
            "-i",
            sequences().toString(),
            "--ids",
            "full",
            "--style",
            "logo",
            "--from",
            "21",
            "--to",
            "40",
            "--format",
            "svg",
            "-o",
            figures.toString());
    assertEquals(0, zoomed.code(), zoomed.err());
    assertFalse(Files.exists(figures.resolve("saliency-full.svg")), "--style logo alone");
    String svg = Files.readString(figures.resolve("attribution-logo-full.svg"));
    assertTrue(svg.contains(">40<") && !svg.contains(">10<"), "ticks of 21-40 only");

    MainTest.Run outside =
        MainTest.run(
            "figure",
            "saliency",
            "-m",
            model.toString(),
            "-i",
            fasta.toString(),
            "--ids",
            "short",
            "--from",
            "25",
            "--to",
            "45",
            "-o",
            figures.toString());
    assertNotEquals(0, outside.code());
    assertTrue(
        outside.err().contains("Positions 25-45 are not a region of short: it has bases 1-30"),
        outside.err());
    assertFalse(outside.err().contains("Exception"), outside.err());

    MainTest.Run strongest =
        MainTest.run(
            "figure",
            "saliency",
            "-m",
            model.toString(),
            "-i",
            fasta.toString(),
            "--ids",
            "full",
            "--around-strongest",
            "12",
            "--style",
            "logo",
            "--format",
            "svg",
            "-o",
            dir.resolve("strongest").toString());
    assertEquals(0, strongest.code(), strongest.err());

    MainTest.Run badStyle =
        MainTest.run(
            "figure",
            "saliency",
            "-m",
            model.toString(),
            "-i",
            fasta.toString(),
            "--style",
            "dots",
            "-o",
            figures.toString());
    assertTrue(badStyle.err().contains("Unknown --style 'dots'"), badStyle.err());
    MainTest.Run both =
        MainTest.run(
            "figure",
            "saliency",
            "-m",
            model.toString(),
            "-i",
            fasta.toString(),
            "--from",
            "3",
            "-o",
            figures.toString());
    assertTrue(both.err().contains("Give --from and --to together"), both.err());
  }

  @Test
  void explainPrintsHowFarTheMethodsAgreeAndKeepsItsTable() throws Exception {
    Path out = dir.resolve("explained.tsv");
    MainTest.Run r =
        MainTest.run(
            "explain",
            "-m",
            model.toString(),
            "-i",
            sequences().toString(),
            "--length-policy",
            "center",
            "-o",
            out.toString());
    assertEquals(0, r.code(), r.err());
    List<String> lines = Arrays.asList(r.out().split("\\R"));
    int header =
        lines.indexOf(
            "id\tgradient_x_input_vs_integrated_gradients\tgradient_x_input_vs_mutagenesis"
                + "\tintegrated_gradients_vs_mutagenesis\tverdict");
    assertTrue(header > 0, r.out());
    for (int i = 1; i <= 2; i++) {
      String[] cells = lines.get(header + i).split("\t");
      assertEquals(5, cells.length, lines.get(header + i));
      assertEquals(i == 1 ? "short" : "full", cells[0]);
      for (int c = 1; c <= 3; c++) {
        double rho = Double.parseDouble(cells[c]);
        assertTrue(rho >= -1 && rho <= 1, cells[c]);
      }
      assertTrue(List.of("agree", "disagree").contains(cells[4]), cells[4]);
    }
    List<String> table = Files.readAllLines(out);
    assertTrue(table.get(0).startsWith("id\tmethod\tclass\tposition_1based"), table.get(0));
    assertEquals(1 + 30 + 50, table.size(), "the chosen method's rows; padding has none");

    MainTest.Run quiet =
        MainTest.run(
            "explain",
            "-m",
            model.toString(),
            "-i",
            fasta.toString(),
            "--no-agreement",
            "--length-policy",
            "center",
            "-o",
            dir.resolve("quiet.tsv").toString());
    assertEquals(0, quiet.code(), quiet.err());
    assertFalse(quiet.out().contains("Agreement"), quiet.out());
  }

  /**
   * The characters of a PDF's text with their positions and sizes; its words into {@code words}.
   */
  private static List<TextPosition> text(Path pdf, List<String> words) throws IOException {
    List<TextPosition> out = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
              out.addAll(positions);
              words.add(text);
            }
          };
      stripper.getText(doc);
    }
    return out;
  }
}
