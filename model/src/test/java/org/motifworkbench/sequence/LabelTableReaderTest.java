package org.motifworkbench.sequence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelTableReaderTest {

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = "|",
      value = {
        "t.tsv | id\\tsequence\\tlabel\\na\\tACGT\\tpos\\nb\\tGG\\tneg\\n",
        "t.csv | id,sequence,label\\na,ACGT,pos\\nb,GG,neg\\n",
        "t.txt | ID,Sequence,LABEL\\na,ACGT,pos\\nb,GG,neg\\n",
        "t.txt | a\\tACGT\\tpos\\nb\\tGG\\tneg\\n",
        "t.csv | a,ACGT,pos\\nb,GG,neg\\n\\n\\n",
        "t.dat | \\nLabel;ID;Sequence\\npos;a;ACGT\\nneg;b;GG\\n",
        "t.csv | sequence,label,id\\nACGT,pos,a\\nGG,neg,b\\n",
        "t.csv | \"id\",\"sequence\",\"label\"\\r"
            + "\\n"
            + "\"a\",\"ACGT\",\"pos\"\\r"
            + "\\n"
            + "\"b\",\"GG\",\"neg\"\\r"
            + "\\n",
      })
  void readsTablesWithOrWithoutHeaderInAnyColumnOrder(String name, String text) {
    Path file = TestFiles.write(dir, name, unescape(text));

    SequenceSet set = LabelTableReader.read(file);

    assertEquals(List.of("neg", "pos"), set.classNames());
    assertEquals(List.of("a", "b"), set.records().stream().map(SequenceRecord::id).toList());
    assertEquals("ACGT", set.records().get(0).bases());
    assertArrayEquals(new int[] {1, 0}, set.labelIndices());
  }

  @Test
  void gzipTableIsRead() {
    byte[] text = "id\tsequence\tlabel\na\tAC\t1\nb\tGT\t0\n".getBytes(StandardCharsets.UTF_8);
    Path file = TestFiles.writeBytes(dir, "t.tsv.gz", TestFiles.gzip(text));

    assertEquals(List.of("0", "1"), LabelTableReader.read(file).classNames());
  }

  @Test
  void rowsKeepTheirLineNumbers() {
    Path file = TestFiles.write(dir, "t.tsv", "id\tsequence\tlabel\n\na\tAC\tx\nb\tGT\ty\n");

    assertEquals(4, LabelTableReader.read(file).records().get(1).source().line());
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = "|",
      value = {
        "a,AC,x\\nb,GT,y,extra\\n | 2 | 4 columns",
        "a,AC,x\\nb,GT\\n | 2 | 2 columns",
        "id,sequence,label\\na,AC,x\\n\\nc\\n | 4 | 1 columns",
      })
  void wrongColumnCountNamesTheLine(String text, int line, String expected) {
    Path file = TestFiles.write(dir, "t.csv", unescape(text));

    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> LabelTableReader.read(file));

    assertEquals(new SourceLocation(file.toString(), line), e.location());
    assertTrue(e.getMessage().startsWith(file + ":" + line + ": "), e.getMessage());
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }

  @Test
  void headerWithUnknownColumnNamesIsExplained() {
    Path file = TestFiles.write(dir, "t.csv", "name,seq,class\na,AC,x\n");

    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> LabelTableReader.read(file));

    assertEquals(1, e.location().line());
    assertTrue(e.getMessage().contains("id, sequence and label"), e.getMessage());
  }

  @Test
  void invalidBaseNamesLineAndPosition() {
    Path file = TestFiles.write(dir, "t.tsv", "a\tACGT\tx\nb\tAC-T\ty\n");

    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> LabelTableReader.read(file));

    assertEquals(2, e.location().line());
    assertTrue(e.getMessage().contains("sequence column at position 3 contains '-'"));
  }

  @Test
  void duplicateIdAndSingleClassAndNoDelimiterAreErrors() {
    Path dup = TestFiles.write(dir, "d.tsv", "a\tAC\tx\na\tGT\ty\n");
    Path single = TestFiles.write(dir, "s.tsv", "a\tAC\tx\nb\tGT\tx\n");
    Path noDelimiter = TestFiles.write(dir, "n.txt", "ACGT\nGG\n");

    assertTrue(message(dup).contains("used twice, first on line 1 and again on line 2"));
    assertTrue(message(single).contains("need at least two classes, found only 'x'"));
    assertTrue(message(noDelimiter).startsWith(noDelimiter + ":1: cannot tell the columns apart"));
  }

  @Test
  void emptySequenceIsSkippedWithAWarning() {
    Path file = TestFiles.write(dir, "t.tsv", "a\tAC\tx\nb\t\ty\nc\tG\ty\n");

    SequenceSet set = LabelTableReader.read(file);

    assertEquals(2, set.size());
    assertEquals(2, set.warnings().get(0).location().line());
  }

  private static String message(Path file) {
    return assertThrows(InvalidInputException.class, () -> LabelTableReader.read(file))
        .getMessage();
  }

  static String unescape(String text) {
    return text.replace("\\t", "\t").replace("\\r", "\r").replace("\\n", "\n");
  }
}
