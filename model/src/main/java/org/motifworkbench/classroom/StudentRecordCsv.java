package org.motifworkbench.classroom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.motifworkbench.classroom.StudentRecord.Answer;
import org.motifworkbench.classroom.StudentRecord.LessonEntry;
import org.motifworkbench.classroom.StudentRecord.RunEntry;
import org.motifworkbench.files.AtomicFile;
import org.motifworkbench.sequence.InvalidInputException;
import org.motifworkbench.sequence.SourceLocation;

/**
 * A {@link StudentRecord} as a CSV table in long format (UTF-8, RFC 4180, a header row, see {@link
 * CsvFormat} for the quoting and the protection against spreadsheet formulas), so a teacher can
 * stack the files of a class and filter them in a spreadsheet. Each lesson gives one row of kind
 * {@code lesson}, then one row per answer ({@code question}, {@code predict}, {@code explain}) and
 * one per training run ({@code run}):
 *
 * <ul>
 *   <li>lesson: {@code question} is the lesson's title, {@code first_answer} and {@code
 *       final_answer} when it was started and finished, {@code measured} the steps done of the
 *       total ("7/9"), {@code correct} whether it is finished, {@code time} when the record was
 *       exported;
 *   <li>answer: {@code step} from 1, the question, the first and final answer as shown, the tries,
 *       whether it is right, for predictions what the workbench measured, and {@code time} when the
 *       final answer was given (empty when not known; the first answer's time is not in the table);
 *   <li>run: {@code data}, {@code seed}, {@code pooling}, the two accuracies and when it finished.
 * </ul>
 *
 * Times are ISO-8601 instants (UTC), numbers use a decimal point.
 */
public final class StudentRecordCsv {

  /** The columns, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "student",
          "lesson",
          "step",
          "kind",
          "question",
          "first_answer",
          "final_answer",
          "tries",
          "correct",
          "measured",
          "data",
          "seed",
          "pooling",
          "validation_accuracy",
          "test_accuracy",
          "time");

  static final int STUDENT = 0;
  static final int LESSON = 1;
  static final int STEP = 2;
  static final int KIND = 3;
  static final int QUESTION = 4;
  static final int FIRST = 5;
  static final int FINAL = 6;
  static final int TRIES = 7;
  static final int CORRECT = 8;
  static final int MEASURED = 9;
  static final int DATA = 10;
  static final int SEED = 11;
  static final int POOLING = 12;
  static final int VALIDATION = 13;
  static final int TEST = 14;
  static final int TIME = 15;

  /** The row kind of a lesson's summary row. */
  static final String LESSON_KIND = "lesson";

  /** The row kind of a training run. */
  static final String RUN_KIND = "run";

  private StudentRecordCsv() {}

  /** The whole table: header and rows, CRLF line ends. */
  public static String format(StudentRecord record) {
    StringBuilder out = new StringBuilder(CsvFormat.line(COLUMNS)).append(CsvFormat.NEWLINE);
    for (List<String> row : rows(record)) {
      out.append(CsvFormat.line(row)).append(CsvFormat.NEWLINE);
    }
    return out.toString();
  }

  /** Writes the table atomically (UTF-8). */
  public static void write(StudentRecord record, Path file) throws IOException {
    AtomicFile.writeString(file, format(record));
  }

  /** The rows without the header, each cell as written (formulas guarded). */
  static List<List<String>> rows(StudentRecord record) {
    List<List<String>> rows = new ArrayList<>();
    for (LessonEntry lesson : record.lessons()) {
      String[] row = empty(record.student(), lesson.lessonId());
      row[KIND] = LESSON_KIND;
      row[QUESTION] = text(lesson.lessonTitle());
      row[FIRST] = text(lesson.started());
      row[FINAL] = text(lesson.finished());
      row[CORRECT] = Boolean.toString(lesson.isFinished());
      row[MEASURED] = lesson.stepsDone() + "/" + lesson.stepsTotal();
      row[TIME] = text(record.exported());
      rows.add(List.of(row));
      for (Answer a : lesson.answers()) {
        row = empty(record.student(), lesson.lessonId());
        row[STEP] = Integer.toString(a.step());
        row[KIND] = text(a.kind());
        row[QUESTION] = text(a.question());
        row[FIRST] = text(a.firstAnswer());
        row[FINAL] = text(a.finalAnswer());
        row[TRIES] = Integer.toString(a.tries());
        row[CORRECT] = Boolean.toString(a.correct());
        row[MEASURED] = text(a.measured());
        row[TIME] = text(a.finalAt());
        rows.add(List.of(row));
      }
      for (RunEntry run : lesson.runs()) {
        row = empty(record.student(), lesson.lessonId());
        row[KIND] = RUN_KIND;
        row[DATA] = text(run.data());
        row[SEED] = Long.toString(run.seed());
        row[POOLING] = text(run.pooling());
        row[VALIDATION] = accuracy(run.validationAccuracy());
        row[TEST] = accuracy(run.testAccuracy());
        row[TIME] = text(run.finished());
        rows.add(List.of(row));
      }
    }
    return rows;
  }

  private static String[] empty(String student, String lesson) {
    String[] row = new String[COLUMNS.size()];
    java.util.Arrays.fill(row, "");
    row[STUDENT] = text(student);
    row[LESSON] = text(lesson);
    return row;
  }

  private static String text(String value) {
    return CsvFormat.guarded(value == null ? "" : value);
  }

  static String accuracy(double value) {
    return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.4f", value);
  }

