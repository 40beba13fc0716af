package org.motifworkbench.peaks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.motifworkbench.genome.GenomicInterval;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.sequence.InvalidInputException;

class PeakReaderTest {

  @TempDir Path dir;

  private PeakReader.PeakFile read(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return PeakReader.read(file, CancellationToken.none());
  }

  @Test
  void narrowPeakSummitIsAnOffsetFromTheStartAndMinusOneMeansNone() throws IOException {
    PeakReader.PeakFile f =
        read(
            "x.narrowPeak",
            "track name=peaks\nbrowser position chr1:1-100\n# comment\n\n"
                + "chr1\t100\t300\tp1\t500\t.\t9.1\t8.2\t7.3\t40\n"
                + "chr1\t1000\t1201\tp2\t500\t.\t9.1\t8.2\t7.3\t-1\n");
    assertEquals(PeakFormat.NARROW_PEAK, f.format());
    assertEquals(2, f.peaks().size());
    Peak first = f.peaks().get(0);
    assertEquals(new GenomicInterval("chr1", 100, 300), first.interval());
    assertEquals(140, first.summit());
    assertEquals(140, first.centre());
    assertEquals(5, first.line());
    assertEquals(-1, f.peaks().get(1).summit());
    assertEquals(1100, f.peaks().get(1).centre(), "the middle base: start + length / 2");
  }

  @Test
  void tenColumnsInABedFileAreNarrowPeakAsEncodeShipsThem() throws IOException {
    PeakReader.PeakFile f =
        read(
            "encode.bed", "chr2\t10\t20\t.\t0\t.\t1\t2\t3\t5\nchr2\t30\t40\t.\t0\t.\t1\t2\t3\t0\n");
    assertEquals(PeakFormat.NARROW_PEAK, f.format());
    assertEquals(15, f.peaks().get(0).summit());
  }

  @Test
  void bedWithThreeOrSixColumnsUsesTheMiddle() throws IOException {
    PeakReader.PeakFile f = read("p.bed", "chr1\t0\t10\nchr1\t20\t31\tname\t0\t+\n");
    assertEquals(PeakFormat.BED, f.format());
    assertEquals(5, f.peaks().get(0).centre());
    assertEquals(25, f.peaks().get(1).centre());
  }

  @Test
  void spacesAreAcceptedOnLinesWithoutTabs() throws IOException {
    PeakReader.PeakFile f = read("p.bed", "chr1  100   200\nchr1\t300\t400\tname with spaces\n");
    assertEquals(List.of(100L, 300L), f.peaks().stream().map(p -> p.interval().start()).toList());
  }

  @Test
  void gzipIsReadStreamed() throws IOException {
    Path file = dir.resolve("p.broadPeak.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write("chr3\t5\t105\t.\t0\t.\t1\t2\t3\n".getBytes(StandardCharsets.UTF_8));
    }
    PeakReader.PeakFile f = PeakReader.read(file, CancellationToken.none());
    assertEquals(PeakFormat.BROAD_PEAK, f.format());
    assertEquals(55, f.peaks().get(0).centre());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "too few columns | p.bed | chr1\\t10\\t20\\nchr1\\t10\\n | p.bed:2: has 2 columns; a BED"
            + " line needs at least 3",
        "start not a number | p.bed | chr1\\tten\\t20\\n | p.bed:1: the start (column 2) 'ten' is"
            + " not a whole number of 0 or more (a header line? start it with #)",
        "negative end | p.bed | chr1\\t1\\t2\\nchr1\\t1\\t-2\\n | p.bed:2: the end (column 3) '-2'",
        "end before start | p.bed | chr1\\t10\\t20\\nchr1\\t30\\t20\\n | p.bed:2: the end (20) is"
            + " before the start (30)",
        "summit outside | p.narrowPeak | chr1\\t10\\t20\\t.\\t0\\t.\\t1\\t2\\t3\\t10\\n |"
            + " p.narrowPeak:1: the summit offset 10 (column 10) lies outside the peak, which is 10"
            + " bases long",
        "summit not a number | p.narrowPeak | chr1\\t10\\t20\\t.\\t0\\t.\\t1\\t2\\t3\\tx\\n |"
            + " p.narrowPeak:1: the summit (column 10) 'x' is not a whole number",
        "narrowPeak too short | p.narrowPeak | chr1\\t10\\t20\\t.\\t0\\n | p.narrowPeak:1: has 5"
            + " columns; a narrowPeak line needs 10",
        "later line shorter | e.bed | chr1\\t1\\t9\\t.\\t0\\t.\\t1\\t2\\t3\\t1\\nchr1\\t1\\t9\\n |"
            + " e.bed:2: has 3 columns; a narrowPeak line needs 10",
        "only comments | p.bed | # nothing\\ntrack x\\n | p.bed: holds no peaks",
      })
  void malformedLinesNameFileLineAndProblem(String what, String name, String text, String message)
      throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text.replace("\\t", "\t").replace("\\n", "\n"));
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class, () -> PeakReader.read(file, CancellationToken.none()));
    String expected = dir.resolve(message.strip()).toString();
    assertTrue(e.getMessage().startsWith(expected), what + ": " + e.getMessage());
  }

  @Test
  void missingFileAndDamagedGzipAreNamed() throws IOException {
    Path missing = dir.resolve("none.bed");
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class, () -> PeakReader.read(missing, CancellationToken.none()));
    assertTrue(e.getMessage().contains("none.bed: the file does not exist"), e.getMessage());
    Path damaged = dir.resolve("d.bed.gz");
    Files.write(damaged, new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0});
    e =
        assertThrows(
            InvalidInputException.class, () -> PeakReader.read(damaged, CancellationToken.none()));
    assertTrue(e.getMessage().contains("d.bed.gz: the gzip file is damaged"), e.getMessage());
  }

  @Test
  void intervalSetAnswersOverlapsAfterMerging() {
    IntervalSet set =
        IntervalSet.of(
            List.of(
                new GenomicInterval("chr1", 100, 200),
                new GenomicInterval("chr1", 150, 260),
                new GenomicInterval("chr1", 500, 510),
                new GenomicInterval("chr2", 0, 5)));
    assertTrue(set.overlaps("chr1", 255, 300));
    assertTrue(!set.overlaps("chr1", 260, 500), "half-open: 260 and 500 are outside");
    assertTrue(set.overlaps("chr1", 509, 600));
    assertTrue(!set.overlaps("chr1", 0, 100));
    assertTrue(!set.overlaps("chr3", 0, 1000));
    assertTrue(
        IntervalSet.padded(List.of(new GenomicInterval("chr1", 100, 200)), 50)
            .overlaps("chr1", 240, 300));
  }
}
