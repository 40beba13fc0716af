package org.motifworkbench.variants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import htsjdk.samtools.util.BlockCompressedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.motifworkbench.sequence.InvalidInputException;

/** Reading VCF files: plain, bgzip and gzip, every kind of ALT, and bad lines named by number. */
class VcfReaderTest {

  @TempDir Path dir;

  static final String HEADER =
      "##fileformat=VCFv4.2\n"
          + "##contig=<ID=chr1,length=120000>\n"
          + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n";

  static final String RECORDS =
      "chr1\t5001\trs1\tA\tG\t.\tPASS\t.\n"
          + "chr1\t5002\t.\tc\tT,<DEL>,*\t50\t.\tDP=3\n"
          + "chr1\t5003\tdel1\tAC\tA\t.\t.\t.\n"
          + "chr1\t5004\tnone\tG\t.\t.\t.\t.\n";

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  @Test
  void readsEachLineWithItsNumberAndAlleles() throws IOException {
    List<VcfVariant> all = VcfReader.readAll(write("v.vcf", HEADER + RECORDS));
    assertEquals(
        List.of(
            new VcfVariant(4, "rs1", "chr1", 5001, "A", List.of("G")),
            new VcfVariant(5, ".", "chr1", 5002, "C", List.of("T", "<DEL>", "*")),
            new VcfVariant(6, "del1", "chr1", 5003, "AC", List.of("A")),
            new VcfVariant(7, "none", "chr1", 5004, "G", List.of())),
        all);
    assertEquals("chr1:5,001", all.get(0).locus());
  }

  @Test
  void readsBgzipAndPlainGzip() throws IOException {
    byte[] text = (HEADER + RECORDS).getBytes(StandardCharsets.UTF_8);
    Path bgzip = dir.resolve("v.vcf.gz");
    try (OutputStream out = new BlockCompressedOutputStream(bgzip.toFile())) {
      out.write(text);
    }
    Path gzip = dir.resolve("plain.vcf.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzip))) {
      out.write(text);
    }
    List<VcfVariant> expected = VcfReader.readAll(write("v.vcf", HEADER + RECORDS));
    assertEquals(expected, VcfReader.readAll(bgzip));
    assertEquals(expected, VcfReader.readAll(gzip));
  }

  @Test
  void aTruncatedGzipFileIsNamed() throws IOException {
    Path gzip = dir.resolve("cut.vcf.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzip))) {
      out.write((HEADER + RECORDS.repeat(200)).getBytes(StandardCharsets.UTF_8));
    }
    byte[] all = Files.readAllBytes(gzip);
    Files.write(gzip, Arrays.copyOf(all, all.length / 2));
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> VcfReader.readAll(gzip));
    assertTrue(e.getMessage().startsWith(gzip + ":"), e.getMessage());
    assertTrue(e.getMessage().contains("truncated or damaged"), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "chr1\t5001\tx\tA\tG\t.\t.|4|8 tab-separated columns",
        "chr1\tabc\tx\tA\tG\t.\t.\t.|4|not a valid VCF record",
        "chr1\t5001\tx\tA\tQ\t.\t.\t.|4|not a valid VCF record",
        "chr1\t5001\tx\tA\tG\tlow\t.\t.|4|not a valid VCF record",
        "##INFO=<ID=late>|4|header line",
      })
  void aBadDataLineIsNamedByItsNumber(String line, int number, String problem) throws IOException {
    Path file = write("bad.vcf", HEADER + line + "\n");
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> VcfReader.readAll(file));
    assertTrue(e.getMessage().startsWith(file + ":" + number + ": "), e.getMessage());
    assertTrue(e.getMessage().contains(problem), e.getMessage());
    assertTrue(!e.getMessage().contains("approximately"), e.getMessage());
  }

  @Test
  void aBadLineAfterGoodOnesIsNamedExactly() throws IOException {
    Path file = write("late.vcf", HEADER + RECORDS + "chr1\t-\t.\tA\tG\t.\t.\t.\n");
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> VcfReader.readAll(file));
    assertTrue(e.getMessage().startsWith(file + ":8: "), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "|0|empty",
        ">chr1\\nACGT|1|starts with a '##fileformat=VCFv4.x' line",
        "##fileformat=VCFv4.2\\nchr1\t5\t.\tA\tG\t.\t.\t.|2|header",
        "BCF\u0002|1|BCF",
      })
  void aFileThatIsNotVcfIsRefused(String text, int line, String problem) throws IOException {
    Path file = write("x.vcf", text == null ? "" : text.replace("\\n", "\n") + "\n");
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> VcfReader.open(file).close());
    String where = line > 0 ? file + ":" + line + ": " : file + ": ";
    assertTrue(e.getMessage().startsWith(where), e.getMessage());
    assertTrue(e.getMessage().contains(problem), e.getMessage());
  }

  @Test
  void aMissingFileIsNamed() {
    Path missing = dir.resolve("none.vcf");
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> VcfReader.open(missing));
    assertEquals(missing + ": the VCF file does not exist or is a folder.", e.getMessage());
  }
}
