package org.motifworkbench.data;

import java.util.Locale;
import java.util.SplittableRandom;
import org.motifworkbench.motif.Motif;
import org.motifworkbench.sequence.DnaAlphabet;

/**
 * What a class plants: a name and per-position base probabilities (w x 4, A C G T). An exact k-mer
 * is the special case with one base of probability 1 per position.
 */
public record SiteModel(String name, Motif motif) {

  private static final String IUPAC = "ACGTRYSWKMBDHVN";
  private static final String[] IUPAC_BASES = {
    "A", "C", "G", "T", "AG", "CT", "CG", "AT", "GT", "AC", "CGT", "AGT", "ACT", "ACG", "ACGT"
  };

  /** A site that is always exactly {@code kmer} (IUPAC codes allowed, e.g. R = A or G). */
  public static SiteModel exact(String kmer) {
    String upper = kmer.toUpperCase(Locale.ROOT);
    double[][] rows = new double[upper.length()][4];
    for (int i = 0; i < upper.length(); i++) {
      int code = IUPAC.indexOf(upper.charAt(i));
      if (code < 0) {
        throw new IllegalArgumentException("'" + upper.charAt(i) + "' is not a DNA letter");
      }
      String bases = IUPAC_BASES[code];
      for (int j = 0; j < bases.length(); j++) {
        rows[i][DnaAlphabet.index(bases.charAt(j))] = 1.0 / bases.length();
      }
    }
    return new SiteModel(upper, new Motif(upper, "", rows));
  }

  /** True when {@code kmer} is made of A, C, G, T and IUPAC codes only. */
  public static boolean isDna(String kmer) {
    return !kmer.isEmpty()
        && kmer.toUpperCase(Locale.ROOT).chars().allMatch(c -> IUPAC.indexOf(c) >= 0);
  }

  /** Sites sampled from a motif's probability matrix, rows scaled to sum 1. */
  public static SiteModel of(String name, Motif motif) {
    return new SiteModel(name, motif.normalized());
  }

  public int width() {
    return motif.width();
  }

  /** One site in motif orientation, each base drawn from its row. */
  public String sample(SplittableRandom random) {
    StringBuilder sb = new StringBuilder(width());
    for (int i = 0; i < width(); i++) {
      double u = random.nextDouble();
      int b = 0;
      while (b < 3 && u >= motif.probability(i, b)) {
        u -= motif.probability(i, b);
        b++;
      }
      sb.append(DnaAlphabet.ACGT.charAt(b));
    }
    return sb.toString();
  }

  /**
   * P(x[start..start+w) | site) / P(same bases | uniform background), reading the site on the
   * reverse strand when {@code reverse}; 0 when a base is not A, C, G or T.
   */
  public double ratio(CharSequence x, int start, boolean reverse) {
    double r = 1;
    int w = width();
    for (int j = 0; j < w && r > 0; j++) {
      int b =
          reverse
              ? complementIndex(x.charAt(start + w - 1 - j))
              : DnaAlphabet.index(x.charAt(start + j));
      r = b < 0 ? 0 : r * motif.probability(j, b) * 4;
    }
    return r;
  }

  private static int complementIndex(char base) {
    int b = DnaAlphabet.index(base);
    return b < 0 ? -1 : 3 - b;
  }
}
