package org.motifworkbench.motif;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.motifworkbench.sequence.InvalidInputException;

class MemeFormatTest {

  static final Path JASPAR = MotifTestData.JASPAR_FILE;
  static final Path SMALL = MotifTestData.smallMeme();
  static final Path DOCUMENTED = MotifTestData.documentedFormat();

  private static void assertMeme(
      Motif m, String id, String altName, int width, int sites, double eValue, String url) {
    assertEquals(id, m.id());
    assertEquals(altName, m.altName());
    assertEquals(width, m.width());
    assertEquals(sites, m.sites(), id);
    assertEquals(eValue, m.eValue(), id);
    assertEquals(url, m.url(), id);
  }

  /** What a motif reads back as: rows scaled to sum 1, MEME's 20 sites and E = 0 when unknown. */
  private static Motif asWritten(Motif m) {
    Motif out = m.normalized();
    out = out.hasSites() ? out : out.withSites(20);
    return out.hasEValue() ? out : out.withEValue(0);
  }

  /** Same names, counts and URL; rows equal to the six decimals the writer keeps. */
  private static void assertSameMotif(Motif expected, Motif actual) {
    assertMeme(
        actual,
        expected.id(),
        expected.altName(),
        expected.width(),
        expected.sites(),
        expected.eValue(),
        expected.url());
    for (int p = 0; p < expected.width(); p++) {
      assertArrayEquals(expected.probabilities()[p], actual.probabilities()[p], 5e-7);
    }
  }

  @Test
  void readsJasparFile() {
    MemeFile file = MemeFormat.read(JASPAR);
    assertEquals(518, file.motifs().size());
    assertArrayEquals(new double[] {0.25, 0.25, 0.25, 0.25}, file.background(), 1e-12);
    Motif first = file.motifs().get(0);
    assertEquals("MA0002.2", first.id());
    assertEquals("RUNX1", first.altName());
    assertEquals(11, first.width());
    assertArrayEquals(new double[] {0.1435, 0.248, 0.348, 0.2605}, first.probabilities()[0], 1e-9);
    Motif ctcf = file.find("MA0139.1");
    assertEquals("CTCF", ctcf.altName());
    assertEquals(19, ctcf.width());
    assertEquals(ctcf, file.find("ctcf"));
  }

  @Test
  void readsSmallFileWithoutAltNames() {
    MemeFile file = MemeFormat.read(SMALL);
    assertEquals(12, file.motifs().size());
    Motif meox = file.motifs().get(0);
    assertEquals("MEOX1_homeodomain_1", meox.id());
    assertEquals("", meox.altName());
    assertEquals(10, meox.width());
    assertEquals("Hes1_MA1099.1", file.motifs().get(11).id());
  }

  @Test
  void roundTripKeepsNormalisedMotifsSiteCountsAndUrls() {
    for (Path path : new Path[] {JASPAR, SMALL}) {
      MemeFile original = MemeFormat.read(path);
      MemeFile again = MemeFormat.parse(MemeFormat.format(original.motifs()), "round-trip");
      assertEquals(original.motifs().size(), again.motifs().size());
      for (int i = 0; i < original.motifs().size(); i++) {
        assertSameMotif(asWritten(original.motifs().get(i)), again.motifs().get(i));
      }
    }
    Motif runx1 = MemeFormat.read(JASPAR).motifs().get(0);
    assertEquals(2000, runx1.sites());
    assertEquals(0, runx1.eValue());
    assertEquals("http://jaspar.genereg.net?ID=MA0002.2&rm=present&collection=CORE", runx1.url());
    Motif meox = MemeFormat.read(SMALL).motifs().get(0);
    assertEquals(200, meox.sites());
    assertTrue(Double.isNaN(meox.eValue()), "no E= in tangermeme's file");
  }

