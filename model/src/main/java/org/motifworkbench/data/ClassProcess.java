package org.motifworkbench.data;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * How one class generates a sequence: uniform random bases, then with probability {@code weight} of
 * a planting that planting overwrites part of them (with the remaining probability nothing is
 * planted). Sequences containing a {@code forbidden} k-mer on the forward strand are rejected and
 * drawn again.
 */
public record ClassProcess(String label, List<Planting> plantings, List<String> forbidden) {

  private static final int MAX_ATTEMPTS = 100_000;

  public ClassProcess {
    plantings = List.copyOf(plantings);
    forbidden = List.copyOf(forbidden);
    if (plainWeight(plantings) < -1e-9) {
      throw new IllegalArgumentException("planting weights of " + label + " add up to over 1");
    }
  }

  /** Uniform random sequences, nothing planted. */
  public static ClassProcess background(String label) {
    return new ClassProcess(label, List.of(), List.of());
  }

  /** Probability that nothing is planted. */
  public double plainWeight() {
    return Math.max(0, plainWeight(plantings));
  }

  private static double plainWeight(List<Planting> plantings) {
    return 1 - plantings.stream().mapToDouble(Planting::weight).sum();
  }

  /**
   * P(x | this class) / P(x | uniform background): the sum over every planting, start and strand of
   * its probability times the site's likelihood ratio, plus the no-planting probability.
   *
   * <p>With forbidden k-mers this is 0 for sequences containing one and otherwise <em>not</em>
   * divided by the acceptance probability of the rejection step. That constant does not change any
   * decision when the other classes only produce sequences that contain a forbidden k-mer (as in
   * the clean promoter task, whose positives always carry one), so the ceiling stays exact.
   */
  public double likelihoodRatio(CharSequence x) {
    if (containsForbidden(x)) {
      return 0;
    }
    double sum = plainWeight();
    for (Planting planting : plantings) {
      sum += planting.weight() * planting.meanRatio(x);
    }
    return sum;
  }

  /** One sequence of this class with what was planted in it, if anything. */
  public GeneratedSequence sample(int length, SplittableRandom random) {
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      char[] x = RandomBases.random(length, random);
      Optional<PlantedSite> site = plantOne(x, random);
      String bases = new String(x);
      if (!containsForbidden(bases)) {
        return new GeneratedSequence(bases, site);
      }
    }
    throw new IllegalStateException(
        "could not draw a "
            + label
            + " sequence of length "
            + length
            + " without "
            + forbidden
            + " in "
            + MAX_ATTEMPTS
            + " attempts; use shorter sequences.");
  }

  private Optional<PlantedSite> plantOne(char[] x, SplittableRandom random) {
    double u = random.nextDouble();
    for (Planting planting : plantings) {
      u -= planting.weight();
      if (u < 0) {
        return Optional.of(planting.plant(x, random));
      }
    }
    return Optional.empty();
  }

  private boolean containsForbidden(CharSequence x) {
    String s = x.toString();
    for (String kmer : forbidden) {
      if (s.contains(kmer)) {
        return true;
      }
    }
    return false;
  }

  /** A sampled sequence and its planted site (empty when nothing was planted). */
  public record GeneratedSequence(String bases, Optional<PlantedSite> site) {}
}
