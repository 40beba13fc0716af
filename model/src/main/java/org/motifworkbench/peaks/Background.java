package org.motifworkbench.peaks;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the background (negative) windows of a peak data set are made. */
public enum Background {
  /** Each peak window shuffled, keeping its dinucleotide counts. */
  SHUFFLED("shuffled", "each peak window shuffled, keeping its dinucleotide counts"),
  /** Genome windows outside all peaks, with the peak windows' GC distribution. */
  GC_MATCHED(
      "gc-matched",
      "genome windows outside all peaks, with the same GC distribution (the usual ChIP-seq"
          + " choice)"),
  /** Genome windows a set distance beside each peak. */
  FLANKS("flanks", "genome windows a set distance beside each peak, outside all peaks");

  private final String id;
  private final String description;

  Background(String id, String description) {
    this.id = id;
    this.description = description;
  }

  /** The name used on the command line and in reports, e.g. {@code gc-matched}. */
  public String id() {
    return id;
  }

  public String description() {
    return description;
  }

  /**
   * The background named {@code text} (case and {@code _}/{@code -} do not matter).
   *
   * @throws IllegalArgumentException naming the choices
   */
  public static Background parse(String text) {
    String key = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    for (Background b : values()) {
      if (b.id.equals(key) || (b == GC_MATCHED && key.equals("gc"))) {
        return b;
      }
    }
    throw new IllegalArgumentException(
        "unknown background '"
            + text
            + "'; choose one of "
            + Arrays.stream(values()).map(Background::id).collect(Collectors.joining(", "))
            + ".");
  }

  @Override
  public String toString() {
    return id;
  }
}
