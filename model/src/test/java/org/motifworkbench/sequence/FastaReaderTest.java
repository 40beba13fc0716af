package org.motifworkbench.sequence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FastaReaderTest {

  @TempDir Path dir;

  private FastaContents read(String text) {
    return FastaReader.readAll(TestFiles.write(dir, "in.fa", text));
  }

  private InvalidInputException readFails(String text) {
    Path file = TestFiles.write(dir, "in.fa", text);
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> FastaReader.readAll(file));
    assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    return e;
  }

  @Test
  void readsMultiLineRecordsWithIdDescriptionAndHeaderLine() {
    FastaContents fasta = read(">seq1 first one\nACGT\nacgt\n\n>seq2\tsecond\t two \nNNNN\n");

    assertEquals(2, fasta.records().size());
    SequenceRecord first = fasta.records().get(0);
    assertEquals("seq1", first.id());
    assertEquals("first one", first.description());
    assertEquals("ACGTacgt", first.bases());
    assertEquals(1, first.source().line());
    assertTrue(first.source().file().endsWith("in.fa"));
    SequenceRecord second = fasta.records().get(1);
    assertEquals("seq2", second.id());
    assertEquals("second\t two", second.description());
    assertEquals(5, second.source().line());
    assertTrue(fasta.warnings().isEmpty());
  }

  @Test
  void acceptsEveryIupacCodeInAnyCaseAndIgnoresSpacesInSequenceLines() {
    FastaContents fasta = read(">all\nACGTU RYSWKM\tBDHVN\nacgtu rysw kmbdhvn  \n");

    assertEquals("ACGTURYSWKMBDHVNacgturyswkmbdhvn", fasta.records().get(0).bases());
  }

  @Test
  void lastRecordWithoutFinalNewlineIsRead() {
    assertEquals("GATTACA", read(">a\nGATT\nACA").records().get(0).bases());
  }

  @Test
  void leadingBlankLinesAreFine() {
    FastaContents fasta = read("\n  \n>a\nAC\n");

    assertEquals(3, fasta.records().get(0).source().line());
  }

  @Test
  void headerWithSpaceAfterMarkerStillHasAnId() {
    SequenceRecord r = read(">  chr1:10-20  peak 3\nAC\n").records().get(0);

    assertEquals("chr1:10-20", r.id());
    assertEquals("peak 3", r.description());
  }

  @Test
  void crlfLineEndsAreAcceptedWithOneWarningPerFile() {
    FastaContents fasta = read(">a x\r\nAC\r\nGT\r\n>b\r\nTT\r\n");

    assertEquals(List.of("ACGT", "TT"), fasta.records().stream().map(r -> r.bases()).toList());
    assertEquals("x", fasta.records().get(0).description());
    assertEquals(1, fasta.warnings().size());
    assertTrue(fasta.warnings().get(0).message().contains("CRLF"));
  }

  @Test
  void emptyRecordIsSkippedWithAWarningNamingItsLine() {
    FastaContents fasta = read(">a\nAC\n>empty\n\n>b\nGT\n");

    assertEquals(List.of("a", "b"), fasta.records().stream().map(r -> r.id()).toList());
    assertEquals(1, fasta.warnings().size());
    InputWarning warning = fasta.warnings().get(0);
    assertEquals(3, warning.location().line());
    assertTrue(warning.message().contains("'empty'"), warning.message());
  }

  @Test
  void onlyEmptyRecordsIsAnError() {
    InvalidInputException e = readFails(">a\n>b\n");

    assertTrue(e.getMessage().contains("no sequences"), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = "|",
      value = {
        "ACGT-ACGT | 3 | 5 | '-'",
        "ACG.T     | 3 | 4 | '.'",
        "ACGTé     | 3 | 5 | U+00E9",
        "AC\u0007GT | 3 | 3 | U+0007",
        "10 ACGT   | 3 | 1 | '1'",
        "MKVLAAG   | 3 | 4 | 'L'",
        "ACGT>b    | 3 | 5 | '>'",
      })
  void invalidCharacterNamesFileLineColumnAndCharacter(
      String badLine, int line, int column, String shown) {
    InvalidInputException e = readFails(">ok\nACGT\n" + badLine + "\n");

    assertEquals(line, e.location().line());
    String message = e.getMessage();
    assertTrue(message.contains(":" + line + ": column " + column + " "), message);
    assertTrue(message.contains(shown), message);
    assertTrue(message.contains("not a DNA base"), message);
  }

  @Test
  void gapMessageSaysWhatToDo() {
    String message = readFails(">a\nAC-GT\n").getMessage();

    assertTrue(message.contains("remove them"), message);
    assertTrue(message.contains("replace them with N"), message);
  }

  @Test
  void invalidCharacterFarIntoALongLineAfterBufferRefillsHasTheRightColumn() {
    String longLine = "A".repeat(3_000_000) + "Z";
    InvalidInputException e = readFails(">a\nC\n" + longLine + "\n");

    assertTrue(e.getMessage().contains(":3: column 3000001 "), e.getMessage());
  }

  @Test
  void sequenceBeforeFirstHeaderIsAnErrorNamingTheLine() {
    InvalidInputException e = readFails("\nACGT\n>a\nAC\n");

    assertEquals(2, e.location().line());
    assertTrue(e.getMessage().contains("before the first header"), e.getMessage());
  }

  @Test
  void fastqFileGetsAHint() {
    String message = readFails("@read1\nACGT\n+\nIIII\n").getMessage();

    assertTrue(message.contains("FASTQ"), message);
  }

  @Test
  void emptyFileIsAnError() {
    String message = readFails("").getMessage();

    assertTrue(message.contains("empty"), message);
  }

  @Test
  void blankOnlyFileIsAnError() {
    assertTrue(readFails("\n \n\n").getMessage().contains("only blank lines"));
  }

  @Test
  void duplicateIdNamesBothLines() {
    InvalidInputException e = readFails(">a\nAC\n>b\nGG\n>a second\nTT\n");

    assertEquals(5, e.location().line());
    assertTrue(e.getMessage().contains("'a'"), e.getMessage());
    assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    assertTrue(e.getMessage().contains("line 5"), e.getMessage());
  }

  @Test
  void headerWithoutIdIsAnError() {
    InvalidInputException e = readFails(">a\nAC\n>\nGG\n");

    assertEquals(3, e.location().line());
    assertTrue(e.getMessage().contains("no sequence id"), e.getMessage());
  }

  @Test
  void oldMacLineEndsAreAnError() {
    assertTrue(readFails(">a\rACGT\r>b\rAC\r").getMessage().contains("old Mac line ends"));
  }

  @Test
  void utf8ByteOrderMarkIsIgnored() {
    byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
    byte[] text = ">a\nAC\n".getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, bytes, 0, 3);
    System.arraycopy(text, 0, bytes, 3, text.length);

    Path file = TestFiles.writeBytes(dir, "bom.fa", bytes);

    assertEquals("a", FastaReader.readAll(file).records().get(0).id());
  }

  @ParameterizedTest
  @ValueSource(strings = {"zip", "xlsx", "bam", "nul", "random", "utf16", "bzip2"})
  void binaryFileIsRejectedAsNotFastaText(String kind) {
    Random random = new Random(7);
    byte[] noise = new byte[5000];
    random.nextBytes(noise);
    byte[] bytes =
        switch (kind) {
          case "zip", "xlsx" -> concat("PK\u0003\u0004\u0014\u0000\u0006\u0000", noise);
          case "bam" -> TestFiles.gzip(concat("BAM\u0001\u0000\u0000\u0000\u0000", noise));
          case "nul" -> ">a\nAC\u0000GT\n".getBytes(StandardCharsets.ISO_8859_1);
          case "utf16" -> ">a\nACGT\n".getBytes(StandardCharsets.UTF_16);
          case "bzip2" -> concat("BZh91AY&SY", noise);
          default -> noise;
        };
    Path file = TestFiles.writeBytes(dir, "data." + kind, bytes);

    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> FastaReader.readAll(file));

    assertTrue(e.getMessage().startsWith(file + ": this is not a FASTA text file"), e.getMessage());
  }

  @Test
  void bamIsNamedAsSuch() {
    Path file =
        TestFiles.writeBytes(dir, "x.bam", TestFiles.gzip(concat("BAM\u0001", new byte[9])));

    String message =
        assertThrows(InvalidInputException.class, () -> FastaReader.readAll(file)).getMessage();

    assertTrue(message.contains("BAM alignment file"), message);
  }

  @Test
  void gzipIsDetectedByContentNotByName() {
    byte[] text = ">a\nACGT\n>b\nGG\n".getBytes(StandardCharsets.US_ASCII);
    Path gzNamedFa = TestFiles.writeBytes(dir, "reads.fa", TestFiles.gzip(text));
    Path plainNamedGz = TestFiles.writeBytes(dir, "plain.fa.gz", text);

    assertEquals(2, FastaReader.readAll(gzNamedFa).records().size());
    assertEquals(2, FastaReader.readAll(plainNamedGz).records().size());
  }

  @Test
  void truncatedGzipIsAnErrorSayingSo() {
    byte[] gz =
        TestFiles.gzip(">a\nACGTACGTACGT\n".repeat(2000).getBytes(StandardCharsets.US_ASCII));
    byte[] cut = java.util.Arrays.copyOf(gz, gz.length / 2);
    Path file = TestFiles.writeBytes(dir, "cut.fa.gz", cut);

    String message =
        assertThrows(InvalidInputException.class, () -> FastaReader.readAll(file)).getMessage();

    assertTrue(message.contains("damaged or incomplete"), message);
  }

  @Test
  void missingFileIsAnError() {
    Path file = dir.resolve("nope.fa");

    String message =
        assertThrows(InvalidInputException.class, () -> FastaReader.readAll(file)).getMessage();

    assertTrue(message.contains("does not exist"), message);
  }

  @Test
  void recordsLargerThanTheBufferAndLineNumbersAcrossRefillsAreRight() {
    StringBuilder text = new StringBuilder();
    String longSeq = "ACGTN".repeat(700_000);
    text.append(">big\n");
    for (int i = 0; i < longSeq.length(); i += 60) {
      text.append(longSeq, i, Math.min(longSeq.length(), i + 60)).append('\n');
    }
    int smallLine = text.toString().split("\n", -1).length;
    text.append(">small\nAC\n");

    FastaContents fasta = read(text.toString());

    assertEquals(longSeq, fasta.records().get(0).bases());
    assertEquals(smallLine, fasta.records().get(1).source().line());
  }

  @Test
  void iteratorStreamsRecordsOneByOne() {
    Path file = TestFiles.write(dir, "in.fa", ">a\nA\n>b\nC\n");
    try (FastaReader reader = FastaReader.open(file)) {
      assertTrue(reader.hasNext());
      assertTrue(reader.hasNext());
      assertEquals("a", reader.next().id());
      assertEquals("b", reader.next().id());
      assertFalse(reader.hasNext());
      assertThrows(NoSuchElementException.class, reader::next);
    }
  }

  @Test
  void readsFromAStreamWithTheGivenName() {
    byte[] gz = TestFiles.gzip(">a\nAC\n".getBytes(StandardCharsets.US_ASCII));
    try (FastaReader reader = FastaReader.of(new ByteArrayInputStream(gz), "upload.fa")) {
      SequenceRecord r = reader.next();
      assertEquals(new SourceLocation("upload.fa", 1), r.source());
    }
  }

  @Test
  void readsTheRealTfbsFile() {
    FastaContents fasta = FastaReader.readAll(TestFiles.sharedData("tfbs101_test.fa"));

    assertEquals(19_544, fasta.records().size());
    SequenceRecord first = fasta.records().get(0);
    assertTrue(first.id().matches("chr[0-9XY]+:[0-9]+-[0-9]+"), first.id());
    assertEquals(101, first.length());
    assertTrue(fasta.warnings().isEmpty());
  }

  private static byte[] concat(String prefix, byte[] rest) {
    byte[] head = prefix.getBytes(StandardCharsets.ISO_8859_1);
    byte[] out = new byte[head.length + rest.length];
    System.arraycopy(head, 0, out, 0, head.length);
    System.arraycopy(rest, 0, out, head.length, rest.length);
    return out;
  }
}
