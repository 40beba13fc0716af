package org.motifworkbench.motif;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.motifworkbench.sequence.DnaAlphabet;
import org.motifworkbench.sequence.InvalidInputException;
import org.motifworkbench.sequence.SourceLocation;

/** Line-by-line reader behind {@link MemeFormat}; one instance reads one file. */
final class MemeParser {

  private static final Pattern KEY_VALUE = Pattern.compile("([A-Za-z]+)=\\s*(\\S+)");

  /** A decimal number as MEME writes it; also NaN and infinities, so they get their own message. */
  private static final Pattern NUMBER =
      Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?|[-+]?(?i:nan|inf|infinity)");

  private static final int MAX_WIDTH = 1000;
  private static final double ROW_SUM_TOLERANCE = 0.02;

  private final String fileName;
  private final List<Motif> motifs = new ArrayList<>();
  private double[] background;
  private String[] lines;
  private int next;
  private String motifId;
  private String motifAltName;
  private int motifLine;
  private String motifUrl;

  MemeParser(String fileName) {
    this.fileName = fileName;
  }

  MemeFile parse(String text) {
    lines = text.split("\r?\n|\r", -1);
    requireVersionLine();
    while (next < lines.length) {
      String line = lines[next++].strip();
      if (line.startsWith("ALPHABET")) {
        checkAlphabet(line);
      } else if (line.startsWith("Background letter frequencies")) {
        background = readBackground();
      } else if (line.startsWith("MOTIF")) {
        startMotif(line);
      } else if (line.startsWith("letter-probability matrix")) {
        readMatrix(line);
      } else if (line.startsWith("URL") && (line.length() == 3 || line.charAt(3) <= ' ')) {
        attachUrl(line.substring(3).strip());
      }
    }
    requireMatrixOfOpenMotif();
    if (motifs.isEmpty()) {
      throw error(
          lines.length,
          "the file contains no motif (no 'MOTIF' line followed by a"
              + " 'letter-probability matrix'). Check that this is a MEME motif file.");
    }
    return new MemeFile(fileName, motifs, background);
  }

  private void requireVersionLine() {
    while (next < lines.length && lines[next].isBlank()) {
      next++;
    }
    if (next >= lines.length || !lines[next].strip().startsWith("MEME version")) {
      throw error(
          next + 1,
          "this is not a MEME motif file: it should start with 'MEME version 4'."
              + " Export the motifs in MEME format (e.g. from JASPAR or MEME Suite).");
    }
    next++;
  }

  private void checkAlphabet(String line) {
    String alphabet = line.substring(line.indexOf('=') + 1).strip();
    if (!alphabet.startsWith(DnaAlphabet.ACGT)) {
      throw error(
          next,
          "the alphabet is '"
              + alphabet
              + "', but only DNA motifs (ALPHABET= ACGT)"
              + " can be used. Choose a DNA motif file.");
    }
  }

  private double[] readBackground() {
    while (next < lines.length && lines[next].isBlank()) {
      next++;
    }
    String[] parts = next < lines.length ? lines[next].strip().split("\\s+") : new String[0];
    double[] freq = new double[4];
    if (parts.length < 8) {
      throw error(
          next + 1,
          "the background letter frequencies should read like"
              + " 'A 0.25 C 0.25 G 0.25 T 0.25'. Fix that line.");
    }
    boolean[] seen = new boolean[4];
    for (int i = 0; i + 1 < parts.length; i += 2) {
      int base = DnaAlphabet.ACGT.indexOf(parts[i].toUpperCase(Locale.ROOT));
      if (base >= 0 && parts[i].length() == 1) {
        freq[base] = probability(parts[i + 1], next + 1, "the background frequency of " + parts[i]);
        seen[base] = true;
      }
    }
    for (int b = 0; b < 4; b++) {
      if (!seen[b]) {
        throw error(
            next + 1,
            "the background letter frequencies have no value for "
                + DnaAlphabet.ACGT.charAt(b)
                + ". Write all four, like 'A 0.25 C 0.25 G 0.25 T 0.25'.");
      }
    }
    double sum = freq[0] + freq[1] + freq[2] + freq[3];
    if (Math.abs(sum - 1) > ROW_SUM_TOLERANCE) {
      throw error(
          next + 1,
          "the background letter frequencies add up to " + sum + " instead of 1. Fix that line.");
    }
    next++;
    return freq;
  }

  private void startMotif(String line) {
    String[] parts = line.split("\\s+");
    if (parts.length < 2) {
      throw error(next, "the MOTIF line has no motif id. Write it as 'MOTIF id [name]'.");
    }
    requireMatrixOfOpenMotif();
    motifId = parts[1];
    motifAltName = parts.length > 2 ? parts[2] : "";
    motifLine = next;
    motifUrl = "";
  }

  /**
   * MEME puts a motif's URL line after its matrix; a URL between the MOTIF line and the matrix
   * belongs to the motif being read. One before any motif is ignored, like other unknown lines.
   */
  private void attachUrl(String url) {
    if (motifId != null) {
      motifUrl = url;
    } else if (!motifs.isEmpty()) {
      int last = motifs.size() - 1;
      motifs.set(last, motifs.get(last).withUrl(url));
    }
  }

  /** A MOTIF line without a matrix would otherwise vanish from the motifs without a word. */
  private void requireMatrixOfOpenMotif() {
    if (motifId != null) {
      throw error(
          motifLine,
          "motif "
              + motifId
              + " has no 'letter-probability matrix' before the"
              + " next MOTIF line or the end of the file. Add its matrix or remove the MOTIF line.");
    }
  }

