package org.motifworkbench.data;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.motifworkbench.sequence.SequenceRecord;

/**
 * Finds the chromosome in sequence names such as {@code chr3:100-201}, {@code chrX:5-9(+)}, {@code
 * 3:100-201} or {@code chr1:1-101_shuf} (a shuffled negative named after its source region).
 */
public final class ChromosomeNames {

  private static final Pattern COORDINATE =
      Pattern.compile("([A-Za-z0-9_.]+):([0-9,]+)-([0-9,]+)(\\([+.-]\\))?([_|].*)?");

  private ChromosomeNames() {}

  /**
   * The chromosome named by the record's id, or else by the first word of its description, or null
   * when neither carries coordinates.
   */
  public static String chromosomeOf(SequenceRecord record) {
    String fromId = chromosomeOf(record.id());
    if (fromId != null || record.description().isBlank()) {
      return fromId;
    }
    return chromosomeOf(record.description().strip().split("\\s+")[0]);
  }

  /** The chromosome in a name like {@code chr3:100-201}, as written, or null. */
  public static String chromosomeOf(String name) {
    Matcher m = COORDINATE.matcher(name);
    return m.matches() ? m.group(1) : null;
  }

  /** A comparison key: lower case without a leading "chr", so "chr3", "Chr3" and "3" agree. */
  public static String key(String chromosome) {
    String lower = chromosome.strip().toLowerCase(Locale.ROOT);
    return lower.startsWith("chr") && lower.length() > 3 ? lower.substring(3) : lower;
  }

  /** True when both names denote the same chromosome (see {@link #key}). */
  public static boolean sameChromosome(String a, String b) {
    return key(a).equals(key(b));
  }
}
