package org.motifworkbench.sequence;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a TSV or CSV table with the columns id, sequence and label; a header row naming these
 * columns (in any order) is optional. Classes are sorted in natural order.
 */
public final class LabelTableReader {

  private static final List<String> COLUMNS = List.of("id", "sequence", "label");
  private static final Set<String> HEADER_WORDS =
      Set.of("id", "sequence", "label", "name", "seq", "class", "sequences", "labels", "target");

  private LabelTableReader() {}

  /** Reads the table; the delimiter comes from the extension (.tsv, .csv) or the first line. */
  public static SequenceSet read(Path table) {
    String name = table.toString();
    List<SequenceRecord> records = new ArrayList<>();
    List<InputWarning> warnings = new ArrayList<>();
    IdRegistry ids = new IdRegistry();
    try (BufferedReader reader = InputFiles.openText(table, "table")) {
      int[] order = null;
      char delimiter = 0;
      int number = 0;
      String line;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        SourceLocation location = new SourceLocation(name, number);
        boolean firstRow = order == null;
        if (firstRow) {
          delimiter = delimiter(table, line, location);
          order = headerOrder(split(line, delimiter), location);
          if (order != null) {
            continue;
          }
          order = new int[] {0, 1, 2};
        }
        String[] fields = split(line, delimiter);
        if (fields.length != COLUMNS.size()) {
          throw new InvalidInputException(
              location,
              "this row has "
                  + fields.length
                  + " columns separated by "
                  + describe(delimiter)
                  + "s, but the table needs exactly 3: id, sequence and label. Check for a missing"
                  + " value or an extra "
                  + describe(delimiter)
                  + " (for example inside an id).");
        }
        SequenceRecord record =
            row(fields[order[0]], fields[order[1]], fields[order[2]], location, firstRow);
        if (record.bases().isEmpty()) {
          warnings.add(
              new InputWarning(
                  location, "the sequence '" + record.id() + "' is empty; this row was skipped."));
          continue;
        }
        ids.add(record.id(), location);
        records.add(record);
      }
    } catch (IOException e) {
      throw InputFiles.unreadable(name, e);
    }
    if (records.isEmpty()) {
      throw new InvalidInputException(
          new SourceLocation(name, 0),
          "the table contains no sequences. Choose a table with one row per sequence.");
    }
    return SequenceSets.sortedClasses(records, warnings, name);
  }

  private static SequenceRecord row(
      String id, String bases, String label, SourceLocation location, boolean firstRow) {
    if (id.isEmpty()) {
      throw new InvalidInputException(
          location, "this row has no id. Give every sequence an id in the id column.");
    }
    if (label.isEmpty()) {
      throw new InvalidInputException(
          location, "the sequence '" + id + "' has no label. Put its class in the label column.");
    }
    int bad = BaseLetters.firstInvalid(bases);
    if (bad >= 0) {
      if (firstRow) {
        throw new InvalidInputException(
            location,
            "the first row looks like a header, but its column names are not id, sequence and"
                + " label. Name the columns id, sequence and label (in any order), or remove the"
                + " header row.");
      }
      throw BaseLetters.invalidCharacter(
          location, "the sequence column at position", bad + 1, bases.codePointAt(bad));
    }
    return new SequenceRecord(id, "", bases, label, location);
  }

  /** Position of id, sequence and label in the header row, or null when it is not a header. */
  private static int[] headerOrder(String[] fields, SourceLocation location) {
    boolean looksLikeHeader = false;
    for (String field : fields) {
      looksLikeHeader |= HEADER_WORDS.contains(field.toLowerCase(Locale.ROOT));
    }
    if (!looksLikeHeader) {
      return null;
    }
    int[] order = {-1, -1, -1};
    for (int i = 0; i < fields.length; i++) {
      int column = COLUMNS.indexOf(fields[i].toLowerCase(Locale.ROOT));
      if (column >= 0 && order[column] < 0) {
        order[column] = i;
      }
    }
    if (fields.length != 3 || order[0] < 0 || order[1] < 0 || order[2] < 0) {
      throw new InvalidInputException(
          location,
          "the header row names the columns "
              + List.of(fields)
              + ", but the table needs exactly"
              + " the columns id, sequence and label (in any order). Rename the columns, or"
              + " remove the header row and put the columns in the order id, sequence, label.");
    }
    return order;
  }

  private static char delimiter(Path table, String firstLine, SourceLocation location) {
    String file =
        ClassPerFileReader.stripGz(table.getFileName().toString()).toLowerCase(Locale.ROOT);
    if (file.endsWith(".tsv") || file.endsWith(".tab")) {
      return '\t';
    }
    if (file.endsWith(".csv") && (firstLine.indexOf(',') >= 0 || firstLine.indexOf(';') < 0)) {
      return ',';
    }
    for (char candidate : new char[] {'\t', ',', ';'}) {
      if (firstLine.indexOf(candidate) >= 0) {
        return candidate;
      }
    }
    throw new InvalidInputException(
        location,
        "cannot tell the columns apart: this line has no tab, comma or semicolon. The table needs"
            + " three columns (id, sequence, label) separated by tabs (.tsv) or commas (.csv).");
  }

  /** Splits on the delimiter, trimming fields and removing simple "double quotes". */
  private static String[] split(String line, char delimiter) {
    List<String> fields = new ArrayList<>(3);
    int start = 0;
    while (true) {
      int end = line.indexOf(delimiter, start);
      String field = (end < 0 ? line.substring(start) : line.substring(start, end)).strip();
      if (field.length() >= 2 && field.startsWith("\"") && field.endsWith("\"")) {
        field = field.substring(1, field.length() - 1).replace("\"\"", "\"").strip();
      }
      fields.add(field);
      if (end < 0) {
        return fields.toArray(new String[0]);
      }
      start = end + 1;
    }
  }

  private static String describe(char delimiter) {
    return delimiter == '\t' ? "tab" : delimiter == ',' ? "comma" : "semicolon";
  }
}