  private void readMatrix(String header) {
    int headerLine = next;
    if (motifId == null) {
      throw error(
          headerLine,
          "a letter-probability matrix appears before any 'MOTIF' line."
              + " Add 'MOTIF id name' above it.");
    }
    Map<String, String> keys = keyValues(header);
    if (keys.containsKey("alength") && !keys.get("alength").equals("4")) {
      throw error(
          headerLine, "alength= " + keys.get("alength") + " but DNA motifs need" + " alength= 4.");
    }
    int width = keys.containsKey("w") ? width(keys.get("w"), headerLine) : -1;
    int sites = keys.containsKey("nsites") ? sites(keys.get("nsites"), headerLine) : 0;
    double eValue = keys.containsKey("E") ? eValue(keys.get("E"), headerLine) : Double.NaN;
    List<double[]> rows = new ArrayList<>();
    int lastRowLine = headerLine;
    while (next < lines.length) {
      String line = lines[next].strip();
      if (line.isEmpty()) {
        if (!rows.isEmpty()) {
          break;
        }
      } else if (!isRow(line)) {
        break;
      } else {
        if (rows.size() == width) {
          throw tooManyRows(width, headerLine, next + 1);
        }
        rows.add(row(line, next + 1));
        lastRowLine = next + 1;
      }
      next++;
    }
    int following = next;
    while (following < lines.length && lines[following].isBlank()) {
      following++;
    }
    if (following < lines.length && isRow(lines[following].strip())) {
      // rows after a blank line would otherwise be dropped without a word
      throw error(
          following + 1,
          "a matrix row follows the end of motif "
              + motifId
              + "'s"
              + " matrix (its header is line "
              + headerLine
              + "), after a blank line. Remove the"
              + " blank line or the row; a blank line ends a matrix.");
    }
    if (rows.isEmpty()) {
      throw error(
          headerLine,
          "motif "
              + motifId
              + " has no matrix rows after its"
              + " 'letter-probability matrix' line. Add one row of four probabilities (A C G T) per"
              + " position.");
    }
    if (width >= 0 && rows.size() < width) {
      throw error(
          lastRowLine,
          "motif "
              + motifId
              + " has only "
              + rows.size()
              + (rows.size() == 1 ? " matrix row," : " matrix rows,")
              + " but its header (line "
              + headerLine
              + ") says w= "
              + width
              + ". Complete the"
              + " matrix or correct w=.");
    }
    motifs.add(
        new Motif(motifId, motifAltName, rows.toArray(new double[0][]), sites, eValue, motifUrl));
    motifId = null;
  }

  private double[] row(String line, int lineNumber) {
    String[] parts = line.split("\\s+");
    if (parts.length != 4) {
      throw error(
          lineNumber,
          "a matrix row of motif "
              + motifId
              + " has "
              + parts.length
              + " numbers instead of 4 (A C G T). Fix the row.");
    }
    double[] row = new double[4];
    double sum = 0;
    for (int b = 0; b < 4; b++) {
      row[b] =
          probability(
              parts[b],
              lineNumber,
              "the probability of " + DnaAlphabet.ACGT.charAt(b) + " in motif " + motifId);
      sum += row[b];
    }
    if (Math.abs(sum - 1) > ROW_SUM_TOLERANCE) {
      throw error(
          lineNumber,
          "the probabilities of a row of motif "
              + motifId
              + " add up to "
              + sum
              + " instead of 1. Use a letter-probability matrix, not counts.");
    }
    return row;
  }

  private static Map<String, String> keyValues(String header) {
    Map<String, String> out = new HashMap<>();
    Matcher m = KEY_VALUE.matcher(header);
    while (m.find()) {
      out.put(m.group(1), m.group(2));
    }
    return out;
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
  private double probability(String text, int lineNumber, String what) {
    double p = number(text, lineNumber);
    if (!(p >= 0 && p <= 1)) {
      throw error(
          lineNumber,
          what + " is " + text + ", outside 0..1." + " Use probabilities, not counts or log-odds.");
    }
    return p;
  }

  private int width(String text, int lineNumber) {
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
  private int sites(String text, int lineNumber) {
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

  private double eValue(String text, int lineNumber) {
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

  /**
   * A line that starts like a matrix row: with a digit, a sign, a point, NaN or an infinity (a
   * malformed number such as 0x1p-1 is then refused as a row, not taken for the matrix's end).
   */
  private static boolean isRow(String line) {
    // a sign only counts before a number: MEME's own output separates sections with "-----"
    String unsigned = line.startsWith("-") || line.startsWith("+") ? line.substring(1) : line;
    String lower = unsigned.toLowerCase(Locale.ROOT);
    return lower.matches("(\\d|\\.\\d|nan|inf)[^\\r\\n]*");
  }

  private InvalidInputException tooManyRows(int width, int headerLine, int lineNumber) {
    return error(
        lineNumber,
        "motif "
            + motifId
            + " has more matrix rows than the "
            + width
            + " its header (line "
            + headerLine
            + ") gives with w=. Correct w= or remove the extra"
            + " rows.");
  }

  private InvalidInputException error(int lineNumber, String problem) {
    return new InvalidInputException(new SourceLocation(fileName, lineNumber), problem);
  }
}
