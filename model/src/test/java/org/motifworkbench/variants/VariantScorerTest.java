package org.motifworkbench.variants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.bundle.ModelBundle;
import org.motifworkbench.encoding.ReverseComplement;
import org.motifworkbench.genome.ReferenceGenome;
import org.motifworkbench.genome.SyntheticGenome;
import org.motifworkbench.network.SequenceClassifier;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.progress.ProgressListener;

/**
 * Variant effects on a synthetic genome with a model trained on chr1's planted sites: SNVs that
 * break a site on chr2 get the most negative deltas, and every line that cannot be scored says why.
 */
class VariantScorerTest {

  @TempDir static Path dir;

  private static GenomeModel fixture;
  private static ModelBundle bundle;
  private static ReferenceGenome genome;

  @BeforeAll
  static void trainOnChr1() throws Exception {
    fixture = GenomeModel.create(dir);
    bundle = ModelBundle.load(fixture.model());
    genome = ReferenceGenome.open(fixture.fasta());
  }

  @AfterAll
  static void close() {
    bundle.close();
    genome.close();
  }

  private static SequenceClassifier classifier() {
    return bundle.classifier();
  }

  private static VariantScorer.Options options(boolean bothStrands) {
    return VariantScorer.Options.forClasses(classifier().classNames(), null, bothStrands);
  }

  private static List<VariantEffect> score(List<VcfVariant> variants, boolean bothStrands) {
    return VariantScorer.score(
        classifier(),
        genome,
        variants,
        options(bothStrands),
        ProgressListener.NONE,
        CancellationToken.none());
  }

  private static VcfVariant snv(int line, String contig, long position0, String alt) {
    String ref = genome.bases(contig, position0, position0 + 1).toUpperCase(Locale.ROOT);
    return new VcfVariant(line, "v" + line, contig, position0 + 1, ref, List.of(alt));
  }

  /** The base an SNV puts in place of {@code ref}: a transversion, never the same base. */
  private static String other(String ref) {
    return switch (ref) {
      case "G" -> "T";
      case "C" -> "A";
      case "A" -> "C";
      default -> "G";
    };
  }

  /**
   * SNVs on the first G of CCACCAGGGGGCGC (motif index 6), on whichever strand the site lies. Of
   * the 14 bases this is the one whose change costs this model most (median delta -2.2 logits,
   * index 12 -1.7, index 0 -1.9; the C at index 2 and A at 5 barely matter, -0.1 and -0.2),
   * measured per index on chr2's 122 sites.
   */
  private static List<VcfVariant> siteBreaking() {
    List<VcfVariant> out = new ArrayList<>();
    int line = 1;
    for (SyntheticGenome.Site site : fixture.genome().sites("chr2")) {
      int index = 6;
      long at = site.strand() == '+' ? site.start() + index : site.end() - 1 - index;
      String ref = genome.bases("chr2", at, at + 1).toUpperCase(Locale.ROOT);
      out.add(snv(line++, "chr2", at, other(ref)));
    }
    return out;
  }

  /** SNVs at random chr2 positions at least 100 bases from every site, their windows free of N. */
  private static List<VcfVariant> randomPositions(int count) {
    SplittableRandom random = new SplittableRandom(17);
    String chr2 = fixture.genome().bases("chr2");
    List<VcfVariant> out = new ArrayList<>();
    while (out.size() < count) {
      long at = random.nextLong(100, chr2.length() - 100);
      boolean near =
          fixture.genome().sites("chr2").stream()
              .anyMatch(s -> at > s.start() - 100 && at < s.end() + 100);
      if (near || chr2.substring((int) at - 40, (int) at + 40).indexOf('N') >= 0) {
        continue;
      }
      String ref = String.valueOf(Character.toUpperCase(chr2.charAt((int) at)));
      out.add(snv(1000 + out.size(), "chr2", at, other(ref)));
    }
    return out;
  }

  @Test
  void snvsThatBreakASiteGetTheMostNegativeDeltas() {
    List<VcfVariant> breaking = siteBreaking();
    List<VcfVariant> random = randomPositions(300);
    for (boolean both : new boolean[] {false, true}) {
      float[] site = deltas(score(breaking, both));
      float[] background = deltas(score(random, both));
      Arrays.sort(site);
      Arrays.sort(background);
      int below = 0;
      long pairs = 0;
      for (float d : site) {
        below += d < background[0] ? 1 : 0;
        for (float r : background) {
          pairs += d < r ? 1 : 0;
        }
      }
      double auc = (double) pairs / site.length / background.length;
      String figures =
          String.format(
              Locale.ROOT,
              "both strands %b: site deltas median %.2f (max %.2f), random median %.2f (min %.2f);"
                  + " %d of %d site SNVs below every random one; P(site < random) %.4f",
              both,
              site[site.length / 2],
              site[site.length - 1],
              background[background.length / 2],
              background[0],
              below,
              site.length,
              auc);
      assertTrue(site[site.length / 2] < -1.5, figures);
      assertTrue(Math.abs(background[background.length / 2]) < 0.3, figures);
      assertTrue(below >= 0.9 * site.length, figures);
      assertTrue(auc > 0.99, figures);
      Figures.note(figures);
    }
  }

