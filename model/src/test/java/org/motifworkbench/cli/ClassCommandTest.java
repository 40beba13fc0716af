package org.motifworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.motifworkbench.classroom.StudentRecord;
import org.motifworkbench.classroom.StudentRecord.Answer;
import org.motifworkbench.classroom.StudentRecord.LessonEntry;
import org.motifworkbench.classroom.StudentRecord.RunEntry;
import org.motifworkbench.classroom.StudentRecordCsv;

/** {@code mwb class merge} through the real command line. */
class ClassCommandTest {

  @TempDir Path dir;

  private static StudentRecord student(String name, boolean finished, double test) {
    return new StudentRecord(
        name,
        "2026-12-03T11:00:00Z",
        List.of(
            new LessonEntry(
                "imbalance",
                "Imbalance",
                "2026-12-03T10:00:00Z",
                finished ? "2026-12-03T10:40:00Z" : null,
                finished ? 7 : 3,
                7,
                List.of(
                    new Answer(
                        2,
                        "question",
                        "Always 'negative'?",
                        "0.5",
                        "0.9",
                        2,
                        true,
                        null,
                        "2026-12-03T10:05:00Z",
                        "2026-12-03T10:06:00Z"),
                    new Answer(4, "question", "PR or ROC?", "PR", "PR", 1, true, null, null, null),
                    new Answer(
                        5,
                        "explain",
                        "Why?",
                        "Because, rare.",
                        "Because, rare.",
                        1,
                        false,
                        null,
                        null,
                        null)),
                List.of(new RunEntry("p.fa", 3, "max", 0.9, test, "2026-12-03T10:20:00Z")))));
  }

