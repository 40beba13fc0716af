package org.motifworkbench.motif;

import java.util.Locale;
import java.util.regex.Pattern;
import org.motifworkbench.sequence.InvalidInputException;
import org.motifworkbench.sequence.SourceLocation;

/**
 * The values of a MEME file, each checked where {@link MemeParser} meets it: probabilities, the
 * width, the site count and the E-value; a bad one is refused naming file and line.
 */
final class MemeValues {

  /** A decimal number as MEME writes it; also NaN and infinities, so they get their own message. */
  private static final Pattern NUMBER =
      Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?|[-+]?(?i:nan|inf|infinity)");

  private static final int MAX_WIDTH = 1000;

  private final String fileName;

  MemeValues(String fileName) {
    this.fileName = fileName;
  }

  private double number(String text, int lineNumber) {
    if (!NUMBER.matcher(text).matches()) {
      throw error(lineNumber, "'" + text + "' is not a number. Fix the value.");
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.contains("nan")) {
      return Double.NaN;
    }
    if (lower.contains("inf")) {
      return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    return Double.parseDouble(text);
  }

  /** A number between 0 and 1; NaN and infinities are refused like any other value outside. */
  double probability(String text, int lineNumber, String what) {
    double p = number(text, lineNumber);
    if (!(p >= 0 && p <= 1)) {
      throw error(
          lineNumber,
          what + " is " + text + ", outside 0..1." + " Use probabilities, not counts or log-odds.");
    }
    return p;
  }

  int width(String text, int lineNumber) {
    if (!text.matches("\\d{1,9}")
        || Integer.parseInt(text) < 1
        || Integer.parseInt(text) > MAX_WIDTH) {
      throw error(
          lineNumber,
          "w= "
              + text
              + " is not a motif width: write the number of"
              + " positions, a whole number from 1 to "
              + MAX_WIDTH
              + ".");
    }
    return Integer.parseInt(text);
  }

  /** MEME writes whole numbers; a fraction (some converters write 20.0) is rounded. */
  int sites(String text, int lineNumber) {
    double n = NUMBER.matcher(text).matches() ? number(text, lineNumber) : Double.NaN;
    if (!(n >= 0 && n <= Integer.MAX_VALUE)) {
      throw error(
          lineNumber,
          "nsites= "
              + text
              + " is not a number of sites: write how many sites the matrix was built from,"
              + " a whole number such as 20, or leave nsites= out.");
    }
    return (int) Math.round(n);
  }

  double eValue(String text, int lineNumber) {
    double e = NUMBER.matcher(text).matches() ? number(text, lineNumber) : Double.NaN;
    if (!(e >= 0 && e < Double.POSITIVE_INFINITY)) {
      throw error(
          lineNumber,
          "E= "
              + text
              + " is not an E-value: write a number of 0 or more, such as 0 or 4.1e-009,"
              + " or leave E= out.");
    }
    return e;
  }

  private InvalidInputException error(int lineNumber, String problem) {
    return new InvalidInputException(new SourceLocation(fileName, lineNumber), problem);
  }
}
