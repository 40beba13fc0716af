package org.motifworkbench.motif;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.motifworkbench.sequence.InvalidInputException;
import org.motifworkbench.sequence.SourceLocation;

/** Line-by-line reader behind {@link MemeFormat}; one instance reads one file. */
final class MemeParser {

  private static final Pattern KEY_VALUE = Pattern.compile("([A-Za-z]+)=\\s*(\\S+)");
  private static final double ROW_SUM_TOLERANCE = 0.02;

  private final String fileName;
  private final List<Motif> motifs = new ArrayList<>();
  private double[] background;
  private String[] lines;
  private int next;
  private String motifId;
  private String motifAltName;

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
      }
    }
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
    if (!alphabet.startsWith("ACGT")) {
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
    for (int i = 0; i + 1 < parts.length; i += 2) {
      int base = Motif.ALPHABET.indexOf(parts[i].toUpperCase());
      if (base >= 0 && parts[i].length() == 1) {
        freq[base] = number(parts[i + 1], next + 1);
      }
    }
    next++;
    return freq;
  }

  private void startMotif(String line) {
    String[] parts = line.split("\\s+");
    if (parts.length < 2) {
      throw error(next, "the MOTIF line has no motif id. Write it as 'MOTIF id [name]'.");
    }
    motifId = parts[1];
    motifAltName = parts.length > 2 ? parts[2] : "";
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
    int width = keys.containsKey("w") ? (int) number(keys.get("w"), headerLine) : -1;
    List<double[]> rows = new ArrayList<>();
    while (next < lines.length && (width < 0 || rows.size() < width)) {
      String line = lines[next].strip();
      if (line.isEmpty() && width < 0 && !rows.isEmpty()) {
        break;
      }
      if (!line.isEmpty()) {
        if (width < 0 && !Character.isDigit(line.charAt(0)) && line.charAt(0) != '.') {
          break;
        }
        rows.add(row(line, next + 1));
      }
      next++;
    }
    if (rows.isEmpty() || (width >= 0 && rows.size() < width)) {
      throw error(
          next,
          "motif "
              + motifId
              + " should have "
              + Math.max(width, 1)
              + " matrix rows but the file has only "
              + rows.size()
              + ". Complete the matrix.");
    }
    motifs.add(new Motif(motifId, motifAltName, rows.toArray(new double[0][])));
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
      row[b] = number(parts[b], lineNumber);
      if (row[b] < 0 || row[b] > 1) {
        throw error(
            lineNumber,
            "the probability "
                + parts[b]
                + " in motif "
                + motifId
                + " is outside 0..1. Use probabilities, not counts or log-odds.");
      }
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
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw error(lineNumber, "'" + text + "' is not a number. Fix the value.");
    }
  }

  private InvalidInputException error(int lineNumber, String problem) {
    return new InvalidInputException(new SourceLocation(fileName, lineNumber), problem);
  }
}
