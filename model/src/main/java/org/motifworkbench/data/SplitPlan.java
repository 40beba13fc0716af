package org.motifworkbench.data;

import java.util.ArrayList;
import java.util.List;
import org.motifworkbench.sequence.SequenceSet;

/**
 * How to split a data set: mode, target fractions, seed and (for chromosome hold-out) the test and
 * validation chromosomes. A plain record so it can be stored as JSON beside a trained model; empty
 * chromosome lists mean "choose automatically".
 */
public record SplitPlan(
    SplitMode mode,
    double trainFraction,
    double validationFraction,
    double testFraction,
    long seed,
    List<String> testChromosomes,
    List<String> validationChromosomes) {

  public static final double DEFAULT_TRAIN = 0.64;
  public static final double DEFAULT_VALIDATION = 0.16;
  public static final double DEFAULT_TEST = 0.20;

  public SplitPlan {
    mode = mode == null ? SplitMode.STRATIFIED : mode;
    testChromosomes = testChromosomes == null ? List.of() : List.copyOf(testChromosomes);
    validationChromosomes =
        validationChromosomes == null ? List.of() : List.copyOf(validationChromosomes);
  }

  /** Stratified 0.64/0.16/0.20 split with the given seed. */
  public static SplitPlan stratified(long seed) {
    return new SplitPlan(
        SplitMode.STRATIFIED, DEFAULT_TRAIN, DEFAULT_VALIDATION, DEFAULT_TEST, seed, null, null);
  }

  /** Chromosome hold-out with default fractions; empty lists are chosen from the seed. */
  public static SplitPlan chromosomes(long seed, List<String> test, List<String> validation) {
    return new SplitPlan(
        SplitMode.CHROMOSOME,
        DEFAULT_TRAIN,
        DEFAULT_VALIDATION,
        DEFAULT_TEST,
        seed,
        test,
        validation);
  }

  /** The same plan with other target fractions. */
  public SplitPlan withFractions(double train, double validation, double test) {
    return new SplitPlan(
        mode, train, validation, test, seed, testChromosomes, validationChromosomes);
  }

  /** Problems with this plan in plain language; empty when it can be used. */
  public List<String> problems() {
    List<String> out = new ArrayList<>();
    double[] fractions = {trainFraction, validationFraction, testFraction};
    String[] names = {"training", "validation", "test"};
    for (int i = 0; i < 3; i++) {
      if (!(fractions[i] >= 0 && fractions[i] <= 1)) {
        out.add("The " + names[i] + " fraction must be between 0 and 1.");
      }
    }
    if (Math.abs(trainFraction + validationFraction + testFraction - 1) > 1e-6) {
      out.add("The training, validation and test fractions must add up to 1.");
    }
    if (!(trainFraction > 0)) {
      out.add("The training fraction must be above 0.");
    }
    for (String c : testChromosomes) {
      if (validationChromosomes.stream().anyMatch(v -> ChromosomeNames.sameChromosome(c, v))) {
        out.add("Chromosome " + c + " cannot be both a test and a validation chromosome.");
      }
    }
    if (mode == SplitMode.STRATIFIED
        && (!testChromosomes.isEmpty() || !validationChromosomes.isEmpty())) {
      out.add("Chromosomes can only be chosen for a chromosome hold-out split.");
    }
    return out;
  }

  /**
   * Splits the set by this plan. The returned split carries the plan as actually used (with the
   * chromosomes chosen automatically filled in).
   *
   * @throws IllegalArgumentException when {@link #problems()} is not empty
   * @throws org.motifworkbench.sequence.InvalidInputException when the data do not fit the plan
   */
  public DataSplit split(SequenceSet set) {
    List<String> problems = problems();
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join(" ", problems));
    }
    return mode == SplitMode.CHROMOSOME
        ? new ChromosomeSplitter(this).split(set)
        : new StratifiedSplitter(this).split(set);
  }
}
