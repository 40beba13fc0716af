package org.motifworkbench.genome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import htsjdk.samtools.util.BlockCompressedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.encoding.ReverseComplement;
import org.motifworkbench.sequence.InvalidInputException;

class ReferenceGenomeTest {

  private static SyntheticGenome genome;

  @BeforeAll
  static void generate() {
    genome = SyntheticGenome.generate(7, 2, 30_000, 20);
  }

  @Test
  void readsBasesThroughAnIndexItBuilds(@TempDir Path dir) throws Exception {
    Path fasta = dir.resolve("genome.fa");
    genome.writeFasta(fasta);
    try (ReferenceGenome g = ReferenceGenome.open(fasta)) {
      assertTrue(Files.isRegularFile(dir.resolve("genome.fa.fai")), "index written beside it");
      assertEquals(List.of(new Contig("chr1", 30_000), new Contig("chr2", 30_000)), g.contigs());
      String chr2 = genome.bases("chr2");
      assertEquals(chr2.substring(12_345, 12_500), g.bases("chr2", 12_345, 12_500));
      assertEquals(chr2, g.bases(new GenomicInterval("chr2", 0, 30_000)));
      assertEquals("", g.bases("chr1", 5, 5));
    }
  }

  @Test
  void keepsSoftMaskingAndNRunsAsInTheFile(@TempDir Path dir) throws Exception {
    Path fasta = dir.resolve("genome.fa");
    genome.writeFasta(fasta);
    try (ReferenceGenome g = ReferenceGenome.open(fasta)) {
      GenomicInterval masked = genome.softMasked().get(0);
      String bases = g.bases(masked);
      assertEquals(bases.toLowerCase(java.util.Locale.ROOT), bases, "soft-masked stays lower case");
      assertEquals(
          "N".repeat(SyntheticGenome.TELOMERE), g.bases("chr1", 0, SyntheticGenome.TELOMERE));
      SyntheticGenome.Site site = genome.sites("chr1").get(0);
      String read = g.bases(site.interval()).toUpperCase(java.util.Locale.ROOT);
      String expected =
          site.strand() == '+'
              ? SyntheticGenome.MOTIF
              : ReverseComplement.of(SyntheticGenome.MOTIF);
      assertEquals(expected, read);
    }
  }

  @Test
  void namesTheOtherConventionForAMissingChromosome(@TempDir Path dir) throws Exception {
    Path fasta = dir.resolve("genome.fa");
    genome.writeFasta(fasta);
    try (ReferenceGenome g = ReferenceGenome.open(fasta)) {
      String message = g.missingContig("1").orElseThrow();
      assertTrue(message.contains("'1'") && message.contains("'chr1'"), message);
      assertTrue(g.missingContig("chrX").orElseThrow().contains("chr1, chr2"));
      assertTrue(g.missingContig("chr1").isEmpty());
      IllegalArgumentException outside =
          assertThrows(IllegalArgumentException.class, () -> g.bases("chr1", 29_990, 30_010));
      assertTrue(outside.getMessage().contains("outside chr1"), outside.getMessage());
    }
  }

  @Test
  void refusesPlainGzipWithWhatToDo(@TempDir Path dir) throws Exception {
    Path gz = dir.resolve("genome.fa.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(">chr1\nACGT\n".getBytes(StandardCharsets.US_ASCII));
    }
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> ReferenceGenome.open(gz));
    assertTrue(
        e.getMessage().contains("genome.fa.gz") && e.getMessage().contains("bgzip"),
        e.getMessage());
  }

  @Test
  void readsBgzipWithTheIndexesItBuilds(@TempDir Path dir) throws Exception {
    Path plain = dir.resolve("plain.fa");
    genome.writeFasta(plain);
    Path gz = dir.resolve("genome.fa.gz");
    try (OutputStream out = new BlockCompressedOutputStream(gz.toFile())) {
      out.write(Files.readAllBytes(plain));
    }
    try (ReferenceGenome g = ReferenceGenome.open(gz)) {
      assertEquals(genome.bases("chr2").substring(20_000, 20_300), g.bases("chr2", 20_000, 20_300));
      assertTrue(Files.isRegularFile(dir.resolve("genome.fa.gz.gzi")));
      assertTrue(Files.isRegularFile(dir.resolve("genome.fa.gz.fai")));
    }
  }

  @Test
  void explainsLinesOfUnequalLength(@TempDir Path dir) throws Exception {
    Path fasta = dir.resolve("ragged.fa");
    Files.writeString(fasta, ">chr1\nACGTACGT\nACG\nACGTACGT\n>chr2\nACGT\n");
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> ReferenceGenome.open(fasta));
    assertTrue(e.getMessage().contains("ragged.fa:3"), e.getMessage());
  }

  @Test
  void refusesAMissingFileAndAnEmptyOne(@TempDir Path dir) throws Exception {
    assertThrows(InvalidInputException.class, () -> ReferenceGenome.open(dir.resolve("none.fa")));
    Path empty = dir.resolve("empty.fa");
    Files.writeString(empty, "");
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> ReferenceGenome.open(empty));
    assertTrue(e.getMessage().contains("empty.fa"), e.getMessage());
  }

  @Test
  void syntheticGenomePlantsAwkwardSitesNearTheGapAndTheEnd() {
    List<SyntheticGenome.Site> chr1 = genome.sites("chr1");
    assertEquals(22, chr1.size());
    SyntheticGenome.Site last = chr1.get(chr1.size() - 1);
    assertEquals(30_000 - 40, last.end());
    assertTrue(chr1.stream().anyMatch(s -> s.start() == 15_000 + SyntheticGenome.GAP + 20));
    assertTrue(genome.sites().stream().anyMatch(SyntheticGenome.Site::softMasked));
  }
}
