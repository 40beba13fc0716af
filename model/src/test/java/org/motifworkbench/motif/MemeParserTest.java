package org.motifworkbench.motif;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.motifworkbench.sequence.InvalidInputException;

/** Every matrix value is checked, no row is dropped, and each error names the row's own line. */
class MemeParserTest {

  /** Lines 1-7: the header; the motif's header is line 9 and its rows start at line 10. */
  private static final String HEAD =
      "MEME version 4\n\nALPHABET= ACGT\n\n"
          + "Background letter frequencies\nA 0.25 C 0.25 G 0.25 T 0.25\n\n"
          + "MOTIF m1 one\nletter-probability matrix: alength= 4 w= 2 nsites= 20 E= 0\n";

  private static final String NEXT =
      "\nMOTIF m2 two\nletter-probability matrix: alength= 4 w= 1\n" + "1 0 0 0\n";

  @TempDir Path dir;

  private static InvalidInputException refused(String text) {
    return assertThrows(InvalidInputException.class, () -> MemeFormat.parse(text, "db.meme"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "NaN | the probability of A in motif m1 is NaN, outside 0..1",
        "nan | the probability of A in motif m1 is nan, outside 0..1",
        "Infinity | the probability of A in motif m1 is Infinity, outside 0..1",
        "inf | the probability of A in motif m1 is inf, outside 0..1",
        "-0.5 | the probability of A in motif m1 is -0.5, outside 0..1",
        "1.5 | the probability of A in motif m1 is 1.5, outside 0..1",
        "0x1p-1 | '0x1p-1' is not a number",
      })
  void everyValueOfARowIsAProbability(String value, String message) {
    InvalidInputException e =
        refused(HEAD + "0.25 0.25 0.25 0.25\n" + value + " 0.5 0.25 0.25\n" + NEXT);
    assertEquals(11, e.location().line(), "the row's own line");
    assertTrue(e.getMessage().startsWith("db.meme:11: "), e.getMessage());
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void moreRowsThanTheWidthAreRefusedAtTheFirstExtraRow() {
    InvalidInputException e = refused(HEAD + "0.25 0.25 0.25 0.25\n1 0 0 0\n0 1 0 0\n" + NEXT);
    assertEquals(12, e.location().line());
    assertTrue(
        e.getMessage()
            .contains(
                "motif m1 has more matrix rows than the 2 its header (line" + " 9) gives with w="),
        e.getMessage());
  }

  @Test
  void rowsAfterABlankLineAreNotDropped() {
    InvalidInputException e = refused(HEAD + "0.25 0.25 0.25 0.25\n1 0 0 0\n\n0 1 0 0\n" + NEXT);
    assertEquals(13, e.location().line());
    assertTrue(
        e.getMessage().contains("a matrix row follows the end of motif m1's matrix"),
        e.getMessage());
  }

  @Test
  void tooFewRowsPointAtTheLastRowNotAtTheNextMotif() {
    InvalidInputException e = refused(HEAD + "0.25 0.25 0.25 0.25\n" + NEXT);
    assertEquals(10, e.location().line(), "the last row of m1, not the MOTIF m2 line");
    assertTrue(
        e.getMessage()
            .contains("motif m1 has only 1 matrix row, but its header (line 9)" + " says w= 2"),
        e.getMessage());
  }

  @Test
  void aShortRowIsNamedAtItsOwnLine() {
    InvalidInputException e = refused(HEAD + "0.25 0.25 0.25 0.25\n0.5 0.5\n" + NEXT);
    assertEquals(11, e.location().line());
    assertTrue(e.getMessage().contains("has 2 numbers instead of 4"), e.getMessage());
  }

  @Test
  void aMotifWithoutMatrixIsNotDroppedSilently() {
    InvalidInputException e =
        refused(
            "MEME version 4\n\nMOTIF lost\n\nMOTIF m2\n"
                + "letter-probability matrix: alength= 4 w= 1\n1 0 0 0\n");
    assertEquals(3, e.location().line());
    assertTrue(
        e.getMessage().contains("motif lost has no 'letter-probability matrix'"), e.getMessage());
  }

  @ParameterizedTest(name = "w= {0}")
  @CsvSource({"0", "-2", "2.5", "NaN", "99999999999"})
  void theWidthIsAPositiveWholeNumber(String width) {
    InvalidInputException e =
        refused(HEAD.replace("w= 2", "w= " + width) + "0.25 0.25 0.25 0.25\n1 0 0 0\n");
    assertEquals(9, e.location().line());
    assertTrue(e.getMessage().contains("w= " + width + " is not a motif width"), e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "nsites= -3 E= 0 | nsites= -3 is not a number of sites",
        "nsites= many E= 0 | nsites= many is not a number of sites",
        "nsites= NaN E= 0 | nsites= NaN is not a number of sites",
        "nsites= 20 E= -1 | E= -1 is not an E-value",
        "nsites= 20 E= low | E= low is not an E-value",
        "nsites= 20 E= inf | E= inf is not an E-value",
      })
  void siteCountsAndEValuesAreChecked(String keys, String message) {
    InvalidInputException e =
        refused(HEAD.replace("nsites= 20 E= 0", keys) + "0.25 0.25 0.25 0.25\n1 0 0 0\n");
    assertEquals(9, e.location().line());
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void fractionalSiteCountsAreRounded() {
    MemeFile file =
        MemeFormat.parse(
            HEAD.replace("nsites= 20 E= 0", "nsites= 19.6 E= 1e-5")
                + "0.25 0.25 0.25 0.25\n1 0 0 0\n",
            "db.meme");
    assertEquals(20, file.motifs().get(0).sites());
    assertEquals(1e-5, file.motifs().get(0).eValue());
  }

  /**
   * MEME puts the URL after the matrix; one between MOTIF line and matrix belongs to that motif
   * too, and one before any motif (or a word merely starting with URL) belongs to none.
   */
  @Test
  void urlLinesBelongToTheirMotif() {
    String text =
        "MEME version 4\nURL http://nobody.example\n"
            + "MOTIF m1\nletter-probability matrix: w= 1\n1 0 0 0\n\nURL http://one.example\n\n"
            + "MOTIF m2\nURL  http://two.example \nletter-probability matrix:\n0 1 0 0\n"
            + "URLs are not URL lines\n";
    MemeFile file = MemeFormat.parse(text, "urls.meme");
    assertEquals("http://one.example", file.motifs().get(0).url());
    assertEquals("http://two.example", file.motifs().get(1).url());
  }

  @Test
  void withoutSiteCountOrEValueTheyAreUnknown() {
    Motif m =
        MemeFormat.parse(NEXT.replace("\nMOTIF", "MEME version 4\nMOTIF"), "x").motifs().get(0);
    assertEquals(0, m.sites());
    assertTrue(Double.isNaN(m.eValue()));
    assertEquals("", m.url());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "A 0.25 C 0.25 G NaN T 0.25 | the background frequency of G is NaN",
        "A 0.5 C 0.5 G 0.5 T 0.5 | add up to 2.0 instead of 1",
        "A 0.25 C 0.25 G 0.25 X 0.25 | have no value for T",
      })
  void theBackgroundIsChecked(String line, String message) {
    InvalidInputException e =
        refused(
            HEAD.replace("A 0.25 C 0.25 G 0.25 T 0.25", line) + "0.25 0.25 0.25 0.25\n1 0 0 0\n");
    assertEquals(6, e.location().line());
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  /** MEME lets the letter-value pairs go on over several lines; an error names the value's line. */
  @Test
  void theBackgroundMayTakeSeveralLines() {
    String twoLines = HEAD.replace("C 0.25 G 0.25 T 0.25", "C 0.2\nG 0.2 T 0.35");
    MemeFile file = MemeFormat.parse(twoLines + "0.25 0.25 0.25 0.25\n1 0 0 0\n", "db.meme");
    assertArrayEquals(new double[] {0.25, 0.2, 0.2, 0.35}, file.background(), 0);
    assertEquals(2, file.motifs().get(0).width());

    String bad = twoLines.replace("T 0.35", "T x");
    InvalidInputException e = refused(bad + "0.25 0.25 0.25 0.25\n1 0 0 0\n");
    assertEquals(7, e.location().line());
    assertTrue(e.getMessage().contains("'x' is not a number"), e.getMessage());
  }

  @Test
  void aWellFormedFileStillReads() {
    MemeFile file = MemeFormat.parse(HEAD + "0.25 0.25 0.25 0.25\n1 0 0 0\n" + NEXT, "db.meme");
    assertEquals(2, file.motifs().size());
    assertEquals(2, file.motifs().get(0).width());
    assertArrayEquals(new double[] {1, 0, 0, 0}, file.motifs().get(0).probabilities()[1]);
    assertEquals("A", file.motifs().get(1).consensus());
  }

  @Test
  void theShippedJasparFileReadsWhole() {
    MemeFile file =
        MemeFormat.read(Path.of("../samples/motif-databases/JASPAR_CORE_2016_vertebrates.meme"));
    assertEquals(518, file.motifs().size());
  }

  @Test
  void missingFoldersAndEmptyFilesAreNamed() throws Exception {
    Path missing = dir.resolve("missing.meme");
    assertEquals(
        missing
            + ": the file does not exist. Check the name and folder, then choose it"
            + " again.",
        assertThrows(InvalidInputException.class, () -> MemeFormat.read(missing)).getMessage());
    assertTrue(
        assertThrows(InvalidInputException.class, () -> MemeFormat.read(dir))
            .getMessage()
            .endsWith("this is a folder, not a file. Choose a MEME motif file inside it."));
    Path empty = Files.createFile(dir.resolve("empty.meme"));
    assertTrue(
        assertThrows(InvalidInputException.class, () -> MemeFormat.read(empty))
            .getMessage()
            .startsWith(empty + ": the file is empty."));
  }
}
