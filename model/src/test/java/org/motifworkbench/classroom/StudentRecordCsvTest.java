package org.motifworkbench.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.motifworkbench.classroom.StudentRecord.Answer;
import org.motifworkbench.classroom.StudentRecord.LessonEntry;
import org.motifworkbench.classroom.StudentRecord.RunEntry;
import org.motifworkbench.sequence.InvalidInputException;

/** The student's record as CSV: exact rows, quoting, formula guards and the way back. */
class StudentRecordCsvTest {

  @TempDir Path dir;

  /** A record with every kind of row and free text that needs quoting and guarding. */
  static StudentRecord sample(String name) {
    LessonEntry why =
        new LessonEntry(
            "why-83-percent",
            "Why 83 percent?",
            "2026-12-03T09:00:00Z",
            "2026-12-03T09:25:00Z",
            9,
            9,
            List.of(
                new Answer(
                    2,
                    "predict",
                    "Best accuracy?",
                    "0.95",
                    "0.95",
                    1,
                    false,
                    "0.83",
                    "2026-12-03T09:03:00Z",
                    "2026-12-03T09:03:00Z"),
                new Answer(
                    4,
                    "question",
                    "Which rule, \"CAAT\" or GC?",
                    "GC, mostly",
                    "CAAT",
                    2,
                    true,
                    null,
                    "2026-12-03T09:05:00Z",
                    "2026-12-03T09:07:30Z"),
                new Answer(
                    7,
                    "explain",
                    "Explain why the ceiling is below 1.",
                    "=HYPERLINK(\"http://x\")\nSome negatives carry a 6-mer, by chance; "
                        + "others, \u00e9t\u00e9 \u2013 ok.",
                    "=HYPERLINK(\"http://x\")\nSome negatives carry a 6-mer, by chance; "
                        + "others, \u00e9t\u00e9 \u2013 ok.",
                    1,
                    false,
                    null,
                    "2026-12-03T09:20:00Z",
                    "2026-12-03T09:22:00Z")),
            List.of(
                new RunEntry(
                    "promoter-4000-seed7.fa", 7, "attention", 0.8125, 0.79, "2026-12-03T09:12:00Z"),
                new RunEntry("promoter-4000-seed7.fa", 8, "max", Double.NaN, 0.5, null)));
    LessonEntry tour =
        new LessonEntry(
            "tour",
            "A first tour",
            "2026-12-03T08:40:00Z",
            null,
            3,
            8,
            List.of(
                new Answer(
                    3,
                    "question",
                    "Test or validation?",
                    "test",
                    "test",
                    1,
                    true,
                    null,
                    "2026-12-03T08:45:00Z",
                    "2026-12-03T08:45:00Z")),
            List.of());
    return new StudentRecord(name, "2026-12-03T10:00:00Z", List.of(tour, why));
  }

  /** The answers as read back from the table, which keeps the final answer's time only. */
  static List<Answer> asRead(List<Answer> answers) {
    return answers.stream()
        .map(
            x ->
                new Answer(
                    x.step(),
                    x.kind(),
                    x.question(),
                    x.firstAnswer(),
                    x.finalAnswer(),
                    x.tries(),
                    x.correct(),
                    x.measured(),
                    null,
                    x.finalAt()))
        .toList();
  }

  @Test
  void writesOneRowPerLessonAnswerAndRun() {
    String csv = StudentRecordCsv.format(sample("Ana"));
    String[] lines = csv.split("\r\n");
    assertEquals(String.join(",", StudentRecordCsv.COLUMNS), lines[0]);
    assertEquals(
        "Ana,tour,,lesson,A first tour,2026-12-03T08:40:00Z,,,false,3/8,,,,,,2026-12-03T10:00:00Z",
        lines[1]);
    assertEquals(
        "Ana,tour,3,question,Test or validation?,test,test,1,true,,,,,,,2026-12-03T08:45:00Z",
        lines[2]);
    assertEquals(
        "Ana,why-83-percent,2,predict,Best accuracy?,0.95,0.95,1,false,0.83,,,,,,"
            + "2026-12-03T09:03:00Z",
        lines[4]);
    assertEquals(
        "Ana,why-83-percent,4,question,\"Which rule, \"\"CAAT\"\" or GC?\",\"GC, mostly\",CAAT,"
            + "2,true,,,,,,,2026-12-03T09:07:30Z",
        lines[5]);
    assertTrue(
        csv.contains("others, \u00e9t\u00e9 \u2013 ok.\",1,false,,,,,,,2026-12-03T09:22:00Z\r\n"),
        "an answer row's time is the final answer's: " + csv);
    assertFalse(csv.contains("09:05:00Z") || csv.contains("09:20:00Z"), "no first time: " + csv);
    assertTrue(
        csv.contains(
            "Ana,why-83-percent,,run,,,,,,,promoter-4000-seed7.fa,7,attention,0.8125,0.7900,"
                + "2026-12-03T09:12:00Z\r\n"),
        csv);
    assertTrue(csv.contains(",8,max,,0.5000,\r\n"), "unknown accuracy is an empty cell: " + csv);
    // the free text keeps its line break inside quotes, and its formula is guarded
    assertTrue(csv.contains(",\"'=HYPERLINK(\"\"http://x\"\")\nSome negatives"), csv);
  }

