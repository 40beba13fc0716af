package org.motifworkbench.app.lessons.report;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.motifworkbench.app.background.BackgroundRunner;
import org.motifworkbench.app.dialog.DialogService;
import org.motifworkbench.app.dialog.FileType;
import org.motifworkbench.app.dialog.Purpose;
import org.motifworkbench.app.lessons.Lesson;
import org.motifworkbench.app.lessons.LessonProgressStore;
import org.motifworkbench.classroom.StudentRecord;
import org.motifworkbench.classroom.StudentRecordCsv;
import org.motifworkbench.classroom.StudentReportPdf;
import org.motifworkbench.figure.Figure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Export my report..." of the lesson panel: asks for the student's name the first time (the
 * progress store keeps it), then for a file, and writes the record of every started lesson as a PDF
 * to read (with the saliency figure of the Inspect screen, when there is one) or as a CSV table for
 * the teacher's {@code mwb class merge}, chosen by the file type. The file is written in the
 * background; its folder is remembered with the other results.
 */
public final class ReportExporter {

  private static final Logger LOG = LoggerFactory.getLogger(ReportExporter.class);
  private static final String TITLE = "Export my report";
  static final FileType PDF = FileType.of("PDF report (to read or print)", "*.pdf");
  static final FileType CSV = FileType.of("CSV table (for the teacher)", "*.csv");

  /** A figure for the report and a sentence on what it shows. */
  public record ReportFigure(Figure figure, String caption) {}

  private final Supplier<List<Lesson>> lessons;
  private final LessonProgressStore store;
  private final DialogService dialogs;
  private final BackgroundRunner runner;
  private final Supplier<ReportFigure> saliency;
  private final Clock clock;

  /**
   * @param lessons the lesson list, in its order
   * @param store the progress and the student's name
   * @param dialogs asks for the name and the file, shows the outcome
   * @param runner where the file is written (off the FX thread)
   * @param saliency the saliency figure shown on the Inspect screen now, or null when there is none
   * @param clock the export time
   */
  public ReportExporter(
      Supplier<List<Lesson>> lessons,
      LessonProgressStore store,
      DialogService dialogs,
      BackgroundRunner runner,
      Supplier<ReportFigure> saliency,
      Clock clock) {
    this.lessons = lessons;
    this.store = store;
    this.dialogs = dialogs;
    this.runner = runner;
    this.saliency = saliency;
    this.clock = clock;
  }

  /** Asks for the name (once) and the file, then writes the report; nothing when cancelled. */
  public void export() {
    String name = store.studentName();
    if (name == null) {
      Optional<String> typed =
          dialogs.askText(TITLE, "Your name on the report", "Name (your teacher sees it):", "");
      if (typed.isEmpty()) {
        return;
      }
      store.setStudentName(typed.get());
      name = store.studentName();
    }
    Optional<Path> chosen =
        dialogs.saveFile(Purpose.RESULTS, TITLE, fileName(name) + ".pdf", List.of(PDF, CSV));
    if (chosen.isEmpty()) {
      return;
    }
    Path target = chosen.get();
    boolean csv = target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    StudentRecord record =
        StudentRecordBuilder.build(name, Instant.now(clock), lessons.get(), store);
    ReportFigure figure = csv ? null : saliency.get();
    runner.run(
        "exporting " + target.getFileName(),
        () -> {
          if (csv) {
            StudentRecordCsv.write(record, target);
          } else {
            StudentReportPdf.write(
                record,
                figure == null ? null : figure.figure(),
                figure == null ? null : figure.caption(),
                target);
          }
          return target;
        },
        done ->
            dialogs.showInfo(
                TITLE,
                "Your report is saved",
                "Saved "
                    + record.lessons().size()
                    + (record.lessons().size() == 1 ? " lesson" : " lessons")
                    + " to "
                    + done
                    + (csv ? ". Hand this file to your teacher." : ".")),
        failure -> {
          LOG.warn("Could not export the report to {}", target, failure);
          dialogs.showError(
              TITLE,
              "The report was not saved",
              "Could not write "
                  + target
                  + ": "
                  + failure.getMessage()
                  + ". Check that the folder exists and you may write there.");
        });
  }

  /** "Ana-Lunden-lessons" for "Ana Lundén": letters, digits, dots and dashes of the name. */
  static String fileName(String name) {
    String plain =
        java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replaceAll("[^\\p{L}\\p{N}._-]+", "-")
            .replaceAll("^-+|-+$", "");
    return (plain.isEmpty() ? "my" : plain) + "-lessons";
  }
}