  private static float[] deltas(List<VariantEffect> effects) {
    float[] out = new float[effects.size()];
    for (int i = 0; i < out.length; i++) {
      assertEquals(VariantStatus.OK, effects.get(i).status(), effects.get(i).toString());
      out[i] = effects.get(i).delta();
    }
    return out;
  }

  @Test
  void scoresAreTheLogitsOfTheWindowCentredOnTheVariant() {
    VcfVariant v = randomPositions(1).get(0);
    VariantEffect e = score(List.of(v), false).get(0);
    int length = classifier().inputLength();
    assertEquals(GenomeModel.LENGTH, length);
    long start = v.position() - 1 - length / 2;
    String ref = genome.bases("chr2", start, start + length).toUpperCase(Locale.ROOT);
    // Even length 60: the variant is base 30, with 30 bases before it and 29 after.
    assertEquals(v.ref(), ref.substring(30, 31));
    String alt = ref.substring(0, 30) + v.alts().get(0) + ref.substring(31);
    float[] logits = classifier().logits(List.of(ref, alt), 2);
    assertEquals(logits[0], e.refScore(), 1e-5);
    assertEquals(logits[1], e.altScore(), 1e-5);
    assertEquals(logits[1] - logits[0], e.delta(), 1e-5);
    assertEquals(1 / (1 + Math.exp(-logits[0])), e.refProbability(), 1e-5);
  }

  @Test
  void bothStrandsScoreTheLogOddsOfTheAveragedProbability() {
    VcfVariant v = siteBreaking().get(0);
    VariantEffect e = score(List.of(v), true).get(0);
    long start = v.position() - 1 - GenomeModel.LENGTH / 2;
    String ref = genome.bases("chr2", start, start + GenomeModel.LENGTH).toUpperCase(Locale.ROOT);
    float[][] p = classifier().predictBothStrands(List.of(ref), 1);
    assertEquals(p[0][1], e.refProbability(), 1e-5);
    assertEquals(Math.log(p[0][1] / (1 - p[0][1])), e.refScore(), 1e-3);
    // The reverse strand's window scores the same when asked with both strands.
    VariantScorer.Options opts = options(true);
    float[][] forward = VariantScorer.scores(classifier(), List.of(ref), opts);
    float[][] reverse =
        VariantScorer.scores(classifier(), List.of(ReverseComplement.of(ref)), opts);
    assertEquals(forward[0][0], reverse[0][0], 1e-4);
  }

  @Test
  void aRefThatDiffersFromTheGenomeIsReportedAndNotScored() {
    VcfVariant good = randomPositions(1).get(0);
    String wrong = other(good.ref());
    VcfVariant bad =
        new VcfVariant(7, "bad", "chr2", good.position(), wrong, List.of(good.ref(), "T"));
    List<VariantEffect> effects = score(List.of(bad, good), false);
    assertEquals(3, effects.size());
    assertEquals(VariantStatus.REF_MISMATCH, effects.get(0).status());
    assertEquals(VariantStatus.REF_MISMATCH, effects.get(1).status());
    assertEquals("REF " + wrong + ", genome " + good.ref(), effects.get(0).detail());
    assertTrue(Float.isNaN(effects.get(0).delta()));
    assertEquals(VariantStatus.OK, effects.get(2).status());
    EffectCounts counts = new EffectCounts();
    counts.add(effects);
    assertEquals(1, counts.mismatchLines());
    assertEquals(
        List.of("line 7: " + bad.locus() + " REF " + wrong + ", genome " + good.ref()),
        counts.mismatchExamples());
  }

  @Test
  void softMaskedBasesMatchAnUpperCaseRef() {
    var masked = fixture.genome().softMasked().get(0);
    long at = masked.start() + 100;
    String base = genome.bases(masked.contig(), at, at + 1);
    assertEquals(base.toLowerCase(Locale.ROOT), base);
    String upper = base.toUpperCase(Locale.ROOT);
    VcfVariant v = new VcfVariant(1, ".", masked.contig(), at + 1, upper, List.of(other(upper)));
    VariantEffect e = score(List.of(v), false).get(0);
    assertEquals(VariantStatus.OK, e.status());
    assertTrue(Float.isFinite(e.delta()));
  }

