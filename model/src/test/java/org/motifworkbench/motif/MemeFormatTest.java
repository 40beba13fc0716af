package org.motifworkbench.motif;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.motifworkbench.sequence.InvalidInputException;

class MemeFormatTest {

  static final Path JASPAR = MotifTestData.JASPAR_FILE;
  static final Path SMALL = MotifTestData.smallMeme();

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
  void roundTripKeepsNormalisedMotifs() {
    for (Path path : new Path[] {JASPAR, SMALL}) {
      MemeFile original = MemeFormat.read(path);
      MemeFile again = MemeFormat.parse(MemeFormat.format(original.motifs()), "round-trip");
      assertEquals(original.motifs().size(), again.motifs().size());
      for (int i = 0; i < original.motifs().size(); i++) {
        Motif a = original.motifs().get(i).normalized();
        Motif b = again.motifs().get(i);
        assertEquals(a.id(), b.id());
        assertEquals(a.altName(), b.altName());
        for (int p = 0; p < a.width(); p++) {
          assertArrayEquals(a.probabilities()[p], b.probabilities()[p], 1e-6);
        }
      }
    }
  }

  @Test
  void writerNormalisesRows() {
    Motif raw = new Motif("m1", "", new double[][] {{1, 1, 1, 1}, {0.5, 0, 0, 0}});
    Motif read = MemeFormat.parse(MemeFormat.format(java.util.List.of(raw)), "x").motifs().get(0);
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
