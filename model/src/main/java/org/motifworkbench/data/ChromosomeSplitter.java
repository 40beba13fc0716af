package org.motifworkbench.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.motifworkbench.sequence.InvalidInputException;
import org.motifworkbench.sequence.SequenceRecord;
import org.motifworkbench.sequence.SequenceSet;

/**
 * Chromosome hold-out: every sequence of a test chromosome goes to test, every sequence of a
 * validation chromosome to validation, the rest to training. Chromosomes not given are chosen from
 * the seed to come close to the target fractions.
 */
final class ChromosomeSplitter {

  private static final int EXAMPLES = 5;

  private final SplitPlan plan;

  ChromosomeSplitter(SplitPlan plan) {
    this.plan = plan;
  }

  DataSplit split(SequenceSet set) {
    String[] keys = chromosomeKeys(set);
    ChromosomeCounts counts = ChromosomeCounts.of(set, keys);
    List<String> test = counts.resolve(plan.testChromosomes());
    List<String> validation = counts.resolve(plan.validationChromosomes());
    SplittableRandom random = new SplittableRandom(plan.seed());
    if (test.isEmpty() && plan.testFraction() > 0) {
      test = counts.choose(plan.testFraction(), Set.copyOf(validation), random.split());
    }
    if (validation.isEmpty() && plan.validationFraction() > 0) {
      validation = counts.choose(plan.validationFraction(), Set.copyOf(test), random.split());
    }
    return assign(keys, counts, test, validation);
  }

  private DataSplit assign(
      String[] keys, ChromosomeCounts counts, List<String> test, List<String> validation) {
    Set<String> testKeys = keysOf(test);
    Set<String> validationKeys = keysOf(validation);
    List<Integer> trainIdx = new ArrayList<>();
    List<Integer> validationIdx = new ArrayList<>();
    List<Integer> testIdx = new ArrayList<>();
    for (int i = 0; i < keys.length; i++) {
      (testKeys.contains(keys[i])
              ? testIdx
              : validationKeys.contains(keys[i]) ? validationIdx : trainIdx)
          .add(i);
    }
    if (trainIdx.isEmpty()) {
      throw new InvalidInputException(
          null,
          "no chromosome is left for training: all of "
              + counts.names()
              + " are test or validation chromosomes. Choose fewer of them.");
    }
    SplitPlan used =
        new SplitPlan(
            plan.mode(),
            plan.trainFraction(),
            plan.validationFraction(),
            plan.testFraction(),
            plan.seed(),
            test,
            validation);
    return new DataSplit(
        StratifiedSplitter.toArray(trainIdx),
        StratifiedSplitter.toArray(validationIdx),
        StratifiedSplitter.toArray(testIdx),
        used);
  }

  private static Set<String> keysOf(List<String> chromosomes) {
    return chromosomes.stream().map(ChromosomeNames::key).collect(Collectors.toSet());
  }

  /** The chromosome key of every record; an error listing a few records without coordinates. */
  private static String[] chromosomeKeys(SequenceSet set) {
    String[] keys = new String[set.size()];
    List<SequenceRecord> missing = new ArrayList<>();
    for (int i = 0; i < keys.length; i++) {
      String chromosome = ChromosomeNames.chromosomeOf(set.records().get(i));
      if (chromosome == null) {
        missing.add(set.records().get(i));
      } else {
        keys[i] = ChromosomeNames.key(chromosome);
      }
    }
    if (!missing.isEmpty()) {
      String examples =
          missing.stream()
              .limit(EXAMPLES)
              .map(r -> "'" + r.id() + "'")
              .collect(Collectors.joining(", "));
      throw new InvalidInputException(
          missing.get(0).source(),
          missing.size()
              + " of "
              + set.size()
              + " sequences have no chromosome position in their name (for example "
              + examples
              + "). Holding out chromosomes needs names like chr3:100-201; use a random"
              + " stratified split instead, or rename the sequences.");
    }
    return keys;
  }

  /** Sequences per chromosome, with the chromosome names as first written in the data. */
  private record ChromosomeCounts(
      TreeMap<String, Integer> counts, Map<String, String> spelling, int total) {

    static ChromosomeCounts of(SequenceSet set, String[] keys) {
      TreeMap<String, Integer> counts = new TreeMap<>();
      Map<String, String> spelling = new HashMap<>();
      for (int i = 0; i < keys.length; i++) {
        counts.merge(keys[i], 1, Integer::sum);
        spelling.putIfAbsent(keys[i], ChromosomeNames.chromosomeOf(set.records().get(i)));
      }
      return new ChromosomeCounts(counts, spelling, keys.length);
    }

    List<String> names() {
      return counts.keySet().stream().map(spelling::get).toList();
    }

    /** The given chromosomes, checked to exist, in the spelling used by the data. */
    List<String> resolve(List<String> given) {
      List<String> out = new ArrayList<>();
      for (String chromosome : given) {
        String name = spelling.get(ChromosomeNames.key(chromosome));
        if (name == null) {
          throw new InvalidInputException(
              null,
              "chromosome '"
                  + chromosome
                  + "' does not occur"
                  + " in the sequence names; the data have "
                  + names()
                  + ". Choose among those.");
        }
        out.add(name);
      }
      return out;
    }

    /** Chromosomes (not in {@code taken}) in seeded random order, added while it nears target. */
    List<String> choose(double fraction, Set<String> taken, SplittableRandom random) {
      Set<String> takenKeys = keysOf(List.copyOf(taken));
      List<String> candidates = new ArrayList<>(counts.keySet());
      candidates.removeIf(takenKeys::contains);
      Shuffle.shuffle(candidates, random);
      double target = fraction * total;
      List<String> chosen = new ArrayList<>();
      int sum = 0;
      for (String key : candidates) {
        int n = counts.get(key);
        if (Math.abs(sum + n - target) < Math.abs(sum - target)
            && chosen.size() + 1 < candidates.size()) {
          chosen.add(spelling.get(key));
          sum += n;
        }
      }
      if (chosen.isEmpty() && candidates.size() > 1) {
        chosen.add(spelling.get(smallest(candidates)));
      }
      return chosen;
    }

    private String smallest(List<String> keys) {
      String best = keys.get(0);
      for (String key : keys) {
        if (counts.get(key) < counts.get(best)) {
          best = key;
        }
      }
      return best;
    }
  }
}
