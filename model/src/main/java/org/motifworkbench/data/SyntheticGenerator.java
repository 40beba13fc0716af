package org.motifworkbench.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.motifworkbench.sequence.SequenceRecord;
import org.motifworkbench.sequence.SequenceSet;

/** Draws the sequences of a synthetic recipe and scores them with the Bayes-optimal rule. */
public final class SyntheticGenerator {

  private SyntheticGenerator() {}

  /**
   * Generates {@code recipe.count()} sequences: class sizes follow the priors exactly (largest
   * remainder), in a shuffled order; ids are seq1, seq2, ...
   *
   * @throws IllegalArgumentException listing the recipe's problems, if any
   */
  public static SyntheticDataset generate(SyntheticRecipe recipe) {
    List<String> problems = recipe.problems();
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join(" ", problems));
    }
    List<ClassProcess> processes = recipe.processes();
    double[] priors = recipe.classPriors();
    SplittableRandom random = new SplittableRandom(recipe.seed());
    int[] labels = classOrder(classSizes(priors, recipe.count()), random);
    List<SequenceRecord> records = new ArrayList<>(labels.length);
    List<Optional<PlantedSite>> truth = new ArrayList<>(labels.length);
    List<String> bases = new ArrayList<>(labels.length);
    for (int i = 0; i < labels.length; i++) {
      ClassProcess process = processes.get(labels[i]);
      ClassProcess.GeneratedSequence g = process.sample(recipe.length(), random);
      String description = HeaderTokens.describe(process.label(), g.site());
      records.add(
          new SequenceRecord("seq" + (i + 1), description, g.bases(), process.label(), null));
      truth.add(g.site());
      bases.add(g.bases());
    }
    List<String> classNames = processes.stream().map(ClassProcess::label).toList();
    double ceiling = BayesCeiling.accuracy(processes, priors, bases, labels);
    return new SyntheticDataset(
        recipe, new SequenceSet(records, classNames, List.of()), truth, ceiling);
  }

  /** Class sizes proportional to the priors, summing to {@code n} (largest remainder). */
  static int[] classSizes(double[] priors, int n) {
    int[] sizes = new int[priors.length];
    double[] remainder = new double[priors.length];
    int assigned = 0;
    for (int c = 0; c < priors.length; c++) {
      double exact = priors[c] * n;
      sizes[c] = (int) Math.floor(exact);
      remainder[c] = exact - sizes[c];
      assigned += sizes[c];
    }
    for (; assigned < n; assigned++) {
      int best = 0;
      for (int c = 1; c < priors.length; c++) {
        if (remainder[c] > remainder[best]) {
          best = c;
        }
      }
      sizes[best]++;
      remainder[best] = -1;
    }
    return sizes;
  }

  private static int[] classOrder(int[] sizes, SplittableRandom random) {
    int n = 0;
    for (int s : sizes) {
      n += s;
    }
    int[] labels = new int[n];
    int i = 0;
    for (int c = 0; c < sizes.length; c++) {
      for (int k = 0; k < sizes[c]; k++) {
        labels[i++] = c;
      }
    }
    Shuffle.shuffle(labels, random);
    return labels;
  }
}
