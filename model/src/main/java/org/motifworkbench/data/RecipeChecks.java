package org.motifworkbench.data;

import java.util.ArrayList;
import java.util.List;

/** Parameter checks shared by the synthetic recipes, worded for the user. */
final class RecipeChecks {

  static final int MAX_LENGTH = 100_000;
  static final int MAX_COUNT = 10_000_000;

  private RecipeChecks() {}

  /** Problems with the sequence length and count. */
  static List<String> common(int length, int count) {
    List<String> out = new ArrayList<>();
    if (length < 1 || length > MAX_LENGTH) {
      out.add("The sequence length must be between 1 and " + MAX_LENGTH + ".");
    }
    if (count < 1 || count > MAX_COUNT) {
      out.add("The number of sequences must be between 1 and " + MAX_COUNT + ".");
    }
    return out;
  }

  /** Adds a problem unless {@code value} is in 0..1 (or strictly between 0 and 1). */
  static void fraction(List<String> out, String what, double value, boolean endsAllowed) {
    boolean ok = endsAllowed ? value >= 0 && value <= 1 : value > 0 && value < 1;
    if (!ok) {
      out.add("The " + what + " must be " + (endsAllowed ? "from 0 to 1." : "between 0 and 1."));
    }
  }
}
