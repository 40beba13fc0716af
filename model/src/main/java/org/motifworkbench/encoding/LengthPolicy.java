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

  /**
   * The longest network input, in bases. The network keeps every position's activations for each
   * branch: 10,000 bases in batches of 8 already took 690 MB with the default network (measured),
   * so one 100 Mb record as the input length ran out of memory before the first batch. 100,000
   * covers a long enhancer region or a gene with its flanks; longer records are cropped by choosing
   * a shorter length.
   */
  public static final int MAX_LENGTH = 100_000;

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
        throw new IllegalArgumentException(
            "Unknown length policy '" + name + "'. Choose fixed, center or left.", e);
      }
    }
  }

  public LengthPolicy {
    if (mode == null) {
      throw new IllegalArgumentException("mode is required");
    }
    if (length <= 0 || length > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "The input length must be between 1 and " + MAX_LENGTH + " bases (got " + length + ").");
    }
  }

  /**
   * FIXED at the common length when all sequences have one length, else CENTER at the longest.
   *
   * @throws InvalidInputException naming the longest record when it is longer than {@link
   *     #MAX_LENGTH}, so no input length is chosen that cannot fit in memory
   */
  public static LengthPolicy fitting(SequenceSet set) {
    List<SequenceRecord> records = set.records();
    int[] lengths = new int[records.size()];
    SequenceRecord longest = null;
    for (int i = 0; i < lengths.length; i++) {
      SequenceRecord r = records.get(i);
      lengths[i] = r.length();
      if (longest == null || r.length() > longest.length()) {
        longest = r;
      }
    }
    if (longest != null && longest.length() > MAX_LENGTH) {
      throw tooLong(longest);
    }
    return fitting(lengths);
  }

  private static InvalidInputException tooLong(SequenceRecord record) {
    return new InvalidInputException(
        record.source(),
        String.format(
            Locale.ROOT,
            "the sequence '%s' is %,d bases long, too long to be the network's input length (at most"
                + " %,d bases), which by default is the longest sequence. Choose an input length"
                + " (for example --length 1000 on the command line, or the input length on the Model"
                + " screen): longer sequences are then cropped around their centre.",
            record.id(),
            record.length(),
            MAX_LENGTH));
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
    return switch (mode) {
      case FIXED ->
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
      case CENTER -> {
        if (n > length) {
          int start = (n - length) / 2;
          yield bases.substring(start, start + length);
        }
        int left = (length - n) / 2;
        yield "N".repeat(left) + bases + "N".repeat(length - n - left);
      }
      case LEFT -> n > length ? bases.substring(0, length) : bases + "N".repeat(length - n);
    };
  }

  @Override
  public String toString() {
    return mode.name().toLowerCase(Locale.ROOT) + " " + length;
  }
}
