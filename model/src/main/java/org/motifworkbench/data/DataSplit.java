package org.motifworkbench.data;

import java.util.Arrays;
import java.util.Objects;
import org.motifworkbench.sequence.SequenceSet;

/**
 * The result of a split: sorted record indices of the training, validation and test parts, and the
 * plan as actually used (chosen chromosomes filled in).
 */
public record DataSplit(int[] train, int[] validation, int[] test, SplitPlan plan) {

  public DataSplit {
    train = sorted(train);
    validation = sorted(validation);
    test = sorted(test);
    Objects.requireNonNull(plan, "plan");
  }

  private static int[] sorted(int[] indices) {
    int[] copy = indices.clone();
    Arrays.sort(copy);
    return copy;
  }

  @Override
  public int[] train() {
    return train.clone();
  }

  @Override
  public int[] validation() {
    return validation.clone();
  }

  @Override
  public int[] test() {
    return test.clone();
  }

  /** The three parts of {@code set} (the set this split was made from). */
  public SplitSets apply(SequenceSet set) {
    return new SplitSets(set.subset(train), set.subset(validation), set.subset(test));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DataSplit d
        && Arrays.equals(train, d.train)
        && Arrays.equals(validation, d.validation)
        && Arrays.equals(test, d.test)
        && plan.equals(d.plan);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        Arrays.hashCode(train), Arrays.hashCode(validation), Arrays.hashCode(test), plan);
  }

  @Override
  public String toString() {
    return "DataSplit[train="
        + train.length
        + ", validation="
        + validation.length
        + ", test="
        + test.length
        + ", "
        + plan
        + "]";
  }
}
