package org.motifworkbench.sequence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderLabelReaderTest {

  @TempDir Path dir;

  @Test
  void defaultPatternFindsTheLabelAnywhereInTheDescriptionAndSortsClasses() {
    Path fasta =
        TestFiles.write(
            dir,
            "in.fa",
            ">s1 label=positive peak\n"
                + "AC\n"
                + ">s2 from chr1 label=negative\n"
                + "GG\n"
                + ">s3 label=positive\n"
                + "T\n");

    SequenceSet set = HeaderLabelReader.read(fasta);

    assertEquals(List.of("negative", "positive"), set.classNames());
    assertArrayEquals(new int[] {1, 0, 1}, set.labelIndices());
    assertEquals("label=positive peak", set.records().get(0).description());
  }

  @Test
  void numericLabelsAreInNaturalOrder() {
    Path fasta = TestFiles.write(dir, "in.fa", ">a label=10\nA\n>b label=2\nC\n>c label=1\nG\n");

    assertEquals(List.of("1", "2", "10"), HeaderLabelReader.read(fasta).classNames());
  }

  @Test
  void customPatternWithOneGroupCanMatchTheId() {
    Path fasta = TestFiles.write(dir, "in.fa", ">chr1:1-9_pos\nAC\n>chr2:5-9_neg peak\nGG\n");

    SequenceSet set = HeaderLabelReader.read(fasta, "^\\S+_(pos|neg)\\b");

    assertEquals(List.of("neg", "pos"), set.classNames());
  }

  @Test
  void customPatternReadsAClassToken() {
    Path fasta = TestFiles.write(dir, "in.fa", ">a|class:up\nAC\n>b|class:down\nGG\n");

    assertEquals(List.of("down", "up"), HeaderLabelReader.read(fasta, "class:(\\w+)").classNames());
  }

  @Test
  void recordWithoutLabelIsAnErrorNamingItsLine() {
    Path fasta = TestFiles.write(dir, "in.fa", ">a label=x\nAC\n>b no label here\nGG\n");

    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> HeaderLabelReader.read(fasta));

    assertEquals(new SourceLocation(fasta.toString(), 3), e.location());
    assertTrue(e.getMessage().startsWith(fasta + ":3: "), e.getMessage());
    assertTrue(e.getMessage().contains("'b' has no label"), e.getMessage());
  }

  @Test
  void singleClassIsAnError() {
    Path fasta = TestFiles.write(dir, "in.fa", ">a label=x\nAC\n>b label=x\nGG\n");

    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> HeaderLabelReader.read(fasta));

    assertTrue(e.getMessage().contains("found only 'x' in " + fasta), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"label=\\S+", "(a)(b)", "label=(\\S+"})
  void patternMustBeValidWithExactlyOneGroup(String regex) {
    Path fasta = TestFiles.write(dir, "in.fa", ">a label=x\nAC\n");

    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> HeaderLabelReader.read(fasta, regex));

    assertTrue(e.getMessage().contains("label pattern"), e.getMessage());
  }
}
