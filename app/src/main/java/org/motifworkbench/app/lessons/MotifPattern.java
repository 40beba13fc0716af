package org.motifworkbench.app.lessons;

import java.util.Locale;

/**
 * An IUPAC pattern a discovered motif's consensus is compared with, at every offset on both
 * strands: two letters agree when they share a base (C agrees with S and Y), N in the consensus
 * says nothing either way.
 *
 * @param pattern IUPAC letters, upper case
 * @param maxMismatches mismatches allowed over the aligned letters
 * @param minOverlap agreeing letters needed (at most the pattern's length)
 */
public record MotifPattern(String pattern, int maxMismatches, int minOverlap) {

  private static final String CODES = "ACGTRYSWKMBDHVN";
  private static final int[] MASKS = {
    1, 2, 4, 8, 1 | 4, 2 | 8, 2 | 4, 1 | 8, 4 | 8, 1 | 2, 2 | 4 | 8, 1 | 4 | 8, 1 | 2 | 8,
    1 | 2 | 4, 15
  };
  private static final String COMPLEMENT = "TGCAYRSWMKVHDBN";

  public MotifPattern {
    pattern = pattern.toUpperCase(Locale.ROOT);
    minOverlap = Math.min(minOverlap, pattern.length());
  }

  /** The letter that is not an IUPAC code, or -1 when all are. */
  static int firstInvalid(String letters) {
    for (int i = 0; i < letters.length(); i++) {
      if (CODES.indexOf(Character.toUpperCase(letters.charAt(i))) < 0) {
        return i;
      }
    }
    return -1;
  }

  /** True when {@code consensus} matches on either strand at some offset. */
  public boolean matches(String consensus) {
    String forward = consensus.toUpperCase(Locale.ROOT);
    return matchesStrand(forward) || matchesStrand(reverseComplement(forward));
  }

  private boolean matchesStrand(String consensus) {
    // offset = where the consensus starts relative to the pattern's first letter
    for (int offset = -consensus.length() + 1; offset < pattern.length(); offset++) {
      int agree = 0;
      int mismatches = 0;
      for (int i = Math.max(0, offset);
          i < Math.min(pattern.length(), offset + consensus.length());
          i++) {
        int c = mask(consensus.charAt(i - offset));
        if (c == 15) {
          continue;
        }
        if ((c & mask(pattern.charAt(i))) != 0) {
          agree++;
        } else {
          mismatches++;
        }
      }
      if (agree >= minOverlap && mismatches <= maxMismatches) {
        return true;
      }
    }
    return false;
  }

  private static int mask(char letter) {
    int i = CODES.indexOf(letter);
    return i < 0 ? 15 : MASKS[i];
  }

  static String reverseComplement(String iupac) {
    StringBuilder out = new StringBuilder(iupac.length());
    for (int i = iupac.length() - 1; i >= 0; i--) {
      int code = CODES.indexOf(iupac.charAt(i));
      out.append(code < 0 ? 'N' : COMPLEMENT.charAt(code));
    }
    return out.toString();
  }
}
