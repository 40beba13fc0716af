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

  private static final Pattern FREQUENCY_PAIRS =
      Pattern.compile("[A-Za-z]\\s+\\S+(\\s+[A-Za-z]\\s+\\S+)*");

  private static final double ROW_SUM_TOLERANCE = 0.02;

  private final String fileName;
  private final MemeValues values;
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
    this.values = new MemeValues(fileName);
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

  /**
   * The frequencies on the line after the header; like MEME, the letter-value pairs may go on over
   * the following lines (large alphabets need that) until all four bases have a value.
   */
  private double[] readBackground() {
    while (next < lines.length && lines[next].isBlank()) {
      next++;
    }
    int first = next + 1;
    List<String> parts = new ArrayList<>();
    List<Integer> partLines = new ArrayList<>();
    do {
      for (String part : next < lines.length ? lines[next].strip().split("\\s+") : new String[0]) {
        parts.add(part);
        partLines.add(next + 1);
      }
      next++;
    } while (basesIn(parts) < 4 && next < lines.length && isFrequencyLine(lines[next]));
    if (parts.size() < 8) {
      throw error(
          first,
          "the background letter frequencies should read like"
              + " 'A 0.25 C 0.25 G 0.25 T 0.25'. Fix that line.");
    }
    double[] freq = new double[4];
    boolean[] seen = new boolean[4];
    for (int i = 0; i + 1 < parts.size(); i += 2) {
      int base = baseOf(parts.get(i));
      if (base >= 0) {
        freq[base] =
            values.probability(
                parts.get(i + 1),
                partLines.get(i + 1),
                "the background frequency of " + parts.get(i));
        seen[base] = true;
      }
    }
    for (int b = 0; b < 4; b++) {
      if (!seen[b]) {
        throw error(
            first,
            "the background letter frequencies have no value for "
                + DnaAlphabet.ACGT.charAt(b)
                + ". Write all four, like 'A 0.25 C 0.25 G 0.25 T 0.25'.");
      }
    }
    double sum = freq[0] + freq[1] + freq[2] + freq[3];
    if (Math.abs(sum - 1) > ROW_SUM_TOLERANCE) {
      throw error(
          first,
          "the background letter frequencies add up to " + sum + " instead of 1. Fix that line.");
    }
    return freq;
  }

  /** 0-3 for a one-letter token A, C, G or T (any case), else -1. */
  private static int baseOf(String token) {
    return token.length() == 1 ? DnaAlphabet.ACGT.indexOf(token.toUpperCase(Locale.ROOT)) : -1;
  }

  private static int basesIn(List<String> parts) {
    boolean[] seen = new boolean[4];
    int count = 0;
    for (int i = 0; i + 1 < parts.size(); i += 2) {
      int base = baseOf(parts.get(i));
      if (base >= 0 && !seen[base]) {
        seen[base] = true;
        count++;
      }
    }
    return count;
  }

  /** A line of letter-value pairs such as "G 0.25 T 0.25" (not a MOTIF line or a matrix row). */
  private static boolean isFrequencyLine(String line) {
    return FREQUENCY_PAIRS.matcher(line.strip()).matches();
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
    int width = keys.containsKey("w") ? values.width(keys.get("w"), headerLine) : -1;
    int sites = keys.containsKey("nsites") ? values.sites(keys.get("nsites"), headerLine) : 0;
    double eValue = keys.containsKey("E") ? values.eValue(keys.get("E"), headerLine) : Double.NaN;
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
          values.probability(
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
