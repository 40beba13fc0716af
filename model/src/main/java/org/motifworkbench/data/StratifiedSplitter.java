package org.motifworkbench.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.motifworkbench.sequence.SequenceSet;

/**
 * Random split that divides each class separately, so each part keeps the class proportions. A
 * class with at least three members gets at least one member in every part whose fraction is above
 * 0.
 */
final class StratifiedSplitter {

  private final SplitPlan plan;

  StratifiedSplitter(SplitPlan plan) {
    this.plan = plan;
  }

  DataSplit split(SequenceSet set) {
    List<Integer> train = new ArrayList<>();
    List<Integer> validation = new ArrayList<>();
    List<Integer> test = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(plan.seed());
    for (List<Integer> members : byLabel(set).values()) {
      int[] shuffled = Shuffle.shuffled(members, random.split());
      int nTest = share(shuffled.length, plan.testFraction(), plan.validationFraction());
      int nVal = share(shuffled.length, plan.validationFraction(), plan.testFraction());
      for (int i = 0; i < shuffled.length; i++) {
        (i < nTest ? test : i < nTest + nVal ? validation : train).add(shuffled[i]);
      }
    }
    return new DataSplit(toArray(train), toArray(validation), toArray(test), plan);
  }

  /** Members of one part: rounded share, at least 1 when the class can fill all three parts. */
  private static int share(int n, double fraction, double otherFraction) {
    int k = (int) Math.round(n * fraction);
    if (fraction > 0 && k == 0 && n >= 3) {
      k = 1;
    }
    int otherMin = otherFraction > 0 && n >= 3 ? 1 : 0;
    return Math.max(0, Math.min(k, n - 1 - otherMin));
  }

  private static Map<String, List<Integer>> byLabel(SequenceSet set) {
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    for (String c : set.classNames()) {
      groups.put(c, new ArrayList<>());
    }
    for (int i = 0; i < set.size(); i++) {
      String label = Objects.requireNonNullElse(set.records().get(i).label(), "");
      groups.computeIfAbsent(label, k -> new ArrayList<>()).add(i);
    }
    return groups;
  }

  static int[] toArray(List<Integer> list) {
    return list.stream().mapToInt(Integer::intValue).toArray();
  }
}