  @Test
  void readsBackExactly() throws IOException {
    Path file = dir.resolve("ana.csv");
    StudentRecordCsv.write(sample("Ana"), file);
    List<StudentRecord> back = StudentRecordCsv.read(file);
    assertEquals(1, back.size());
    StudentRecord expected = sample("Ana");
    StudentRecord actual = back.get(0);
    assertEquals(expected.student(), actual.student());
    assertEquals(expected.exported(), actual.exported());
    assertEquals(expected.lessons().size(), actual.lessons().size());
    for (int i = 0; i < expected.lessons().size(); i++) {
      LessonEntry e = expected.lessons().get(i);
      LessonEntry a = actual.lessons().get(i);
      assertEquals(asRead(e.answers()), a.answers());
      assertEquals(
          List.of(e.lessonId(), e.lessonTitle(), e.stepsDone(), e.stepsTotal()),
          List.of(a.lessonId(), a.lessonTitle(), a.stepsDone(), a.stepsTotal()));
      assertEquals(e.started(), a.started());
      assertEquals(e.finished(), a.finished());
      assertEquals(e.runs().size(), a.runs().size());
    }
    Answer rule = actual.lessons().get(1).answers().get(1);
    assertEquals("2026-12-03T09:07:30Z", rule.finalAt(), "time of the final answer");
    assertNull(rule.firstAt(), "the first answer's time is not in the table");
    RunEntry run = actual.lessons().get(1).runs().get(0);
    assertEquals(
        new RunEntry(
            "promoter-4000-seed7.fa", 7, "attention", 0.8125, 0.79, "2026-12-03T09:12:00Z"),
        run);
    assertTrue(Double.isNaN(actual.lessons().get(1).runs().get(1).validationAccuracy()));
    assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("\u00e9t\u00e9"), "UTF-8");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "=1+1",
        "+41 79",
        "-x",
        "@SUM(A1)",
        "\tTAB",
        "\rCR",
        "'=already",
        "''+two",
        "'plain",
        "-0.5",
        "12",
        "a, \"quoted\"\nline",
        ""
      })
  void everyCellSurvivesARoundTripAndNoFormulaIsLeftOpen(String text) throws IOException {
    StudentRecord record =
        new StudentRecord(
            text,
            "2026-12-03T10:00:00Z",
            List.of(
                new LessonEntry(
                    "l",
                    "L",
                    null,
                    null,
                    0,
                    1,
                    List.of(new Answer(1, "explain", text, text, text, 1, false, null, null, null)),
                    List.of())));
    Path file = dir.resolve("r.csv");
    StudentRecordCsv.write(record, file);
    for (CsvFormat.Row row : CsvFormat.parse(Files.readString(file), "r.csv").subList(1, 3)) {
      for (String cell : row.cells()) {
        boolean number = cell.matches("-?\\d+(\\.\\d+)?");
        assertTrue(
            number || cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0,
            "a spreadsheet would run: " + cell);
      }
    }
    StudentRecord back = StudentRecordCsv.read(file).get(0);
    assertEquals(text, back.student());
    assertEquals(record.lessons().get(0).answers(), back.lessons().get(0).answers());
  }

  @Test
  void otherColumnsAreRefusedNamingFileAndLine() throws IOException {
    Path file = dir.resolve("other.csv");
    Files.writeString(file, "name,score\r\nAna,3\r\n");
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> StudentRecordCsv.read(file));
    assertTrue(e.getMessage().startsWith(file + ":1: the columns are not"), e.getMessage());
    assertTrue(e.getMessage().contains("found name,score"), e.getMessage());
  }

  @Test
  void anUnclosedQuoteNamesItsLine() throws IOException {
    Path file = dir.resolve("broken.csv");
    Files.writeString(
        file,
        String.join(",", StudentRecordCsv.COLUMNS)
            + "\r\nAna,l,1,explain,\"open,,,,,,,,,,,\r\nmore text\r\n");
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> StudentRecordCsv.read(file));
    assertTrue(
        e.getMessage().startsWith(file + ":2: a quoted cell is never closed"), e.getMessage());
  }

  @Test
  void aByteOrderMarkAndBlankLinesAreIgnored() throws IOException {
    Path file = dir.resolve("excel.csv");
    String csv = StudentRecordCsv.format(sample("Ben"));
    Files.writeString(file, "\uFEFF" + csv + "\r\n\r\n", StandardCharsets.UTF_8);
    assertEquals("Ben", StudentRecordCsv.read(file).get(0).student());
  }
}