  @Test
  void mergesAFolderAndPrintsOneLinePerStudent() throws IOException {
    Path reports = Files.createDirectories(dir.resolve("reports"));
    StudentRecordCsv.write(student("Ana", true, 0.875), reports.resolve("ana.csv"));
    StudentRecordCsv.write(student("Ben", false, 0.5), reports.resolve("ben.csv"));
    Path single = dir.resolve("ana-again.csv");
    Files.copy(reports.resolve("ana.csv"), single);
    Path out = reports.resolve("class.csv");
    MainTest.Run run =
        MainTest.run("class", "merge", reports.toString(), single.toString(), "-o", out.toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(
        run.out().startsWith("Merged 3 files: 2 students, 10 rows written to " + out), run.out());
    assertTrue(run.out().contains("(5 duplicate rows left out)"), run.out());
    assertTrue(run.out().matches("(?s).*Ana\\s+1 of 1\\s+1 of 2\\s+0\\.875.*"), run.out());
    assertTrue(run.out().matches("(?s).*Ben\\s+0 of 1\\s+1 of 2\\s+0\\.500.*"), run.out());
    List<String> lines = Files.readAllLines(out);
    assertEquals(String.join(",", StudentRecordCsv.COLUMNS), lines.get(0));
    assertEquals(2, StudentRecordCsv.read(out).size());

    // merging again into the same folder does not read the class table as a student's file
    MainTest.Run again = MainTest.run("class", "merge", reports.toString(), "-o", out.toString());
    assertEquals(0, again.code(), again.err());
    assertTrue(again.out().startsWith("Merged 2 files: 2 students, 10 rows"), again.out());
  }

  @Test
  void aFileWithOtherColumnsIsBadInputNamingFileAndLine() throws IOException {
    Path ana = dir.resolve("ana.csv");
    StudentRecordCsv.write(student("Ana", true, 0.875), ana);
    Path marks = dir.resolve("marks.csv");
    Files.writeString(marks, "student;mark\nAna;6\n");
    Path out = dir.resolve("class.csv");
    MainTest.Run run =
        MainTest.run("class", "merge", ana.toString(), marks.toString(), "-o", out.toString());
    assertEquals(Main.BAD_INPUT, run.code());
    assertTrue(run.err().startsWith("Error: " + marks + ":1: the columns are not"), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
    assertFalse(Files.exists(out), "nothing is written");
  }

  @Test
  void aMissingFileAndAnInputAsOutputAreRefused() throws IOException {
    Path ana = dir.resolve("ana.csv");
    StudentRecordCsv.write(student("Ana", true, 0.875), ana);
    MainTest.Run missing =
        MainTest.run("class", "merge", dir.resolve("nobody.csv").toString(), "-o", dir + "/c.csv");
    assertEquals(Main.BAD_INPUT, missing.code());
    assertTrue(
        missing.err().contains("nobody.csv: the file or folder does not exist"), missing.err());

    MainTest.Run onlyOutput = MainTest.run("class", "merge", ana.toString(), "-o", ana.toString());
    assertEquals(Main.BAD_INPUT, onlyOutput.code());
    assertTrue(onlyOutput.err().contains("no student reports to merge"), onlyOutput.err());
  }

  /**
   * Broken student files: each is refused with exit 2, naming the file and line, nothing written.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          unclosed quote   | Ana,l,1,explain,q,"never closed,,,,,,,,,,            | :2: a quoted cell is never closed
          short row        | Ana,l,1,explain                                       | :2: the row has 4 cells
          long row         | Ana,l,1,explain,q,a,a,1,false,,,,,,,,x                | :2: the row has 17 cells
          unknown kind     | Ana,l,,quiz,q,a,a,1,false,,,,,,,                      | :2: kind: 'quiz'
          step not number  | Ana,l,two,question,q,a,a,1,true,,,,,,,                | :2: step: 'two' is not a whole
          tries not number | Ana,l,2,question,q,a,a,,true,,,,,,,                   | :2: tries: '' is not a whole
          decimal comma    | Ana,l,,run,,,,,,,a.fa,7,max,0.8,"0,79",               | :2: test_accuracy: '0,79'
          seed not number  | Ana,l,,run,,,,,,,a.fa,seven,max,0.8,0.79,             | :2: seed: 'seven'
          quote after cell | Ana,l,1,explain,"q"x,a,a,1,false,,,,,,,               | :2: text follows a quoted cell
          """)
  void aBrokenReportIsRefusedNamingFileAndLine(String name, String row, String message)
      throws IOException {
    Path file = dir.resolve("broken.csv");
    Files.writeString(file, String.join(",", StudentRecordCsv.COLUMNS) + "\r\n" + row + "\r\n");
    Path out = dir.resolve("class.csv");
    MainTest.Run run = MainTest.run("class", "merge", file.toString(), "-o", out.toString());
    assertEquals(Main.BAD_INPUT, run.code(), name + ": " + run.out() + run.err());
    assertTrue(run.err().startsWith("Error: " + file + message), name + ": " + run.err());
    assertFalse(run.err().contains("Exception"), run.err());
    assertFalse(Files.exists(out), "nothing is written");
  }

  @Test
  void anEmptyFileAFolderWithoutReportsAndAFolderAsOutputAreRefused() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.csv"), "");
    MainTest.Run run = MainTest.run("class", "merge", empty.toString(), "-o", dir + "/c.csv");
    assertEquals(Main.BAD_INPUT, run.code());
    assertTrue(run.err().startsWith("Error: " + empty + ":1: the file is empty"), run.err());

    Path none = Files.createDirectories(dir.resolve("none"));
    run = MainTest.run("class", "merge", none.toString(), "-o", dir + "/c.csv");
    assertEquals(Main.BAD_INPUT, run.code());
    assertTrue(run.err().contains(none + ": the folder holds no .csv files"), run.err());

    Path ana = dir.resolve("ana.csv");
    StudentRecordCsv.write(student("Ana", true, 0.875), ana);
    run = MainTest.run("class", "merge", ana.toString(), "-o", none.toString());
    assertEquals(Main.BAD_INPUT, run.code());
    assertTrue(run.err().contains("it is a folder"), run.err());
  }
}
