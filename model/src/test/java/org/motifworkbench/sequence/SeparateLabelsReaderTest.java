package org.motifworkbench.sequence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeparateLabelsReaderTest {

  @TempDir Path dir;

  @Test
  void realTfbsFastaWithOneHotTargets() {
    Path fasta = TestFiles.sharedData("tfbs101_test.fa");
    Path target = TestFiles.sharedData("tfbs101_test.target");

    SequenceSet set = SeparateLabelsReader.read(fasta, target);

    assertEquals(19_544, set.size());
    assertEquals(List.of("class0", "class1"), set.classNames());
    SequenceRecord first = set.records().get(0);
    assertTrue(first.id().matches("chr[0-9XY]+:[0-9]+-[0-9]+"), first.id());
    assertEquals("class0", first.label());
    assertTrue(set.warnings().isEmpty());
    // README: '1 0' = bound peak, '0 1' = shuffled negative whose header ends in _shuf.
    for (SequenceRecord r : set.records()) {
      assertEquals(r.id().endsWith("_shuf") ? "class1" : "class0", r.label(), r.id());
    }
    Map<String, Integer> counts = set.classCounts();
    assertEquals(19_544, counts.get("class0") + counts.get("class1"));
  }

  @Test
  void oneHotClassNamesCanBeGiven() {
    SequenceSet set =
        SeparateLabelsReader.read(
            TestFiles.sharedData("tfbs101_test.fa"),
            TestFiles.sharedData("tfbs101_test.target"),
            List.of("bound", "shuffled"));

    assertEquals(List.of("bound", "shuffled"), set.classNames());
    assertEquals("bound", set.records().get(0).label());
  }

  @Test
  void plainSequenceListWithClassNameLabelsGetsGeneratedIdsAndSortedClasses() {
    Path seqs = TestFiles.write(dir, "seqs.txt", "\nACGT\nggcc\nTTNA\n\n");
    Path labels = TestFiles.write(dir, "labels.txt", "positive\nnegative\npositive\n\n\n");

    SequenceSet set = SeparateLabelsReader.read(seqs, labels);

    assertEquals(List.of("seq1", "seq2", "seq3"), set.records().stream().map(r -> r.id()).toList());
    assertEquals(List.of("negative", "positive"), set.classNames());
    assertArrayEquals(new int[] {1, 0, 1}, set.labelIndices());
    assertEquals(new SourceLocation(seqs.toString(), 3), set.records().get(1).source());
  }

  @Test
  void numericClassNamesAreSortedNaturally() {
    Path seqs = TestFiles.write(dir, "seqs.txt", "A\nC\nG\n");
    Path labels = TestFiles.write(dir, "labels.txt", "1\n0\n1\n");

    SequenceSet set = SeparateLabelsReader.read(seqs, labels);

    assertEquals(List.of("0", "1"), set.classNames());
    assertArrayEquals(new int[] {1, 0, 1}, set.labelIndices());
  }

  @Test
  void oneHotWithSpacesThreeClassesAndDecimalValues() {
    Path seqs = TestFiles.write(dir, "s.fa", ">a\nA\n>b\nC\n>c\nG\n");
    Path labels = TestFiles.write(dir, "y.txt", "0 0 1\n1.0 0.0 0.0\n0  1  0\n");

    SequenceSet set = SeparateLabelsReader.read(seqs, labels);

    assertEquals(List.of("class0", "class1", "class2"), set.classNames());
    assertArrayEquals(new int[] {2, 0, 1}, set.labelIndices());
  }

  @Test
  void emptyFastaRecordDropsItsLabelTooSoTheRestStayAligned() {
    Path seqs = TestFiles.write(dir, "s.fa", ">a\nA\n>empty\n>c\nG\n");
    Path labels = TestFiles.write(dir, "y.txt", "x\ny\nz\n");

    SequenceSet set = SeparateLabelsReader.read(seqs, labels);

    assertEquals(List.of("x", "z"), set.records().stream().map(r -> r.label()).toList());
    assertEquals(1, set.warnings().size());
    assertTrue(set.warnings().get(0).message().contains("line 2 of " + labels));
  }

  @Test
  void differentCountsNameBothFilesAndBothCounts() {
    Path seqs = TestFiles.write(dir, "s.fa", ">a\nA\n>b\nC\n>c\nG\n");
    Path labels = TestFiles.write(dir, "y.txt", "1 0\n0 1\n");

    String message = fails(seqs, labels).getMessage();

    assertTrue(message.contains(seqs + " has 3 sequences"), message);
    assertTrue(message.contains(labels + " has 2 label rows"), message);
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = "|",
      value = {
        "1 0\\n1 1\\n0 1\\n | 2 | 2 ones",
        "1 0\\n0 0\\n0 1\\n | 2 | 0 ones",
        "1 0\\n0 1\\n0 1 0\\n | 3 | 3 values",
        "1 0\\n0 2\\n0 1\\n | 2 | contains '2'",
        "1 0\\nyes no\\n0 1\\n | 2 | contains 'yes'",
        "pos\\nneg\\npos neg\\n | 3 | 2 values",
        "pos\\n\\nneg\\npos\\n | 2 | blank",
      })
  void badLabelRowsNameTheLine(String text, int line, String expected) {
    Path seqs = TestFiles.write(dir, "s.fa", ">a\nA\n>b\nC\n>c\nG\n");
    Path labels = TestFiles.write(dir, "y.txt", LabelTableReaderTest.unescape(text));

    InvalidInputException e = fails(seqs, labels);

    assertEquals(new SourceLocation(labels.toString(), line), e.location());
    assertTrue(e.getMessage().startsWith(labels + ":" + line + ": "), e.getMessage());
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }

  @Test
  void wrongNumberOfOneHotClassNamesIsAnError() {
    Path seqs = TestFiles.write(dir, "s.fa", ">a\nA\n>b\nC\n");
    Path labels = TestFiles.write(dir, "y.txt", "1 0\n0 1\n");

    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> SeparateLabelsReader.read(seqs, labels, List.of("a", "b", "c")));

    assertTrue(e.getMessage().contains("exactly 2 different names"), e.getMessage());
  }

  @Test
  void singleClassIsAnError() {
    Path seqs = TestFiles.write(dir, "s.txt", "ACGT\nGGCC\n");
    Path labels = TestFiles.write(dir, "y.txt", "positive\npositive\n");

    String message = fails(seqs, labels).getMessage();

    assertTrue(message.startsWith("need at least two classes, found only 'positive'"), message);
    assertTrue(message.contains(seqs.toString()) && message.contains(labels.toString()));
  }

  @Test
  void oneHotWithOnlyOneClassPresentIsAnError() {
    Path seqs = TestFiles.write(dir, "s.txt", "ACGT\nGGCC\n");
    Path labels = TestFiles.write(dir, "y.txt", "1 0\n1 0\n");

    assertTrue(fails(seqs, labels).getMessage().contains("found only 'class0'"));
  }

  @Test
  void badBaseInPlainListNamesLineAndColumn() {
    Path seqs = TestFiles.write(dir, "s.txt", "ACGT\n  GGXC\n");
    Path labels = TestFiles.write(dir, "y.txt", "a\nb\n");

    InvalidInputException e = fails(seqs, labels);

    assertTrue(e.getMessage().startsWith(seqs + ":2: column 5 contains 'X'"), e.getMessage());
  }

  private static InvalidInputException fails(Path seqs, Path labels) {
    return assertThrows(InvalidInputException.class, () -> SeparateLabelsReader.read(seqs, labels));
  }
}
