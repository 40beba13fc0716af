package org.motifworkbench.classroom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.motifworkbench.files.AtomicFile;
import org.motifworkbench.sequence.InvalidInputException;
import org.motifworkbench.sequence.SourceLocation;

/**
 * A class's student reports ({@link StudentRecordCsv} files) stacked into one table with the same
 * columns, and a summary per student. Every file must have exactly the student-report columns; a
 * row given twice (the same file collected twice, under two names) is kept once.
 */
public final class ClassTable {

  private final List<List<String>> rows;
  private final int duplicates;

  private ClassTable(List<List<String>> rows, int duplicates) {
    this.rows = List.copyOf(rows);
    this.duplicates = duplicates;
  }

  /**
   * What one student did, over all files.
   *
   * @param student the name
   * @param lessonsStarted lessons with a lesson row
   * @param lessonsFinished lessons whose every step is closed
   * @param rightFirstTry questions answered right at the first try
   * @param questions questions answered, each once even when exported twice (predictions and free
   *     text have no right answer and do not count)
   * @param runs training runs
   * @param bestTestAccuracy the best test accuracy of any run, NaN when there is none
   */
  public record StudentSummary(
      String student,
      int lessonsStarted,
      int lessonsFinished,
      int rightFirstTry,
      int questions,
      int runs,
      double bestTestAccuracy) {}

  /**
   * The CSV files among {@code given}: a file as it is, a folder as every {@code *.csv} file
   * directly in it, sorted by name.
   *
   * @throws InvalidInputException when a path does not exist or a folder holds no CSV file
   */
  public static List<Path> csvFiles(List<Path> given) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path path : given) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> inside = Files.list(path)) {
          List<Path> csv =
              inside
                  .filter(Files::isRegularFile)
                  .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                  .sorted()
                  .toList();
          if (csv.isEmpty()) {
            throw new InvalidInputException(
                new SourceLocation(path.toString(), 0),
                "the folder holds no .csv files. Give the folder the students' reports are in.");
          }
          files.addAll(csv);
        }
      } else if (Files.exists(path)) {
        files.add(path);
      } else {
        throw new InvalidInputException(
            new SourceLocation(path.toString(), 0), "the file or folder does not exist.");
      }
    }
    return files;
  }

  /**
   * Reads and stacks the files, in order.
   *
   * @throws InvalidInputException naming the file and line of the first problem: other columns, a
   *     row with the wrong number of cells, an unknown kind or a cell that is not a number where
   *     one is needed
   */
  public static ClassTable merge(List<Path> files) throws IOException {
    Set<List<String>> kept = new LinkedHashSet<>();
    int duplicates = 0;
    for (Path file : files) {
      String name = file.toString();
      List<CsvFormat.Row> read =
          CsvFormat.parse(Files.readString(file, StandardCharsets.UTF_8), name);
      StudentRecordCsv.checkHeader(read, name);
      for (CsvFormat.Row row : read.subList(1, read.size())) {
        List<String> cells = StudentRecordCsv.cells(row, name);
        check(cells, new SourceLocation(name, row.line()));
        if (!kept.add(cells)) {
          duplicates++;
        }
      }
    }
    return new ClassTable(new ArrayList<>(kept), duplicates);
  }

  /** Refuses what the summary could not read: an unknown kind or a number that is not one. */
  private static void check(List<String> c, SourceLocation at) {
    String kind = c.get(StudentRecordCsv.KIND);
    if (kind.equals(StudentRecordCsv.RUN_KIND)) {
      StudentRecordCsv.longNumber(c.get(StudentRecordCsv.SEED), "seed", at);
      StudentRecordCsv.decimal(c.get(StudentRecordCsv.VALIDATION), "validation_accuracy", at);
      StudentRecordCsv.decimal(c.get(StudentRecordCsv.TEST), "test_accuracy", at);
    } else if (StudentRecord.Answer.KINDS.contains(kind)) {
      StudentRecordCsv.integer(c.get(StudentRecordCsv.STEP), "step", at);
      StudentRecordCsv.integer(c.get(StudentRecordCsv.TRIES), "tries", at);
    } else if (!kind.equals(StudentRecordCsv.LESSON_KIND)) {
      throw new InvalidInputException(
          at, "kind: '" + kind + "' is not one of lesson, question, predict, explain or run.");
    }
  }

  /** The rows (without the header), with the text each cell stands for. */
  public List<List<String>> rows() {
    return rows;
  }

  /** Rows left out because an identical row came earlier. */
  public int duplicates() {
    return duplicates;
  }

  /** The table as CSV, with the student report's header (formulas guarded again). */
  public String format() {
    StringBuilder out =
        new StringBuilder(CsvFormat.line(StudentRecordCsv.COLUMNS)).append(CsvFormat.NEWLINE);
    for (List<String> row : rows) {
      out.append(CsvFormat.line(row.stream().map(CsvFormat::guarded).toList()))
          .append(CsvFormat.NEWLINE);
    }
    return out.toString();
  }

  /** Writes {@link #format()} atomically (UTF-8). */
  public void write(Path file) throws IOException {
    AtomicFile.writeString(file, format());
  }

  /** One summary per student, in the order the students first appear. */
  public List<StudentSummary> summary() {
    Map<String, Tally> tallies = new LinkedHashMap<>();
    for (List<String> c : rows) {
      Tally t = tallies.computeIfAbsent(c.get(StudentRecordCsv.STUDENT), s -> new Tally());
      String kind = c.get(StudentRecordCsv.KIND);
      String lesson = c.get(StudentRecordCsv.LESSON);
      switch (kind) {
        case StudentRecordCsv.LESSON_KIND -> {
          t.started.add(lesson);
          if (!c.get(StudentRecordCsv.FINAL).isBlank()) {
            t.finished.add(lesson);
          }
        }
        case StudentRecordCsv.RUN_KIND -> {
          t.runs++;
          String test = c.get(StudentRecordCsv.TEST);
          if (!test.isBlank()) {
            double value = Double.parseDouble(test.strip());
            t.best = Double.isNaN(t.best) ? value : Math.max(t.best, value);
          }
        }
        case "question" ->
            // a later export of the same lesson replaces an earlier one's answer
            t.questions.put(
                lesson + '\n' + c.get(StudentRecordCsv.STEP).strip(),
                Boolean.parseBoolean(c.get(StudentRecordCsv.CORRECT))
                    && Integer.parseInt(c.get(StudentRecordCsv.TRIES).strip()) == 1);
        default -> {
          // predictions and free text have no right answer
        }
      }
    }
    List<StudentSummary> out = new ArrayList<>();
    tallies.forEach(
        (student, t) ->
            out.add(
                new StudentSummary(
                    student,
                    t.started.size(),
                    t.finished.size(),
                    (int) t.questions.values().stream().filter(right -> right).count(),
                    t.questions.size(),
                    t.runs,
                    t.best)));
    return out;
  }

  private static final class Tally {
    final Set<String> started = new LinkedHashSet<>();
    final Set<String> finished = new LinkedHashSet<>();
    final Map<String, Boolean> questions = new LinkedHashMap<>();
    int runs;
    double best = Double.NaN;
  }
}
