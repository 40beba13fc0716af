package org.motifworkbench.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.classroom.ClassTable.StudentSummary;
import org.motifworkbench.classroom.StudentRecord.Answer;
import org.motifworkbench.classroom.StudentRecord.LessonEntry;
import org.motifworkbench.classroom.StudentRecord.RunEntry;
import org.motifworkbench.sequence.InvalidInputException;

/** Stacking a class's reports: same columns, duplicates once, the summary counted by hand. */
class ClassTableTest {

  @TempDir Path dir;

  private Path write(String name, StudentRecord record) throws IOException {
    Path file = dir.resolve(name);
    StudentRecordCsv.write(record, file);
    return file;
  }

  /** Ben: one lesson finished, 1 of 2 questions right at the first try, best test 0.91. */
  private static StudentRecord ben() {
    return new StudentRecord(
        "Ben",
        "2026-12-03T11:00:00Z",
        List.of(
            new LessonEntry(
                "overfitting",
                "Overfitting",
                "2026-12-03T10:00:00Z",
                "2026-12-03T10:30:00Z",
                6,
                6,
                List.of(
                    new Answer(2, "question", "Q1", "a", "a", 1, true, null, null, null),
                    new Answer(3, "question", "Q2", "a", "b", 2, true, null, null, null),
                    new Answer(4, "predict", "P", "0.9", "0.9", 1, false, "0.7", null, null)),
                List.of(
                    new RunEntry("a.fa", 1, "max", 0.9, 0.91, "2026-12-03T10:10:00Z"),
                    new RunEntry("b.fa", 1, "max", 0.8, 0.6, "2026-12-03T10:20:00Z")))));
  }

  @Test
  void stacksFilesKeepsRepeatsOnceAndSummarises() throws IOException {
    Path ana = write("ana.csv", StudentRecordCsvTest.sample("Ana"));
    Path ben = write("ben.csv", ben());
    Path benAgain = write("ben-copy.csv", ben());
    ClassTable table = ClassTable.merge(List.of(ana, ben, benAgain));
    int anaRows = StudentRecordCsv.rows(StudentRecordCsvTest.sample("Ana")).size();
    int benRows = StudentRecordCsv.rows(ben()).size();
    assertEquals(anaRows + benRows, table.rows().size());
    assertEquals(benRows, table.duplicates());

    List<StudentSummary> summary = table.summary();
    // Ana: tour not finished, why-83 finished; questions: tour step 3 right first, why step 4
    // right at the second try; best test accuracy 0.79
    assertEquals(new StudentSummary("Ana", 2, 1, 1, 2, 2, 0.79), summary.get(0));
    assertEquals(new StudentSummary("Ben", 1, 1, 1, 2, 2, 0.91), summary.get(1));

    Path out = dir.resolve("out").resolve("class.csv");
    table.write(out);
    List<StudentRecord> back = StudentRecordCsv.read(out);
    assertEquals(List.of("Ana", "Ben"), back.stream().map(StudentRecord::student).toList());
    assertEquals(
        StudentRecordCsvTest.asRead(StudentRecordCsvTest.sample("Ana").lessons().get(1).answers()),
        back.get(0).lessons().get(1).answers(),
        "the free text, guards and quotes survive the merge");
    assertTrue(Files.readString(out).contains("\"'=HYPERLINK("), "formulas stay guarded");
  }

  @Test
  void aFormulaTypedIntoAStudentsFileIsGuardedInTheTable() throws IOException {
    Path file = dir.resolve("edited.csv");
    Files.writeString(
        file,
        String.join(",", StudentRecordCsv.COLUMNS)
            + "\r\n=cmd|' /C calc'!A0,l,1,explain,q,a,a,1,false,,,,,,,\r\n");
    String merged = ClassTable.merge(List.of(file)).format();
    assertTrue(merged.contains("\r\n'=cmd|' /C calc'!A0,l,1,"), merged);
  }

  @Test
  void aFileWithOtherColumnsIsRefusedNamingIt() throws IOException {
    Path ana = write("ana.csv", StudentRecordCsvTest.sample("Ana"));
    Path grades = dir.resolve("grades.csv");
    Files.writeString(grades, "student,grade\nAna,6\n");
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> ClassTable.merge(List.of(ana, grades)));
    assertTrue(e.getMessage().startsWith(grades + ":1: the columns are not"), e.getMessage());
  }

  @Test
  void aShortRowOrABadNumberIsRefusedNamingTheLine() throws IOException {
    String header = String.join(",", StudentRecordCsv.COLUMNS) + "\n";
    Path shortRow = dir.resolve("short.csv");
    Files.writeString(shortRow, header + "Ana,l,,lesson,L,,,,false,0/1,,,,,,\nAna,l,1\n");
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> ClassTable.merge(List.of(shortRow)));
    assertTrue(e.getMessage().startsWith(shortRow + ":3: the row has 3 cells"), e.getMessage());

    Path badNumber = dir.resolve("bad.csv");
    Files.writeString(badNumber, header + "Ana,l,,run,,,,,,,a.fa,7,max,\"0,8\",0.9,\n");
    e = assertThrows(InvalidInputException.class, () -> ClassTable.merge(List.of(badNumber)));
    assertTrue(
        e.getMessage()
            .startsWith(
                badNumber + ":2: validation_accuracy: '0,8' is not a number (use a decimal"),
        e.getMessage());
  }

  @Test
  void aFolderMeansItsCsvFiles() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("reports"));
    StudentRecordCsv.write(ben(), folder.resolve("b.csv"));
    StudentRecordCsv.write(StudentRecordCsvTest.sample("Ana"), folder.resolve("a.CSV"));
    Files.writeString(folder.resolve("notes.txt"), "not a report");
    assertEquals(
        List.of(folder.resolve("a.CSV"), folder.resolve("b.csv")),
        ClassTable.csvFiles(List.of(folder)));
    Path empty = Files.createDirectories(dir.resolve("empty"));
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> ClassTable.csvFiles(List.of(empty)));
    assertTrue(e.getMessage().contains("holds no .csv files"), e.getMessage());
  }
}
