package org.motifworkbench.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.motifworkbench.genome.GenomicInterval;
import org.motifworkbench.genome.ReferenceGenome;

class RegionParserTest {

  @TempDir static Path dir;

  private static ReferenceGenome genome;

  @BeforeAll
  static void writeGenome() throws Exception {
    Path fasta = dir.resolve("g.fa");
    Files.writeString(
        fasta,
        ">chr1\n" + "ACGT".repeat(250) + "\n>chr2\n" + "ACGT".repeat(500) + "\n>HLA:1\nACGTACGT\n");
    genome = ReferenceGenome.open(fasta);
  }

  @AfterAll
  static void close() {
    genome.close();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "chr2|chr2:0-2000",
        "' chr1 '|chr1:0-1000",
        "chr2:1,001-1,500|chr2:1000-1500",
        "chr2:1-1|chr2:0-1",
        "chr2:1001|chr2:1000-2000",
        "chr2:1001-|chr2:1000-2000",
        "chr2:2000-2000|chr2:1999-2000",
        "HLA:1|HLA:1:0-8",
        "HLA:1:2-4|HLA:1:1-4"
      })
  void readsSamtoolsRegions(String text, String expected) {
    RegionParser.Parsed p = RegionParser.parse(text, genome);
    assertEquals(expected, p.interval().toString());
    assertTrue(p.warning().isEmpty());
  }

  @Test
  void anEndBeyondTheContigIsClippedWithAWarning() {
    RegionParser.Parsed p = RegionParser.parse("chr1:901-5,000", genome);
    assertEquals(new GenomicInterval("chr1", 900, 1000), p.interval());
    assertTrue(
        p.warning().orElseThrow().contains("ends beyond chr1 (1,000 bases)"), p.warning().get());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "chr3:1-10|chromosome 'chr3' is not in the genome g.fa (it has chr1, chr2, HLA:1)",
        "2:1-10|which names it 'chr2'",
        "chr2:20-10|starts at 20, after its end 10",
        "chr2:0-10|positions are 1-based",
        "chr2:5,001-6,000|starts at 5,001, beyond the end of chr2 (2,000 bases)",
        "chr2:abc|is not of the form chr2, chr2:1,001-2,000",
        "chr2:1-2-3|is not of the form",
        "''|the region is empty"
      })
  void refusesWhatCannotBeScanned(String text, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RegionParser.parse(text, genome));
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void severalRegionsAreSortedAndMergedAndNoneMeansEveryContig() {
    List<String> warnings = new ArrayList<>();
    assertEquals(
        List.of(
            new GenomicInterval("chr1", 0, 300),
            new GenomicInterval("chr2", 99, 300),
            new GenomicInterval("chr2", 999, 1010)),
        RegionParser.parseAll(
            List.of("chr2:1000-1010", "chr2:200-300", "chr1:1-200", "chr2:100-250", "chr1:201-300"),
            genome,
            warnings));
    assertTrue(warnings.isEmpty());
    assertEquals(
        List.of(
            new GenomicInterval("HLA:1", 0, 8),
            new GenomicInterval("chr1", 0, 1000),
            new GenomicInterval("chr2", 0, 2000)),
        RegionParser.parseAll(List.of(), genome, warnings));
  }
}