  /**
   * The records of a file this class (or {@code mwb class merge}) wrote, one per student in the
   * order they first appear; a record read back has no export time unless its lesson rows carry
   * one, and its answers have the final answer's time only (the first answer's time is not in the
   * table).
   *
   * @throws InvalidInputException naming the file and line of a wrong header, a row with the wrong
   *     number of cells or a cell that is not a number where one is needed
   */
  public static List<StudentRecord> read(Path file) throws IOException {
    String name = file.toString();
    List<CsvFormat.Row> rows =
        CsvFormat.parse(Files.readString(file, StandardCharsets.UTF_8), name);
    checkHeader(rows, name);
    Map<String, Map<String, LessonBuilder>> students = new LinkedHashMap<>();
    Map<String, String> exported = new LinkedHashMap<>();
    for (CsvFormat.Row row : rows.subList(1, rows.size())) {
      List<String> c = cells(row, name);
      LessonBuilder lesson =
          students
              .computeIfAbsent(c.get(STUDENT), s -> new LinkedHashMap<>())
              .computeIfAbsent(c.get(LESSON), LessonBuilder::new);
      SourceLocation at = new SourceLocation(name, row.line());
      switch (c.get(KIND)) {
        case LESSON_KIND -> {
          lesson.title = c.get(QUESTION);
          lesson.started = blankToNull(c.get(FIRST));
          lesson.finished = blankToNull(c.get(FINAL));
          String[] steps = c.get(MEASURED).split("/", -1);
          if (steps.length != 2) {
            throw new InvalidInputException(
                at, "measured: '" + c.get(MEASURED) + "' is not steps done/total such as 7/9.");
          }
          lesson.done = integer(steps[0], "measured", at);
          lesson.total = integer(steps[1], "measured", at);
          if (!c.get(TIME).isEmpty()) {
            exported.putIfAbsent(c.get(STUDENT), c.get(TIME));
          }
        }
        case RUN_KIND ->
            lesson.runs.add(
                new RunEntry(
                    c.get(DATA),
                    longNumber(c.get(SEED), "seed", at),
                    c.get(POOLING),
                    decimal(c.get(VALIDATION), "validation_accuracy", at),
                    decimal(c.get(TEST), "test_accuracy", at),
                    blankToNull(c.get(TIME))));
        default -> {
          if (!Answer.KINDS.contains(c.get(KIND))) {
            throw new InvalidInputException(
                at,
                "kind: '"
                    + c.get(KIND)
                    + "' is not one of lesson, question, predict, explain or run.");
          }
          lesson.answers.add(
              new Answer(
                  integer(c.get(STEP), "step", at),
                  c.get(KIND),
                  c.get(QUESTION),
                  c.get(FIRST),
                  c.get(FINAL),
                  integer(c.get(TRIES), "tries", at),
                  Boolean.parseBoolean(c.get(CORRECT)),
                  blankToNull(c.get(MEASURED)),
                  null,
                  blankToNull(c.get(TIME))));
        }
      }
    }
    List<StudentRecord> records = new ArrayList<>();
    for (var student : students.entrySet()) {
      List<LessonEntry> lessons =
          student.getValue().values().stream().map(LessonBuilder::build).toList();
      records.add(new StudentRecord(student.getKey(), exported.get(student.getKey()), lessons));
    }
    return records;
  }

  /** Refuses a table whose first row is not {@link #COLUMNS}, naming the file and line 1. */
  static void checkHeader(List<CsvFormat.Row> rows, String file) {
    if (rows.isEmpty()) {
      throw new InvalidInputException(
          new SourceLocation(file, 1),
          "the file is empty; a student report starts with the header "
              + String.join(",", COLUMNS)
              + ".");
    }
    List<String> header = rows.get(0).cells().stream().map(String::strip).toList();
    if (!header.equals(COLUMNS)) {
      throw new InvalidInputException(
          new SourceLocation(file, rows.get(0).line()),
          "the columns are not those of a student report. Expected "
              + String.join(",", COLUMNS)
              + " but found "
              + String.join(",", header)
              + ". Export the report again from the workbench's lesson panel.");
    }
  }

  /** The row's cells with spreadsheet guards removed; refuses a row with the wrong cell count. */
  static List<String> cells(CsvFormat.Row row, String file) {
    if (row.cells().size() != COLUMNS.size()) {
      throw new InvalidInputException(
          new SourceLocation(file, row.line()),
          "the row has "
              + row.cells().size()
              + " cells, a student report has "
              + COLUMNS.size()
              + " (a cell with a comma or line break must be in double quotes).");
    }
    return row.cells().stream().map(CsvFormat::unguarded).toList();
  }

  static int integer(String text, String column, SourceLocation at) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(at, column + ": '" + text + "' is not a whole number.");
    }
  }

  static long longNumber(String text, String column, SourceLocation at) {
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(at, column + ": '" + text + "' is not a whole number.");
    }
  }

  /** A number with a decimal point; an empty cell is NaN (not known). */
  static double decimal(String text, String column, SourceLocation at) {
    if (text.isBlank()) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(
          at, column + ": '" + text + "' is not a number (use a decimal point, e.g. 0.83).");
    }
  }

  private static String blankToNull(String text) {
    return text.isEmpty() ? null : text;
  }

  /** Collects one lesson's rows. */
  private static final class LessonBuilder {
    final String id;
    String title;
    String started;
    String finished;
    int done;
    int total;
    final List<Answer> answers = new ArrayList<>();
    final List<RunEntry> runs = new ArrayList<>();

    LessonBuilder(String id) {
      this.id = id;
      this.title = id;
    }

    LessonEntry build() {
      return new LessonEntry(id, title, started, finished, done, total, answers, runs);
    }
  }
}
