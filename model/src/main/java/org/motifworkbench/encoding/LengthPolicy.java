package org.motifworkbench.encoding;

import java.util.List;
import java.util.Locale;
import org.motifworkbench.sequence.InvalidInputException;
import org.motifworkbench.sequence.SequenceRecord;
import org.motifworkbench.sequence.SequenceSet;

/**
 * How sequences of any length are brought to the network's input length: FIXED rejects other
 * lengths, CENTER crops or pads with N around the middle, LEFT keeps the start and pads at the end.
 */
public record LengthPolicy(Mode mode, int length) {

  /** The ways of fitting a sequence to the input length. */
  public enum Mode {
    /** Every sequence must already have the input length. */
    FIXED,
    /** Crop or pad (with N) equally on both sides; an odd extra base goes to the right end. */
    CENTER,
    /** Keep the first bases, or pad with N at the right end. */
    LEFT;

    /** Parses "fixed", "center" or "left" (any case), with a plain error for anything else. */
    public static Mode parse(String name) {
      try {
        return valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("Unknown length policy '" + name
            + "'. Choose fixed, center or left.", e);
      }
    }
  }

  public LengthPolicy {
    if (mode == null) {
      throw new IllegalArgumentException("mode is required");
    }
    if (length <= 0) {
      throw new IllegalArgumentException("length must be positive, was " + length);
    }
  }

  /** FIXED at the common length when all sequences have one length, else CENTER at the longest. */
  public static LengthPolicy fitting(SequenceSet set) {
    List<SequenceRecord> records = set.records();
    int[] lengths = new int[records.size()];
    for (int i = 0; i < lengths.length; i++) {
      lengths[i] = records.get(i).length();
    }
    return fitting(lengths);
  }

  /** As {@link #fitting(SequenceSet)}, from the sequence lengths. */
  public static LengthPolicy fitting(int... lengths) {
    if (lengths.length == 0) {
      throw new IllegalArgumentException("no sequence lengths to fit");
    }
    int min = Integer.MAX_VALUE;
    int max = 0;
    for (int n : lengths) {
      min = Math.min(min, n);
      max = Math.max(max, n);
    }
    return new LengthPolicy(min == max ? Mode.FIXED : Mode.CENTER, max);
  }

  /** The record's bases brought to {@link #length()} by this policy. */
  public String apply(SequenceRecord record) {
    String bases = record.bases();
    int n = bases.length();
    if (n == length) {
      return bases;
    }
    switch (mode) {
      case FIXED:
        throw new InvalidInputException(
            record.source(),
            "the sequence '"
                + record.id()
                + "' is "
                + n
                + " bases long, but this model needs"
                + " exactly "
                + length
                + ". To use sequences of other lengths, choose the length"
                + " policy 'center' (crop or pad with N around the middle) or 'left' (keep the"
                + " start, pad at the end).");
      case CENTER:
        if (n > length) {
          int start = (n - length) / 2;
          return bases.substring(start, start + length);
        }
        int left = (length - n) / 2;
        return "N".repeat(left) + bases + "N".repeat(length - n - left);
      case LEFT:
        return n > length ? bases.substring(0, length) : bases + "N".repeat(length - n);
      default:
        throw new IllegalStateException("unknown mode " + mode);
    }
  }

  @Override
  public String toString() {
    return mode.name().toLowerCase(Locale.ROOT) + " " + length;
  }
}