  /** Every field of the documented format is read: background, names, nsites, E, URL. */
  @Test
  void readsTheDocumentedFormat() {
    MemeFile file = MemeFormat.read(DOCUMENTED);
    assertArrayEquals(new double[] {0.303, 0.197, 0.197, 0.303}, file.background(), 0);
    List<Motif> motifs = file.motifs();
    assertEquals(4, motifs.size());
    assertMeme(motifs.get(0), "ACGCGTAA", "MEME-1", 8, 23, 2.4e-12, "");
    assertMeme(motifs.get(1), "2-TGASTCA", "STREME-2", 7, 131, 1.0e-3, "");
    assertMeme(
        motifs.get(2),
        "MA9999.1",
        "EXAMPLE",
        5,
        40,
        0,
        "http://jaspar.example.org/matrix/MA9999.1");
    assertMeme(motifs.get(3), "unnamed_4", "", 4, 0, Double.NaN, "");
    assertEquals("ACGCGTAA", motifs.get(0).consensus());
    assertArrayEquals(new double[] {0.1, 0.1, 0.1, 0.7}, motifs.get(2).probabilities()[0], 0);
  }

  /**
   * Written back, the documented file reads as the same motifs and background; a header without
   * nsites= and E= gets MEME's defaults (20 sites, E = 0); writing again changes nothing.
   */
  @Test
  void writesTheDocumentedFormatBackEqual() {
    MemeFile original = MemeFormat.read(DOCUMENTED);
    Background background =
        new Background(original.background(), "the example's training sequences");
    String text = MemeFormat.format(original.motifs(), background);
    assertTrue(
        text.contains(
            "\nBackground letter frequencies (from the example's training sequences):\n"
                + "A 0.303000 C 0.197000 G 0.197000 T 0.303000\n"),
        text);
    assertTrue(text.contains("\nMOTIF ACGCGTAA MEME-1\n"), text);
    assertTrue(text.contains(" w= 8 nsites= 23 E= 2.4e-12\n"), text);
    assertTrue(text.contains("\nURL http://jaspar.example.org/matrix/MA9999.1\n"), text);

    MemeFile again = MemeFormat.parse(text, "again.meme");
    assertArrayEquals(original.background(), again.background(), 0);
    assertEquals(original.motifs().size(), again.motifs().size());
    for (int i = 0; i < 4; i++) {
      assertSameMotif(asWritten(original.motifs().get(i)), again.motifs().get(i));
    }
    assertEquals(20, again.motifs().get(3).sites());
    assertEquals(text, MemeFormat.format(again.motifs(), background));
  }

  /**
   * A discovered motif was written "MOTIF discovered_1 support 1000" with nsites= 20, so readers
   * took "support" for its name and corrected for 20 sites; now the name stands alone and the
   * support is the site count.
   */
  @Test
  void discoveredMotifsKeepTheirNameAndSiteCount() {
    Motif found = new Motif("discovered_1", "", new double[][] {{1, 0, 0, 0}}).withSites(1000);
    String text = MemeFormat.format(List.of(found), Background.UNIFORM);
    assertTrue(text.contains("\nMOTIF discovered_1\n"), text);
    assertTrue(text.contains(" nsites= 1000 E= 0\n"), text);
    Motif read = MemeFormat.parse(text, "discovered.meme").motifs().get(0);
    assertEquals("discovered_1", read.displayName());
    assertEquals(1000, read.sites());
  }

