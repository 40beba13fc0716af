package org.motifworkbench.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    return problemsBySetting().values().stream().flatMap(List::stream).distinct().toList();
  }

  /**
   * The same problems keyed by the setting they concern (the record component's name, e.g.
   * "testFraction"), so a form can mark the input; a problem of several settings is under each. The
   * allowed shares are those of {@link SplitParameter}.
   */
  public Map<String, List<String>> problemsBySetting() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    String[] settings =
        Arrays.stream(SplitParameter.values()).map(SplitParameter::setting).toArray(String[]::new);
    for (SplitParameter p : SplitParameter.values()) {
      String problem = p.problem(p.fractionName(), p.valueIn(this));
      if (problem != null) {
        add(out, problem, p.setting());
      }
    }
    if (Math.abs(trainFraction + validationFraction + testFraction - 1) > 1e-6) {
      add(out, "The training, validation and test fractions must add up to 1.", settings);
    }
    if (!(trainFraction > 0)) {
      add(out, "The training fraction must be above 0.", "trainFraction");
    }
    for (String c : testChromosomes) {
      if (validationChromosomes.stream().anyMatch(v -> ChromosomeNames.sameChromosome(c, v))) {
        add(
            out,
            "Chromosome " + c + " cannot be both a test and a validation chromosome.",
            "testChromosomes",
            "validationChromosomes");
      }
    }
    if (mode == SplitMode.STRATIFIED
        && (!testChromosomes.isEmpty() || !validationChromosomes.isEmpty())) {
      add(out, "Chromosomes can only be chosen for a chromosome hold-out split.", "mode");
    }
    return out;
  }

  private static void add(Map<String, List<String>> problems, String message, String... settings) {
    for (String setting : settings) {
      problems.computeIfAbsent(setting, s -> new ArrayList<>()).add(message);
    }
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
