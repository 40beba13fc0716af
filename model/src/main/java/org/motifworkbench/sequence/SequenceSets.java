package org.motifworkbench.sequence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Builds a {@link SequenceSet} from labelled records, choosing and checking the classes. */
final class SequenceSets {

  private SequenceSets() {}

  /** Classes in natural order ("0" before "1", "negative" before "positive"). */
  static SequenceSet sortedClasses(
      List<SequenceRecord> records, List<InputWarning> warnings, String inputName) {
    Set<String> present = present(records);
    List<String> classes = new ArrayList<>(present);
    classes.sort(NaturalOrder.INSTANCE);
    requireTwo(present, inputName);
    return new SequenceSet(records, classes, warnings);
  }

  /** Classes in the given order; every label must be one of them. */
  static SequenceSet givenClasses(
      List<SequenceRecord> records,
      List<String> classNames,
      List<InputWarning> warnings,
      String inputName) {
    requireTwo(present(records), inputName);
    return new SequenceSet(records, classNames, warnings);
  }

  private static Set<String> present(List<SequenceRecord> records) {
    Set<String> labels = new LinkedHashSet<>();
    for (SequenceRecord r : records) {
      labels.add(r.label());
    }
    return labels;
  }

  private static void requireTwo(Set<String> present, String inputName) {
    if (present.size() >= 2) {
      return;
    }
    String found =
        present.isEmpty()
            ? "found no labelled sequences"
            : "found only '" + present.iterator().next() + "'";
    throw new InvalidInputException(
        null,
        "need at least two classes, "
            + found
            + " in "
            + inputName
            + ". A classifier learns to"
            + " tell classes apart: add sequences of another class (for example negatives or"
            + " shuffled controls), then load the data again.");
  }
}
