package org.motifworkbench.sequence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Labelled sequences ready for training or evaluation: the records, the class names (index = class
 * id used by the network) and warnings collected while reading.
 */
public record SequenceSet(
    List<SequenceRecord> records, List<String> classNames, List<InputWarning> warnings) {

  public SequenceSet {
    records = List.copyOf(records);
    classNames = List.copyOf(classNames);
    warnings = List.copyOf(warnings);
  }

  public int size() {
    return records.size();
  }

  /** The class index of each record, in record order. Unknown labels are an error. */
  public int[] labelIndices() {
    int[] out = new int[records.size()];
    for (int i = 0; i < out.length; i++) {
      SequenceRecord r = records.get(i);
      int idx = classNames.indexOf(r.label());
      if (idx < 0) {
        throw new InvalidInputException(
            r.source(),
            "sequence '"
                + r.id()
                + "' has label '"
                + r.label()
                + "', which is not one of the classes "
                + classNames
                + ".");
      }
      out[i] = idx;
    }
    return out;
  }

  /** Number of sequences per class, in class order. */
  public Map<String, Integer> classCounts() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    classNames.forEach(c -> counts.put(c, 0));
    for (SequenceRecord r : records) {
      counts.merge(r.label(), 1, Integer::sum);
    }
    return counts;
  }

  /** A subset with the same classes, e.g. one split. */
  public SequenceSet subset(int[] indices) {
    List<SequenceRecord> sub = new ArrayList<>(indices.length);
    for (int i : indices) {
      sub.add(records.get(i));
    }
    return new SequenceSet(sub, classNames, List.of());
  }
}
