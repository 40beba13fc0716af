package org.motifworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import htsjdk.samtools.util.BlockCompressedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.genome.SyntheticGenome;
import org.motifworkbench.variants.GenomeModel;

/** {@code mwb variants} end to end: a bgzipped VCF in, the effects table and a summary out. */
class VariantsCommandTest {

  @TempDir static Path dir;

  private static GenomeModel fixture;
  private static Path vcf;
  private static SyntheticGenome.Site site;

  @BeforeAll
  static void trainAndWriteVcf() throws Exception {
    fixture = GenomeModel.create(dir);
    String chr2 = fixture.genome().bases("chr2");
    site = fixture.genome().sites("chr2").stream().filter(s -> s.strand() == '+').findFirst().get();
    long g = site.start() + 6;
    long calm = site.start() + 300;
    String text =
        "##fileformat=VCFv4.2\n"
            + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n"
            + line("site", g, "G", "T,C")
            + line("calm", calm, base(chr2, calm), other(base(chr2, calm)))
            + line("wrong", calm, other(base(chr2, calm)), base(chr2, calm))
            + line("ensembl", "2", 5000, "A", "C")
            + line("ins", calm, base(chr2, calm), base(chr2, calm) + "T");
    vcf = dir.resolve("variants.vcf.gz");
    try (OutputStream out = new BlockCompressedOutputStream(vcf.toFile())) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  private static String base(String chr, long at0) {
    return String.valueOf(Character.toUpperCase(chr.charAt((int) at0)));
  }

  private static String other(String ref) {
    return ref.equals("A") ? "G" : "A";
  }

  private static String line(String id, long at0, String ref, String alt) {
    return line(id, "chr2", at0 + 1, ref, alt);
  }

  private static String line(String id, String chrom, long pos, String ref, String alt) {
    return String.join("\t", chrom, Long.toString(pos), id, ref, alt, ".", ".", ".") + "\n";
  }

  private String[] args(Path out, String... more) {
    List<String> all =
        new java.util.ArrayList<>(
            List.of(
                "variants",
                "-m",
                fixture.model().toString(),
                "-g",
                fixture.fasta().toString(),
                "--vcf",
                vcf.toString(),
                "-o",
                out.toString()));
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  @Test
  void writesTheEffectsTableAndSaysWhatWasNotScored() throws Exception {
    Path out = dir.resolve("effects.tsv");
    MainTest.Run r = MainTest.run(args(out));
    assertEquals(0, r.code(), r.err());
    List<String> rows = Files.readAllLines(out);
    assertEquals(
        "id\tchrom\tpos\tref\talt\tref_score\talt_score\tdelta\tstatus\tref_probability"
            + "\talt_probability",
        rows.get(0));
    assertEquals(7, rows.size());
    String[] t = rows.get(1).split("\t", -1);
    assertEquals(
        List.of("site", "chr2", Long.toString(site.start() + 7), "G", "T"),
        List.of(t).subList(0, 5));
    assertEquals("ok", t[8]);
    assertTrue(Double.parseDouble(t[7]) < -1, rows.get(1));
    assertTrue(t[5].matches("-?\\d+\\.\\d{4}"), t[5]);
    assertEquals("C", rows.get(2).split("\t")[4]);
    assertTrue(rows.get(3).contains("\tok\t"), rows.get(3));
    assertTrue(rows.get(4).endsWith("\tref mismatch\t\t"), rows.get(4));
    assertTrue(rows.get(5).endsWith("\tcontig missing\t\t"), rows.get(5));
    assertTrue(rows.get(6).endsWith("\tskipped: indel\t\t"), rows.get(6));
    String err = r.err();
    assertTrue(err.contains("Scored 3 of 6 alleles for class 'site' in "), err);
    assertTrue(err.contains("ref mismatch:"), err);
    assertTrue(
        err.contains(
            String.format(
                Locale.ROOT,
                "Warning: 1 VCF lines have a REF that differs from the genome"
                    + " (not scored; is the VCF from another genome build?):%n  line 5: chr2:%,d"
                    + " REF ",
                site.start() + 301)),
        err);
    assertTrue(
        err.contains(
            "Warning: chromosome '2' is not in the genome genome.fa, which names it 'chr2'"),
        err);
    assertEquals("", r.out());
  }

  @Test
  void bothStrandsAndAnotherClassAreAskedFor() throws Exception {
    Path out = dir.resolve("both.tsv");
    MainTest.Run r = MainTest.run(args(out, "--both-strands", "--class", "background"));
    assertEquals(0, r.code(), r.err());
    assertTrue(r.err().contains("for class 'background' (both strands)"), r.err());
    String[] site = Files.readAllLines(out).get(1).split("\t");
    assertTrue(Double.parseDouble(site[7]) > 1, String.join(" ", site));
  }

  @Test
  void badInputExitsWithTwoNamingFileAndLine() throws Exception {
    Path bad = dir.resolve("bad.vcf");
    Files.writeString(
        bad,
        "##fileformat=VCFv4.2\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n"
            + "chr2\t5000\t.\tA\tC\t.\t.\t.\nchr2\tfive\t.\tA\tC\t.\t.\t.\n");
    Path out = dir.resolve("never.tsv");
    MainTest.Run r =
        MainTest.run(
            "variants",
            "-m",
            fixture.model().toString(),
            "-g",
            fixture.fasta().toString(),
            "--vcf",
            bad.toString(),
            "-o",
            out.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("Error: " + bad + ":4: is not a valid VCF record"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    assertFalse(Files.exists(out));

    MainTest.Run unknown = MainTest.run(args(dir.resolve("x.tsv"), "--class", "bound"));
    assertEquals(2, unknown.code());
    assertEquals(
        "Error: the model has no class 'bound'; its classes are background, site.\n",
        unknown.err().replace("\r", ""));

    MainTest.Run over = MainTest.run(args(vcf));
    assertEquals(2, over.code());
    assertTrue(over.err().contains(vcf.getFileName().toString()), over.err());
  }
}