  @Test
  void everyAlleleThatCannotBeScoredSaysWhy() {
    VcfVariant site = siteBreaking().get(0);
    long p = site.position();
    String ref = site.ref();
    String chr2 = fixture.genome().bases("chr2");
    String two = chr2.substring((int) p - 1, (int) p + 1).toUpperCase(Locale.ROOT);
    VcfVariant multi =
        new VcfVariant(
            1, "multi", "chr2", p, ref, List.of(site.alts().get(0), ref + "T", "<DEL>", "*"));
    VcfVariant deletion = new VcfVariant(2, "del", "chr2", p, two, List.of(two.substring(0, 1)));
    VcfVariant mnp = new VcfVariant(3, "mnp", "chr2", p, two, List.of(other(ref) + "A"));
    VcfVariant noAlt = new VcfVariant(4, "noalt", "chr2", p, ref, List.of());
    VcfVariant breakend = new VcfVariant(5, "bnd", "chr2", p, ref, List.of(ref + "[chr1:500["));
    VcfVariant missing = new VcfVariant(6, "m", "2", 5000, "A", List.of("C"));
    // chr1's first 1,000 bases are N: REF N matches, but 30 bases to the left are off the contig.
    VcfVariant nearStart = new VcfVariant(7, "start", "chr1", 10, "N", List.of("A"));
    VcfVariant pastEnd = new VcfVariant(8, "end", "chr1", 120_001, "A", List.of("C"));
    long last = chr2.length();
    String lastBase = chr2.substring((int) last - 5, (int) last - 4).toUpperCase(Locale.ROOT);
    VcfVariant nearEnd = new VcfVariant(9, "nearend", "chr2", last - 4, lastBase, List.of("N"));
    List<VariantEffect> effects =
        score(
            List.of(multi, deletion, mnp, noAlt, breakend, missing, nearStart, pastEnd, nearEnd),
            false);
    List<String> got =
        effects.stream().map(e -> e.variant().id() + " " + e.alt() + " " + e.status()).toList();
    assertEquals(
        List.of(
            "multi " + site.alts().get(0) + " ok",
            "multi " + ref + "T skipped: indel",
            "multi <DEL> skipped: symbolic allele",
            "multi * skipped: spanning deletion",
            "del " + two.charAt(0) + " skipped: indel",
            "mnp " + other(ref) + "A skipped: multi-base substitution",
            "noalt . skipped: no alternative allele",
            "bnd " + ref + "[chr1:500[ skipped: symbolic allele",
            "m C contig missing",
            "start A window off contig",
            "end C position off contig",
            "nearend N window off contig"),
        got);
    assertTrue(
        effects
            .get(8)
            .detail()
            .contains("chromosome '2' is not in the genome genome.fa, which" + " names it 'chr2'"),
        effects.get(8).detail());
    EffectCounts counts = new EffectCounts();
    counts.add(effects);
    assertEquals(12, counts.total());
    assertEquals(1, counts.count(VariantStatus.OK));
    assertEquals(2, counts.count(VariantStatus.WINDOW_OFF_CONTIG));
    assertEquals(1, counts.missingContigHints().size());
    assertEquals(
        "1 of 12 alleles scored; contig missing 1, position off contig 1, window off contig 2,"
            + " skipped: indel 2, skipped: multi-base substitution 1, skipped: symbolic allele 2,"
            + " skipped: spanning deletion 1, skipped: no alternative allele 1",
        counts.summary());
  }

  @Test
  void batchesGiveTheSameScoresAsOneCallAndCancelStopsBetweenThem() {
    List<VcfVariant> random = randomPositions(40);
    List<VariantEffect> one = score(random, false);
    VariantScorer.Options small = new VariantScorer.Options(1, false, 7);
    List<Double> fractions = new ArrayList<>();
    List<VariantEffect> batched =
        VariantScorer.score(
            classifier(),
            genome,
            random,
            small,
            (f, m) -> fractions.add(f),
            CancellationToken.none());
    for (int i = 0; i < one.size(); i++) {
      assertEquals(one.get(i).delta(), batched.get(i).delta(), 1e-5);
    }
    assertEquals(1.0, fractions.get(fractions.size() - 1));
    assertEquals(6, fractions.size());
    CancellationToken cancel = CancellationToken.none();
    cancel.cancel();
    org.junit.jupiter.api.Assertions.assertThrows(
        org.motifworkbench.progress.CancelledException.class,
        () ->
            VariantScorer.score(
                classifier(), genome, random, small, ProgressListener.NONE, cancel));
  }
}
