package org.motifworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.motifworkbench.classroom.ClassTable;
import org.motifworkbench.classroom.ClassTable.StudentSummary;
import org.motifworkbench.files.OutputGuard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Work for teachers: the students' lesson reports of a class. */
@Command(
    name = "class",
    description = "Collect the lesson reports of a class (exported from the lesson panel).",
    subcommands = {ClassCommand.Merge.class})
final class ClassCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }

  /** Stacks the students' CSV reports into one table and prints a summary per student. */
  @Command(
      name = "merge",
      description = {
        "Merge the students' reports (the CSV files of \"Export my report...\" in the lesson "
            + "panel) into one table with the same columns, one row per lesson, answer or run. "
            + "A row found twice (a file collected twice) is kept once.",
        "Prints per student: lessons finished, questions right at the first try and the best "
            + "test accuracy."
      },
      footer = {
        "",
        "Examples:",
        "  mwb class merge reports/ -o class.csv",
        "  mwb class merge ana.csv ben.csv -o class.csv"
      })
  static final class Merge implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(
        arity = "1..*",
        paramLabel = "FILES-OR-FOLDERS",
        description = "students' report files (.csv), or folders: every .csv file directly in them")
    List<Path> inputs;

    @Option(
        names = {"-o", "--out"},
        required = true,
        description = "the class table to write (.csv)")
    Path out;

    @Override
    public Integer call() throws IOException {
      List<Path> files = new ArrayList<>();
      for (Path file : ClassTable.csvFiles(inputs)) {
        // the table of an earlier merge, in the same folder, is an output, not a student's file
        if (!(Files.exists(out) && Files.isSameFile(file, out))) {
          files.add(file);
        }
      }
      if (files.isEmpty()) {
        throw new IllegalArgumentException(
            "no student reports to merge: the only .csv file given is the output " + out + ".");
      }
      OutputGuard.reading(files).file(out);
      ClassTable table = ClassTable.merge(files);
      table.write(out);
      print(spec.commandLine().getOut(), files.size(), table);
      return 0;
    }

    private void print(PrintWriter o, int files, ClassTable table) {
      List<StudentSummary> students = table.summary();
      o.printf(
          Locale.ROOT,
          "Merged %d file%s: %d student%s, %d rows written to %s%s%n",
          files,
          files == 1 ? "" : "s",
          students.size(),
          students.size() == 1 ? "" : "s",
          table.rows().size(),
          out,
          table.duplicates() == 0
              ? ""
              : String.format(
                  Locale.ROOT,
                  " (%d duplicate row%s left out)",
                  table.duplicates(),
                  table.duplicates() == 1 ? "" : "s"));
      if (students.isEmpty()) {
        return;
      }
      int nameWidth =
          Math.max(
              "Student".length(),
              students.stream().mapToInt(s -> s.student().length()).max().orElse(0));
      nameWidth = Math.min(nameWidth, 32);
      String row = "  %-" + nameWidth + "s  %9s  %21s  %18s%n";
      o.printf(Locale.ROOT, row, "Student", "Lessons", "Right at first try", "Best test accuracy");
      for (StudentSummary s : students) {
        o.printf(
            Locale.ROOT,
            row,
            s.student().isEmpty() ? "(no name)" : s.student(),
            s.lessonsFinished() + " of " + s.lessonsStarted(),
            s.rightFirstTry() + " of " + s.questions(),
            Double.isNaN(s.bestTestAccuracy())
                ? "no run"
                : String.format(Locale.ROOT, "%.3f", s.bestTestAccuracy()));
      }
      o.println(
          "(Lessons: finished of started; questions: predictions and free text not counted.)");
    }
  }
}
