package org.motifworkbench.interpret;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Whether three ways of explaining one prediction point at the same bases: Spearman's rank
 * correlation ({@link RankCorrelation}) of the per-position scores of gradient x input, integrated
 * gradients and in-silico mutagenesis, pair by pair, over the sequence's own bases (never over N
 * padding, whose ties would inflate the agreement).
 *
 * <p>Each method's per-position score is {@link Attribution#perPosition()}: the attribution of the
 * present base for the two gradient methods and, for mutagenesis, minus the mean score change of
 * the three substitutions. The mean (not the largest loss) because it equals, up to the factor 4/3,
 * the mutagenesis value of the present base after centring over the four bases, the same centring
 * the gradients get (as Majdandzic et al., Genome Biology 2023, recommend), so the three scores
 * measure the same thing; the largest loss would rank a base by its single worst substitution,
 * which a gradient cannot see.
 *
 * @param inputVsIntegrated gradient x input against integrated gradients
 * @param inputVsMutagenesis gradient x input against mutagenesis
 * @param integratedVsMutagenesis integrated gradients against mutagenesis
 */
public record ExplanationAgreement(
    double inputVsIntegrated, double inputVsMutagenesis, double integratedVsMutagenesis) {

  /**
   * Rank correlations of 0.5 and more count as agreement: the usual threshold of a strong
   * association (Cohen), and the level below which the strongest bases of two methods already
   * differ visibly in the track.
   */
  public static final double AGREEMENT = 0.5;

  /** A pair of methods and their rank correlation. */
  public record Pair(String first, String second, double rho) {}

  /**
   * Compares three explanations of one sequence over positions {@code start} (0-based) to {@code
   * end} (exclusive).
   */
  public static ExplanationAgreement of(
      Attribution gradientTimesInput,
      Attribution integratedGradients,
      Attribution mutagenesis,
      int start,
      int end) {
    float[] a = Arrays.copyOfRange(gradientTimesInput.perPosition(), start, end);
    float[] b = Arrays.copyOfRange(integratedGradients.perPosition(), start, end);
    float[] c = Arrays.copyOfRange(mutagenesis.perPosition(), start, end);
    return new ExplanationAgreement(
        RankCorrelation.spearman(a, b),
        RankCorrelation.spearman(a, c),
        RankCorrelation.spearman(b, c));
  }

  /** The three pairs, in the order of the record's components. */
  public List<Pair> pairs() {
    String input = AttributionMethod.GRADIENT_X_INPUT.title().toLowerCase(Locale.ROOT);
    String integrated = AttributionMethod.INTEGRATED_GRADIENTS.title().toLowerCase(Locale.ROOT);
    String mutagenesis = "mutagenesis";
    return List.of(
        new Pair(input, integrated, inputVsIntegrated),
        new Pair(input, mutagenesis, inputVsMutagenesis),
        new Pair(integrated, mutagenesis, integratedVsMutagenesis));
  }

  /** Whether every pair reaches {@link #AGREEMENT}; false when any pair cannot be compared. */
  public boolean agrees() {
    return pairs().stream().allMatch(p -> p.rho() >= AGREEMENT);
  }

  /** The pair that agrees least (a pair that cannot be compared counts as the least). */
  public Pair weakest() {
    Pair weakest = null;
    for (Pair p : pairs()) {
      if (weakest == null || Double.isNaN(p.rho()) || p.rho() < weakest.rho()) {
        weakest = p;
        if (Double.isNaN(p.rho())) {
          break;
        }
      }
    }
    return weakest;
  }

  /**
   * One line in plain words, e.g. "Explanations agree: rank correlation 0.71 to 0.88" or
   * "Explanations disagree: rank correlation 0.31 between integrated gradients and mutagenesis".
   */
  public String summary() {
    Pair weakest = weakest();
    if (Double.isNaN(weakest.rho())) {
      return "Explanations cannot be compared: "
          + weakest.first()
          + " or "
          + weakest.second()
          + " gives every base the same score";
    }
    if (agrees()) {
      double high = pairs().stream().mapToDouble(Pair::rho).max().orElse(weakest.rho());
      return String.format(
          Locale.ROOT,
          "Explanations agree: rank correlation %s to %s",
          format(weakest.rho()),
          format(high));
    }
    return String.format(
        Locale.ROOT,
        "Explanations disagree: rank correlation %s between %s and %s",
        format(weakest.rho()),
        weakest.first(),
        weakest.second());
  }

  /** A correlation with two decimals ("0.31", "-0.05"), or "n/a" when it cannot be computed. */
  public static String format(double rho) {
    return Double.isNaN(rho) ? "n/a" : String.format(Locale.ROOT, "%.2f", rho);
  }
}
