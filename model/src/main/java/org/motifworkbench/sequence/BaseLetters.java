package org.motifworkbench.sequence;

/**
 * Which characters may appear in DNA sequences, and user-facing explanations of those that may not.
 */
final class BaseLetters {

  /** The letters accepted in sequences: A C G T U, the IUPAC ambiguity codes and N, in any case. */
  static final String ALLOWED = "ACGTURYSWKMBDHVN";

  private static final boolean[] VALID = new boolean[256];

  static {
    for (int i = 0; i < ALLOWED.length(); i++) {
      char c = ALLOWED.charAt(i);
      VALID[c] = true;
      VALID[Character.toLowerCase(c)] = true;
    }
  }

  private BaseLetters() {}

  /** Whether the character (or byte value, 0..255) is an accepted base letter. */
  static boolean isValid(int c) {
    return c >= 0 && c < 256 && VALID[c];
  }

  /** Index of the first character that is not an accepted base, or -1 when all are fine. */
  static int firstInvalid(CharSequence bases) {
    for (int i = 0; i < bases.length(); i++) {
      if (!isValid(bases.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The error for a character that is not a base, at a 1-based column of a line; {@code where} says
   * where the column is counted, e.g. "column" or "column 2 (the sequence), position".
   */
  static InvalidInputException invalidCharacter(
      SourceLocation location, String where, int column, int codePoint) {
    return new InvalidInputException(
        location,
        where
            + " "
            + column
            + " contains "
            + printable(codePoint)
            + ", which is not a DNA base. "
            + advice(codePoint));
  }

  /** A form of the character a user can read and find: 'A', '\t', 'é' (U+00E9) or U+0007. */
  static String printable(int codePoint) {
    String named =
        switch (codePoint) {
          case '\t' -> "a tab ('\\t')";
          case '\r' -> "a carriage return ('\\r')";
          case ' ' -> "a space";
          case 0 -> "a NUL byte (U+0000)";
          default -> null;
        };
    if (named != null) {
      return named;
    }
    String hex = String.format("U+%04X", codePoint);
    if (codePoint < 0x20 || codePoint == 0x7f || (codePoint >= 0x80 && codePoint < 0xa0)) {
      return "the control character " + hex;
    }
    if (codePoint < 0x80) {
      return "'" + (char) codePoint + "'";
    }
    if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
      return "an unusual space character " + hex;
    }
    return "'" + new String(Character.toChars(codePoint)) + "' (" + hex + ")";
  }

  private static String advice(int c) {
    if (c == '-' || c == '.') {
      return "Gaps from a sequence alignment are not allowed: remove them (for example with"
          + " 'seqkit seq -g') or replace them with N, then load the file again.";
    }
    if (c >= '0' && c <= '9') {
      return "Numbers are not allowed in sequences; if the file has position numbers (GenBank or"
          + " EMBL style), export the sequences as plain FASTA and load that file instead.";
    }
    if (c == '>') {
      return "'>' may only appear as the first character of a header line; put each header on a"
          + " line of its own.";
    }
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '*') {
      return "Only A, C, G, T, U and the IUPAC codes R, Y, S, W, K, M, B, D, H, V and N are allowed"
          + " (is this a protein sequence?). Correct or remove it, then load the file again.";
    }
    return "Only A, C, G, T, U and the IUPAC codes R, Y, S, W, K, M, B, D, H, V and N are allowed."
        + " Remove or replace this character (check the file was saved as plain text), then load"
        + " the file again.";
  }
}
