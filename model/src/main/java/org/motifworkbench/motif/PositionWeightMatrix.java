package org.motifworkbench.motif;

import org.motifworkbench.sequence.DnaAlphabet;

/**
 * Turns site counts into a {@link Motif} and derives a motif's reverse complement and IUPAC
 * consensus.
 */
public final class PositionWeightMatrix {

  /** Pseudocount added to every base of every position unless another one is given. */
  public static final double DEFAULT_PSEUDOCOUNT = 0.1;

  /** Two-base codes indexed by 4 x low base + high base: AC M, AG R, AT W, CG S, CT Y, GT K. */
  private static final String IUPAC_PAIRS = "-MRW--SY---K";

  private PositionWeightMatrix() {}

  /** {@link #fromCounts(String, String, double[][], double)} with the default pseudocount. */
  public static Motif fromCounts(String id, String altName, double[][] counts) {
    return fromCounts(id, altName, counts, DEFAULT_PSEUDOCOUNT);
  }

  /**
   * A motif from a w x 4 count matrix (A, C, G, T): each probability is (count + pseudocount) /
   * (row total + 4 pseudocount).
   *
   * @throws IllegalArgumentException for negative or non-finite counts or pseudocount, a row that
   *     is not 4 wide, or an all-zero row without pseudocount
   */
  public static Motif fromCounts(String id, String altName, double[][] counts, double pseudocount) {
    if (!(pseudocount >= 0) || Double.isInfinite(pseudocount)) {
      throw new IllegalArgumentException("pseudocount must be a finite number >= 0");
    }
    double[][] probabilities = new double[counts.length][4];
    for (int i = 0; i < counts.length; i++) {
      double total = rowTotal(counts[i], i);
      if (total + 4 * pseudocount <= 0) {
        throw new IllegalArgumentException("row " + (i + 1) + " has no counts and no pseudocount");
      }
      for (int b = 0; b < 4; b++) {
        probabilities[i][b] = (counts[i][b] + pseudocount) / (total + 4 * pseudocount);
      }
    }
    return new Motif(id, altName, probabilities);
  }

  /** The number of sites of a count matrix: its largest row total, rounded. */
  public static int sites(double[][] counts) {
    double most = 0;
    for (int i = 0; i < counts.length; i++) {
      most = Math.max(most, rowTotal(counts[i], i));
    }
    return (int) Math.round(most);
  }

  /**
   * The motif of the opposite strand, same id, name and site count: rows in reverse order, A
   * swapped with T and C with G.
   */
  public static Motif reverseComplement(Motif motif) {
    int w = motif.width();
    double[][] out = new double[w][4];
    for (int i = 0; i < w; i++) {
      for (int b = 0; b < 4; b++) {
        out[w - 1 - i][3 - b] = motif.probability(i, b);
      }
    }
    return motif.withProbabilities(out);
  }

  /**
   * Consensus with IUPAC codes by Cavener's rules: one base when it has more than half the weight
   * and twice the second, else a two-base code (M R W S Y K) when two bases exceed 3/4, else N.
   */
  public static String iupacConsensus(Motif motif) {
    StringBuilder sb = new StringBuilder(motif.width());
    for (double[] row : motif.normalized().probabilities()) {
      sb.append(iupac(row));
    }
    return sb.toString();
  }

  private static char iupac(double[] p) {
    int first = 0;
    for (int b = 1; b < 4; b++) {
      if (p[b] > p[first]) {
        first = b;
      }
    }
    int second = first == 0 ? 1 : 0;
    for (int b = 0; b < 4; b++) {
      if (b != first && p[b] > p[second]) {
        second = b;
      }
    }
    if (p[first] > 0.5 && p[first] > 2 * p[second]) {
      return DnaAlphabet.ACGT.charAt(first);
    }
    if (p[first] + p[second] > 0.75) {
      return pairCode(Math.min(first, second), Math.max(first, second));
    }
    return 'N';
  }

  private static char pairCode(int low, int high) {
    return IUPAC_PAIRS.charAt(4 * low + high);
  }

  private static double rowTotal(double[] row, int index) {
    if (row.length != 4) {
      throw new IllegalArgumentException("row " + (index + 1) + " needs 4 counts (A C G T)");
    }
    double total = 0;
    for (double c : row) {
      if (!(c >= 0) || Double.isInfinite(c)) {
        throw new IllegalArgumentException("row " + (index + 1) + " has a count " + c);
      }
      total += c;
    }
    return total;
  }
}
