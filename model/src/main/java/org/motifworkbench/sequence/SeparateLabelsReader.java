package org.motifworkbench.sequence;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads sequences (a FASTA file, or a plain file with one sequence per line) together with a labels
 * file holding one row per sequence in the same order: either a class name per row, or a one-hot
 * row of 0/1 values such as {@code 1 0}.
 */
public final class SeparateLabelsReader {

  private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");

  private SeparateLabelsReader() {}

  /** Reads sequences and labels; one-hot classes are named class0, class1, ... */
  public static SequenceSet read(Path sequences, Path labels) {
    return read(sequences, labels, List.of());
  }

  /**
   * Reads sequences and labels, naming one-hot columns with {@code oneHotClassNames} (empty for
   * class0, class1, ...; ignored when the labels file holds class names).
   */
  public static SequenceSet read(Path sequences, Path labels, List<String> oneHotClassNames) {
    List<InputWarning> warnings = new ArrayList<>();
    List<SequenceRecord> records = readSequences(sequences, warnings);
    List<NumberedLines.Line> rows = NumberedLines.read(labels, "labels", "label");
    if (records.size() != rows.size()) {
      throw new InvalidInputException(
          null,
          sequences
              + " has "
              + count(records.size(), "sequence")
              + " but "
              + labels
              + " has "
              + count(rows.size(), "label row")
              + ". There must be exactly one label row per"
              + " sequence, in the same order; check that these two files belong together.");
    }
    Labels parsed = parseLabels(labels, rows, oneHotClassNames);
    List<SequenceRecord> labelled = new ArrayList<>(records.size());
    for (int i = 0; i < records.size(); i++) {
      SequenceRecord r = records.get(i);
      if (r.bases().isEmpty()) {
        warnings.add(
            new InputWarning(
                r.source(),
                "the record '"
                    + r.id()
                    + "' has a header but no sequence; it and its label (line "
                    + rows.get(i).number()
                    + " of "
                    + labels
                    + ") were skipped."));
        continue;
      }
      labelled.add(r.withLabel(parsed.labels().get(i)));
    }
    String inputName = sequences + " with labels " + labels;
    return parsed.classNames() == null
        ? SequenceSets.sortedClasses(labelled, warnings, inputName)
        : SequenceSets.givenClasses(labelled, parsed.classNames(), warnings, inputName);
  }

  private static List<SequenceRecord> readSequences(Path file, List<InputWarning> warnings) {
    if (!FastaSniffer.looksLikeFasta(file)) {
      return PlainSequenceReader.read(file);
    }
    List<SequenceRecord> records = new ArrayList<>();
    try (FastaReader reader = FastaReader.open(file, false)) {
      reader.forEachRemaining(records::add);
      warnings.addAll(reader.warnings());
    }
    return records;
  }

  /** The label of each row; classNames is null when the classes are to be sorted. */
  private record Labels(List<String> labels, List<String> classNames) {}

  private static Labels parseLabels(
      Path file, List<NumberedLines.Line> rows, List<String> oneHotClassNames) {
    int columns = tokens(rows.get(0).text()).length;
    if (columns == 1) {
      return new Labels(classNamesPerRow(file, rows), null);
    }
    List<String> classNames = oneHotNames(file, columns, oneHotClassNames);
    List<String> labels = new ArrayList<>(rows.size());
    for (NumberedLines.Line row : rows) {
      labels.add(classNames.get(hotColumn(file, row, columns)));
    }
    return new Labels(labels, classNames);
  }

  private static List<String> classNamesPerRow(Path file, List<NumberedLines.Line> rows) {
    List<String> labels = new ArrayList<>(rows.size());
    for (NumberedLines.Line row : rows) {
      String[] tokens = tokens(row.text());
      if (tokens.length != 1) {
        throw new InvalidInputException(
            new SourceLocation(file.toString(), row.number()),
            "this row has "
                + tokens.length
                + " values ('"
                + row.text().strip()
                + "'), but the"
                + " first row has one class name, so every row must hold exactly one class name.");
      }
      labels.add(tokens[0]);
    }
    return labels;
  }

  private static int hotColumn(Path file, NumberedLines.Line row, int columns) {
    SourceLocation location = new SourceLocation(file.toString(), row.number());
    String[] tokens = tokens(row.text());
    String shown = "'" + row.text().strip() + "'";
    if (tokens.length != columns) {
      throw new InvalidInputException(
          location,
          "this one-hot row "
              + shown
              + " has "
              + tokens.length
              + " values, but the first row has "
              + columns
              + ". Every row needs one 0/1 value per class.");
    }
    int hot = -1;
    int ones = 0;
    for (int c = 0; c < columns; c++) {
      double value = parseValue(tokens[c], location, shown);
      if (value == 1) {
        ones++;
        hot = c;
      }
    }
    if (ones != 1) {
      throw new InvalidInputException(
          location,
          "this one-hot row "
              + shown
              + " has "
              + ones
              + " ones, but needs exactly one 1 (the"
              + " sequence's class) and 0 everywhere else. Correct the row, or remove it together"
              + " with its sequence.");
    }
    return hot;
  }

  private static double parseValue(String token, SourceLocation location, String shown) {
    double value;
    try {
      value = Double.parseDouble(token);
    } catch (NumberFormatException e) {
      value = Double.NaN;
    }
    if (value != 0 && value != 1) {
      throw new InvalidInputException(
          location,
          "the one-hot row "
              + shown
              + " contains '"
              + token
              + "', but one-hot rows may only"
              + " contain 0 and 1 (one 1 per row, marking the class).");
    }
    return value;
  }

  private static List<String> oneHotNames(Path file, int columns, List<String> given) {
    if (given.isEmpty()) {
      List<String> names = new ArrayList<>(columns);
      for (int c = 0; c < columns; c++) {
        names.add("class" + c);
      }
      return names;
    }
    if (given.size() != columns || new HashSet<>(given).size() != given.size()) {
      throw new InvalidInputException(
          new SourceLocation(file.toString(), 0),
          "the labels are one-hot rows with "
              + columns
              + " columns, but the class names given are "
              + given
              + ". Give exactly "
              + columns
              + " different names, one per column in order.");
    }
    return List.copyOf(given);
  }

  private static String[] tokens(String row) {
    return SEPARATORS.split(row.strip());
  }

  private static String count(int n, String noun) {
    return String.format("%,d %s%s", n, noun, n == 1 ? "" : "s");
  }
}
