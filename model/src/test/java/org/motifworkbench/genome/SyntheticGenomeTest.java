package org.motifworkbench.genome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import htsjdk.variant.variantcontext.VariantContext;
import htsjdk.variant.vcf.VCFFileReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.encoding.ReverseComplement;

class SyntheticGenomeTest {

  private final SyntheticGenome genome = SyntheticGenome.generate(3, 2, 40_000, 30);

  @Test
  void sameSeedSameGenome() {
    SyntheticGenome again = SyntheticGenome.generate(3, 2, 40_000, 30);
    assertEquals(genome.bases("chr2"), again.bases("chr2"));
    assertEquals(genome.sites(), again.sites());
  }

  @Test
  void everySiteReadsAsTheMotifOnItsStrand() {
    for (SyntheticGenome.Site s : genome.sites()) {
      String read =
          genome
              .bases(s.contig())
              .substring((int) s.start(), (int) s.end())
              .toUpperCase(Locale.ROOT);
      String onStrand = s.strand() == '+' ? read : ReverseComplement.of(read);
      assertEquals(SyntheticGenome.MOTIF, onStrand, s.toString());
    }
  }

  @Test
  void vcfIsReadByHtsjdkAndItsAnswersHold(@TempDir Path dir) throws Exception {
    Path vcf = dir.resolve("v.vcf");
    genome.writeVcf(vcf);
    List<VariantContext> records = new ArrayList<>();
    try (VCFFileReader reader = new VCFFileReader(vcf, false)) {
      reader.forEach(records::add);
    }
    int breaks = 0;
    for (VariantContext v : records) {
      String id = v.getID();
      if (id.startsWith("unknown")) {
        assertEquals("chrUn", v.getContig());
        continue;
      }
      char genomeBase = Character.toUpperCase(genome.bases(v.getContig()).charAt(v.getStart() - 1));
      char ref = v.getReference().getBaseString().charAt(0);
      if (id.startsWith("mismatch")) {
        assertNotEquals(genomeBase, ref);
      } else {
        assertEquals(genomeBase, ref, id);
      }
      if (id.startsWith("break")) {
        breaks++;
      }
      if (id.startsWith("multi")) {
        assertEquals(2, v.getAlternateAlleles().size());
      }
      if (id.startsWith("indel")) {
        assertTrue(v.isIndel());
      }
    }
    assertEquals(genome.sites().size(), breaks);
    assertTrue(Files.readString(vcf).startsWith("##fileformat=VCFv4.2"));
  }

  @Test
  void shippedSampleGenomeIsTheGeneratorsOutput(@TempDir Path dir) throws Exception {
    Path shipped = Path.of("..", "samples", "genome");
    SyntheticGenome sample = SyntheticGenome.generate(20, 3, 100_000, 150);
    sample.writeFasta(dir.resolve("g.fa"));
    sample.writeNarrowPeak(dir.resolve("g.narrowPeak"));
    sample.writeVcf(dir.resolve("g.vcf"));
    assertEquals(
        Files.readString(dir.resolve("g.fa")),
        Files.readString(shipped.resolve("synthetic-genome.fa")));
    assertEquals(
        Files.readString(dir.resolve("g.narrowPeak")),
        Files.readString(shipped.resolve("synthetic-genome.narrowPeak")));
    assertEquals(
        Files.readString(dir.resolve("g.vcf")),
        Files.readString(shipped.resolve("synthetic-genome.vcf")));
  }
}
