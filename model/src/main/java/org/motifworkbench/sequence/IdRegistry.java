package org.motifworkbench.sequence;

import java.util.HashMap;
import java.util.Map;

/** Remembers the sequence ids of one input and rejects an id seen before, naming both lines. */
final class IdRegistry {

  private final Map<String, Integer> firstLine = new HashMap<>();

  /** Records the id; throws when the same id was already seen in this input. */
  void add(String id, SourceLocation location) {
    Integer previous = firstLine.putIfAbsent(id, location.line());
    if (previous != null) {
      throw new InvalidInputException(
          location,
          "the sequence id '"
              + id
              + "' is used twice, first on line "
              + previous
              + " and again on line "
              + location.line()
              + ". Every sequence needs its own id;"
              + " rename or remove one of them, then load the file again.");
    }
  }
}
