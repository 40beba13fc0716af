package org.motifworkbench.app.lessons.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.app.background.SameThreadBackgroundRunner;
import org.motifworkbench.app.dialog.RecordingDialogService;
import org.motifworkbench.app.lessons.LessonProgressStore;
import org.motifworkbench.app.lessons.report.ReportExporter.ReportFigure;
import org.motifworkbench.classroom.StudentRecord;
import org.motifworkbench.classroom.StudentRecordCsv;
import org.motifworkbench.figure.Figure;
import org.motifworkbench.figure.FigureFonts;

/** "Export my report...": the name asked once, then CSV and PDF written and read back. */
class ReportExporterTest {

  @TempDir Path dir;

  private final RecordingDialogService dialogs = new RecordingDialogService();

  /** A stand-in for the Inspect screen's saliency track: a labelled box. */
  private static final Figure TRACK =
      new Figure() {
        @Override
        public double preferredWidth() {
          return 500;
        }

        @Override
        public double preferredHeight() {
          return 100;
        }

        @Override
        public void draw(Graphics2D g, Rectangle2D area) {
          g.setFont(FigureFonts.plain(9));
          g.drawString("TRACKLABEL", (float) area.getX() + 4, (float) area.getY() + 20);
        }
      };

  private ReportExporter exporter(LessonProgressStore store, ReportFigure figure) {
    return new ReportExporter(
        () -> List.of(StudentRecordBuilderTest.why()),
        store,
        dialogs,
        new SameThreadBackgroundRunner(),
        () -> figure,
        Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC));
  }

  @Test
  void exportsCsvAndPdfAskingTheNameOnce() throws IOException {
    Path storeFile = dir.resolve("progress.json");
    LessonProgressStore store = new LessonProgressStore(storeFile);
    store.put("why", StudentRecordBuilderTest.whyProgress());
    ReportExporter exporter =
        exporter(store, new ReportFigure(TRACK, "Sequence seq17, according to the model"));

    Path csv = dir.resolve("ana.csv");
    dialogs.willType("  Ana Lund\u00e9n ").willChoose(csv);
    exporter.export();
    assertTrue(
        dialogs.shown.contains("text input: Your name on the report"), dialogs.shown.toString());
    assertTrue(
        dialogs.shown.contains("save: Export my report (Ana-Lunden-lessons.pdf)"),
        dialogs.shown.toString());
    assertTrue(
        dialogs.shown.get(dialogs.shown.size() - 1).startsWith("info: Your report is saved"));
    List<StudentRecord> back = StudentRecordCsv.read(csv);
    assertEquals("Ana Lund\u00e9n", back.get(0).student());
    assertEquals("2026-12-03T10:00:00Z", back.get(0).exported());
    assertEquals("CAAT", back.get(0).lessons().get(0).answers().get(1).finalAnswer());
    assertEquals(
        "Ana Lund\u00e9n", new LessonProgressStore(storeFile).studentName(), "the name is kept");

    dialogs.shown.clear();
    Path pdf = dir.resolve("ana.pdf");
    dialogs.willChoose(pdf);
    exporter.export();
    assertFalse(dialogs.shown.stream().anyMatch(s -> s.startsWith("text input")), "asked once");
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("Student: Ana Lund\u00e9n"), text);
      assertTrue(text.contains("Final answer: CAAT"), text);
      assertTrue(text.contains("Some negatives carry a 6-mer."), text);
      assertTrue(text.contains("TRACKLABEL"), "the saliency figure: " + text);
      assertTrue(text.contains("Sequence seq17, according to the model"), text);
    }
  }

  @Test
  void cancellingTheNameOrTheFileWritesNothing() throws IOException {
    LessonProgressStore store = new LessonProgressStore(null);
    store.put("why", StudentRecordBuilderTest.whyProgress());
    ReportExporter exporter = exporter(store, null);
    exporter.export(); // no name typed: cancelled
    assertEquals(List.of("text input: Your name on the report"), dialogs.shown);
    store.setStudentName("Ben");
    exporter.export(); // no file chosen: cancelled
    assertTrue(dialogs.shown.get(1).startsWith("save: Export my report (Ben-lessons.pdf)"));
    assertEquals(2, dialogs.shown.size());
    try (var files = Files.list(dir)) {
      assertEquals(0, files.count());
    }
  }

  @Test
  void aFailedWriteIsShownNamingTheFile() {
    LessonProgressStore store = new LessonProgressStore(null);
    store.setStudentName("Ben");
    Path blocked = dir.resolve("not-a-folder");
    dialogs.willChoose(blocked.resolve("ben.csv"));
    try {
      Files.writeString(blocked, "a file where a folder should be");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    exporter(store, null).export();
    String last = dialogs.shown.get(dialogs.shown.size() - 1);
    assertTrue(
        last.startsWith("error: The report was not saved | Could not write " + blocked), last);
  }

  @Test
  void fileNamesKeepLettersOfAnyAlphabet() {
    assertEquals("Ana-Lunden-lessons", ReportExporter.fileName("Ana Lund\u00e9n"));
    assertEquals("\u674e\u534e-lessons", ReportExporter.fileName("\u674e\u534e"));
    assertEquals("my-lessons", ReportExporter.fileName("???"));
  }
}
