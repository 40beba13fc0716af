package org.motifworkbench.sequence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClassPerFileReaderTest {

  @TempDir Path dir;

  @Test
  void mapKeepsTheGivenClassOrder() {
    Map<String, Path> files = new LinkedHashMap<>();
    files.put("zeta", TestFiles.write(dir, "z.fa", ">z1\nAC\n>z2\nGG\n"));
    files.put("alpha", TestFiles.write(dir, "a.fa", ">a1\nTT\n"));

    SequenceSet set = ClassPerFileReader.read(files);

    assertEquals(List.of("zeta", "alpha"), set.classNames());
    assertArrayEquals(new int[] {0, 0, 1}, set.labelIndices());
    assertEquals("z.fa", Path.of(set.records().get(0).source().file()).getFileName().toString());
  }

  @Test
  void listNamesClassesAfterFileStemsInGivenOrderAndKeepsWarnings() {
    Path pos = TestFiles.write(dir, "positive.fasta", ">p1\r\nAC\r\n");
    Path neg =
        TestFiles.writeBytes(
            dir,
            "negative.fa.gz",
            TestFiles.gzip(">n1\nGG\n>n2\n".getBytes(StandardCharsets.US_ASCII)));

    SequenceSet set = ClassPerFileReader.read(List.of(pos, neg));

    assertEquals(List.of("positive", "negative"), set.classNames());
    assertEquals(Map.of("positive", 1, "negative", 1), set.classCounts());
    assertEquals(2, set.warnings().size());
  }

  @ParameterizedTest
  @CsvSource({
    "positive.fa, positive",
    "positive.fasta.gz, positive",
    "neg.FNA, neg",
    "ctrl.txt.gz, ctrl",
    "peaks.narrow.fa, peaks.narrow",
    "plain, plain",
    "bound.seq, bound.seq",
    ".fa, .fa",
  })
  void classNameIsTheFileStem(String file, String className) {
    assertEquals(className, ClassPerFileReader.classNameOf(Path.of("/data", file)));
  }

  @Test
  void singleFileIsOnlyOneClass() {
    Path only = TestFiles.write(dir, "positive.fa", ">p\nAC\n");

    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> ClassPerFileReader.read(List.of(only)));

    assertTrue(e.getMessage().contains("need at least two classes, found only 'positive'"));
    assertTrue(e.getMessage().contains(only.toString()), e.getMessage());
  }

  @Test
  void twoFilesWithTheSameStemAreAnError() {
    Path a = TestFiles.write(dir, "pos.fa", ">p\nAC\n");
    Path b = TestFiles.write(dir, "pos.fasta", ">q\nAC\n");

    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> ClassPerFileReader.read(List.of(a, b)));

    assertTrue(e.getMessage().contains("'pos'"), e.getMessage());
  }

  @Test
  void errorsInOneFileNameThatFileAndLine() {
    Path good = TestFiles.write(dir, "pos.fa", ">p\nAC\n");
    Path bad = TestFiles.write(dir, "neg.fa", ">n\nA-C\n");

    InvalidInputException e =
        assertThrows(
            InvalidInputException.class, () -> ClassPerFileReader.read(List.of(good, bad)));

    assertEquals(new SourceLocation(bad.toString(), 2), e.location());
  }
}
