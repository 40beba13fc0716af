package org.motifworkbench.motif;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.motifworkbench.sequence.DnaAlphabet;

/**
 * Information content of motif columns in bits against a uniform background (IC = 2 - H), with
 * Schneider et al.'s (1986) small-sample correction e(n) when the number of sites n is known and
 * small: the information a column of n random letters shows by chance, computed exactly.
 */
public final class InformationContent {

  /**
   * Site counts above this are "large": no correction is applied (e(1000) is 0.002 bits, below what
   * a logo can show).
   */
  public static final int LARGE_SAMPLE = 1000;

  private static final double LN2 = Math.log(2);
  private static final InformationContent UNCORRECTED = new InformationContent(0);

  private final double correction;

  private InformationContent(double correction) {
    this.correction = correction;
  }

  /** Plain 2 - H, for motifs whose number of sites is unknown or large. */
  public static InformationContent uncorrected() {
    return UNCORRECTED;
  }

  /**
   * IC for a motif built from {@code sites} aligned sites: the exact e(n) is subtracted from every
   * column when n <= {@link #LARGE_SAMPLE}, nothing above.
   *
   * @throws IllegalArgumentException when {@code sites} is below 1
   */
  public static InformationContent forSites(int sites) {
    if (sites < 1) {
      throw new IllegalArgumentException("the number of sites must be at least 1, not " + sites);
    }
    return sites > LARGE_SAMPLE
        ? UNCORRECTED
        : new InformationContent(smallSampleCorrection(sites));
  }

  /**
   * The exact e(n) for DNA: 2 minus the expected entropy of the letter frequencies of n letters
   * drawn from a uniform background (Schneider et al. 1986). Entropy is a sum over letters and each
   * letter's count is binomial(n, 1/4), so E[H] = 4 E[-(k/n) log2(k/n)] with k ~ B(n, 1/4): n + 1
   * terms instead of every composition. e(5) = 0.537 bits, where the large-n approximation 3 / (2
   * ln2 n) gives 0.433; the two agree to 0.0002 bits from n = 100 on.
   *
   * @throws IllegalArgumentException when {@code sites} is below 1
   */
  public static double smallSampleCorrection(int sites) {
    if (sites < 1) {
      throw new IllegalArgumentException("the number of sites must be at least 1, not " + sites);
    }
    double expectedEntropy = 0;
    // binomial probabilities by the recurrence P(k+1) = P(k) (n-k)/(k+1) (1/4)/(3/4), from (3/4)^n
    double probability = Math.pow(0.75, sites);
    for (int k = 0; k <= sites; k++) {
      if (k > 0) {
        double f = (double) k / sites;
        expectedEntropy -= 4 * probability * f * Math.log(f) / LN2;
      }
      probability *= (double) (sites - k) / (k + 1) / 3;
    }
    return 2 - expectedEntropy;
  }

  /** The bits subtracted from every column (0 when uncorrected). */
  public double correction() {
    return correction;
  }

  /** IC of one column of four frequencies (A, C, G, T; scaled to sum 1), never below 0. */
  public double column(double[] frequencies) {
    double[] p = normalize(frequencies);
    double entropy = 0;
    for (double f : p) {
      if (f > 0) {
        entropy -= f * Math.log(f) / LN2;
      }
    }
    return Math.max(0, 2 - entropy - correction);
  }

  /** IC of every column of the motif. */
  public double[] columns(Motif motif) {
    double[] out = new double[motif.width()];
    double[][] rows = motif.probabilities();
    for (int i = 0; i < out.length; i++) {
      out[i] = column(rows[i]);
    }
    return out;
  }

  /** Sum of the column ICs. */
  public double total(Motif motif) {
    double sum = 0;
    for (double bits : columns(motif)) {
      sum += bits;
    }
    return sum;
  }

  /** The logo of the motif: per column, letter height = frequency x column IC. */
  public List<LogoColumn> logo(Motif motif) {
    List<LogoColumn> out = new ArrayList<>(motif.width());
    for (double[] row : motif.probabilities()) {
      out.add(logoColumn(row));
    }
    return List.copyOf(out);
  }

  private LogoColumn logoColumn(double[] row) {
    double bits = column(row);
    double[] p = normalize(row);
    List<LetterHeight> letters = new ArrayList<>(4);
    for (int b = 0; b < 4; b++) {
      letters.add(new LetterHeight(DnaAlphabet.ACGT.charAt(b), p[b] * bits));
    }
    letters.sort(Comparator.comparingDouble(LetterHeight::height));
    return new LogoColumn(bits, letters);
  }

  private static double[] normalize(double[] frequencies) {
    if (frequencies.length != 4) {
      throw new IllegalArgumentException("a column needs 4 frequencies (A C G T)");
    }
    double sum = frequencies[0] + frequencies[1] + frequencies[2] + frequencies[3];
    double[] p = new double[4];
    for (int b = 0; b < 4; b++) {
      p[b] = sum > 0 ? frequencies[b] / sum : 0.25;
    }
    return p;
  }
}