  @Test
  void namesWithSpacesStayWhole() {
    Motif m = new Motif("my motif", " zinc finger 3 ", new double[][] {{0, 1, 0, 0}});
    String text = MemeFormat.format(List.of(m));
    assertTrue(text.contains("\nMOTIF my_motif zinc_finger_3\n"), text);
    Motif read = MemeFormat.parse(text, "t.meme").motifs().get(0);
    assertEquals("my_motif", read.id());
    assertEquals("zinc_finger_3", read.altName());
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, 4.1e-9, 1.2345e-300, 0.05, 12.5, 3e7})
  void eValuesReadBackExactly(double e) {
    Motif m = new Motif("m", "", new double[][] {{0, 0, 1, 0}}).withSites(7).withEValue(e);
    Motif read = MemeFormat.parse(MemeFormat.format(List.of(m)), "e.meme").motifs().get(0);
    assertEquals(e, read.eValue());
    assertEquals(7, read.sites());
  }

  @Test
  void dataBackgroundIsWrittenInsteadOfUniform() {
    Background data = Background.ofSequences(List.of("GGGCCCAT"), "one sequence");
    String text =
        MemeFormat.format(List.of(new Motif("m", "", new double[][] {{1, 0, 0, 0}})), data);
    assertTrue(
        text.contains(
            "Background letter frequencies (from one sequence, both strands):\n"
                + "A 0.125000 C 0.375000 G 0.375000 T 0.125000\n"),
        text);
    assertArrayEquals(
        new double[] {0.125, 0.375, 0.375, 0.125},
        MemeFormat.parse(text, "b.meme").background(),
        0);
  }

  @Test
  void writerNormalisesRows() {
    Motif raw = new Motif("m1", "", new double[][] {{1, 1, 1, 1}, {0.5, 0, 0, 0}});
    Motif read = MemeFormat.parse(MemeFormat.format(List.of(raw)), "x").motifs().get(0);
    assertArrayEquals(new double[] {0.25, 0.25, 0.25, 0.25}, read.probabilities()[0], 1e-9);
    assertArrayEquals(new double[] {1, 0, 0, 0}, read.probabilities()[1], 1e-9);
  }

  @Test
  void errorsNameFileAndLine() {
    String text =
        "MEME version 4\n\nMOTIF m1 one\nletter-probability matrix: alength= 4 w= 2\n"
            + "0.25 0.25 0.25 0.25\n0.5 0.5 x 0\n";
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> MemeFormat.parse(text, "bad.meme"));
    assertEquals(6, e.location().line());
    assertTrue(e.getMessage().startsWith("bad.meme:6: "), e.getMessage());

    String shortRow = text.replace("0.5 0.5 x 0", "0.5 0.5");
    e = assertThrows(InvalidInputException.class, () -> MemeFormat.parse(shortRow, "bad.meme"));
    assertEquals(6, e.location().line());

    String counts = text.replace("0.5 0.5 x 0", "5 3 1 1");
    e = assertThrows(InvalidInputException.class, () -> MemeFormat.parse(counts, "bad.meme"));
    assertTrue(e.getMessage().contains("outside 0..1"), e.getMessage());

    e = assertThrows(InvalidInputException.class, () -> MemeFormat.parse(">seq\nACGT", "a.fa"));
    assertEquals(1, e.location().line());
  }

  @Test
  void truncatedMatrixIsAnError() {
    String text =
        "MEME version 4\nMOTIF m1\nletter-probability matrix: alength= 4 w= 3\n"
            + "0.25 0.25 0.25 0.25\n";
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> MemeFormat.parse(text, "t.meme"));
    assertTrue(e.getMessage().contains("only 1"), e.getMessage());
  }

  @Test
  void matrixWithoutWidthEndsAtBlankLine() throws Exception {
    String text =
        "MEME version 4\nMOTIF m1\nletter-probability matrix: alength= 4\n"
            + "0.25 0.25 0.25 0.25\n1 0 0 0\n\nMOTIF m2\nletter-probability matrix:\n0 0 0 1\n";
    MemeFile file = MemeFormat.parse(text, "t.meme");
    assertEquals(2, file.motifs().get(0).width());
    assertEquals("T", file.motifs().get(1).consensus());
  }

  @Test
  void unknownMotifNameListsExamples() {
    MemeFile file = MemeFormat.read(SMALL);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> file.find("NOPE"));
    assertTrue(e.getMessage().contains("MEOX1_homeodomain_1"), e.getMessage());
    assertTrue(Files.exists(JASPAR));
  }
}
