package org.motifworkbench.evaluation;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Checks evaluation inputs and says plainly what is wrong with them. */
final class InputValidator {

  /** Class names that would collide with the averaged keys of the JSON objects. */
  static final Set<String> RESERVED_NAMES = Set.of("macro", "weighted");

  private InputValidator() {}

  /** Throws IllegalArgumentException unless the inputs can be evaluated. */
  static void validate(int[] truth, float[][] probs, List<String> classNames) {
    Objects.requireNonNull(truth, "truth");
    Objects.requireNonNull(probs, "probs");
    Objects.requireNonNull(classNames, "classNames");
    checkClassNames(classNames);
    if (truth.length == 0) {
      throw new IllegalArgumentException("there are no examples to evaluate");
    }
    if (truth.length != probs.length) {
      throw new IllegalArgumentException(
          "truth has " + truth.length + " labels but probs has " + probs.length + " rows");
    }
    int k = classNames.size();
    for (int i = 0; i < truth.length; i++) {
      if (truth[i] < 0 || truth[i] >= k) {
        throw new IllegalArgumentException(
            "truth[" + i + "] is " + truth[i] + ", but class indices run from 0 to " + (k - 1));
      }
      checkRow(probs[i], i, k);
    }
  }

  private static void checkClassNames(List<String> classNames) {
    if (classNames.size() < 2) {
      throw new IllegalArgumentException(
          "at least two classes are needed, but there are " + classNames.size());
    }
    Set<String> seen = new HashSet<>();
    for (String name : classNames) {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("class names cannot be null or blank");
      }
      if (RESERVED_NAMES.contains(name)) {
        throw new IllegalArgumentException(
            "'" + name + "' cannot be a class name: it is a reserved key of the metrics JSON");
      }
      if (!seen.add(name)) {
        throw new IllegalArgumentException("class name '" + name + "' appears twice");
      }
    }
  }

  private static void checkRow(float[] row, int i, int k) {
    if (row == null || row.length != k) {
      throw new IllegalArgumentException(
          "row "
              + i
              + " of probs has "
              + (row == null ? 0 : row.length)
              + " values but there are "
              + k
              + " classes");
    }
    for (int c = 0; c < k; c++) {
      float p = row[c];
      if (Float.isNaN(p)) {
        throw new IllegalArgumentException("probs[" + i + "][" + c + "] is NaN");
      }
      if (!(p >= 0f && p <= 1f)) {
        throw new IllegalArgumentException(
            "probs[" + i + "][" + c + "] is " + p + ", outside [0, 1]");
      }
    }
  }
}
