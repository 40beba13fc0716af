package org.motifworkbench.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.classroom.StudentRecord.Answer;
import org.motifworkbench.classroom.StudentRecord.LessonEntry;
import org.motifworkbench.figure.Figure;
import org.motifworkbench.figure.FigureFonts;
import org.motifworkbench.figure.TypeScale;

/** The PDF report read back with PDFBox: text stays text, long records flow onto more pages. */
class StudentReportPdfTest {

  @TempDir Path dir;

  /** A figure that records the area it was given and writes a word. */
  private static final class Marker implements Figure {
    final List<Rectangle2D> areas = new ArrayList<>();

    @Override
    public double preferredWidth() {
      return 400;
    }

    @Override
    public double preferredHeight() {
      return 120;
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
      draw(g, area, TypeScale.SCREEN);
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area, TypeScale type) {
      areas.add(area);
      g.setColor(Color.RED);
      g.fill(new Rectangle2D.Double(area.getX(), area.getY(), area.getWidth(), 20));
      g.setFont(FigureFonts.plain(8));
      g.setColor(Color.BLACK);
      g.drawString("SALIENCYMARK", (float) area.getX() + 5, (float) area.getY() + 40);
    }
  }

  private static String text(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(doc);
    }
  }

  @Test
  void theReportIsSearchableTextWithTheFigureAtFullWidth() throws IOException {
    Path pdf = dir.resolve("ana.pdf");
    Marker figure = new Marker();
    StudentReportPdf.write(
        StudentRecordCsvTest.sample("Ana Lund\u00e9n"), figure, "Sequence seq17 (promoter)", pdf);
    String text = text(pdf);
    assertTrue(text.contains("Student: Ana Lund\u00e9n"), text);
    assertTrue(text.contains("Exported: 2026-12-03 10:00 UTC"), text);
    assertTrue(text.contains("Why 83 percent?"), text);
    assertTrue(text.contains("Steps done: 9 of 9"), text);
    assertTrue(text.contains("First answer: GC, mostly"), text);
    assertTrue(text.contains("Final answer: CAAT"), text);
    assertTrue(text.contains("Prediction: 0.95"), text);
    assertTrue(text.contains("Measured: 0.83"), text);
    String flat = text.replaceAll("\\s+", " ");
    assertTrue(flat.contains("First answer: GC, mostly \u00b7 2026-12-03 09:05 UTC"), flat);
    assertTrue(flat.contains("Final answer: CAAT \u00b7 2026-12-03 09:07 UTC"), flat);
    assertTrue(flat.contains("Measured: 0.83 \u00b7 2026-12-03 09:03 UTC"), "one time: " + flat);
    assertTrue(
        flat.contains("Answer (2026-12-03 09:22 UTC, first answer 2026-12-03 09:20 UTC):"), flat);
    assertTrue(text.contains("=HYPERLINK(\"http://x\")"), "free text as typed: " + text);
    assertTrue(text.contains("promoter-4000-seed7.fa"), text);
    assertTrue(text.contains("0.813"), "validation accuracy in the runs table: " + text);
    assertTrue(
        text.contains("2 lessons started, 1 finished; 1 of 2 questions right at the first try."),
        text);
    assertTrue(text.contains("SALIENCYMARK"), "the figure's text is text: " + text);
    assertTrue(text.contains("Sequence seq17 (promoter)"), text);
    assertEquals(1, figure.areas.size());
    assertEquals(
        StudentReportPdf.FIGURE_WIDTH_MM / 25.4 * 72, figure.areas.get(0).getWidth(), 1e-6);
  }

  @Test
  void longFreeTextWrapsAndFlowsOntoMorePages() throws IOException {
    String essay = "The ceiling is an expected accuracy over many test sets. ".repeat(400);
    StudentRecord record =
        new StudentRecord(
            "Ben",
            "2026-12-03T10:00:00Z",
            List.of(
                new LessonEntry(
                    "l",
                    "Lesson",
                    "2026-12-03T09:00:00Z",
                    null,
                    1,
                    4,
                    List.of(
                        new Answer(
                            2,
                            "explain",
                            "Explain why.",
                            essay,
                            essay,
                            1,
                            false,
                            null,
                            null,
                            null)),
                    List.of())));
    Path pdf = dir.resolve("ben.pdf");
    StudentReportPdf.write(record, null, null, pdf);
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertTrue(doc.getNumberOfPages() >= 3, "pages: " + doc.getNumberOfPages());
      String raw = new PDFTextStripper().getText(doc);
      assertTrue(raw.contains("Motif Workbench lesson report \u00b7 Ben \u00b7 page 3"), raw);
      String text =
          raw.replaceAll("Motif Workbench lesson report \u00b7 Ben \u00b7 page \\d+", "")
              .replaceAll("\\s+", " ");
      int sentences = text.split("expected accuracy over many test sets", -1).length - 1;
      assertEquals(400, sentences, "no sentence lost at a line or page break");
      assertTrue(text.contains("Finished: not yet"), text);
    }
  }

  @Test
  void wrapBreaksAtSpacesAndInsideWordsLongerThanALine() {
    Font font = FigureFonts.plain(10);
    FontRenderContext frc = new FontRenderContext(null, true, true);
    String word = "x".repeat(300);
    List<String> lines = StudentReportPdf.wrap("short words here\n" + word + " end", font, 100);
    for (String line : lines) {
      assertTrue(font.getStringBounds(line, frc).getWidth() <= 100, line);
    }
    assertEquals("shortwordshere" + word + "end", String.join("", lines).replace(" ", ""));
    int paragraph = lines.indexOf(lines.stream().filter(l -> l.endsWith("here")).findFirst().get());
    assertTrue(lines.get(paragraph + 1).startsWith("xxx"), "a new line after the line break");
    assertTrue(lines.size() >= 5, lines.toString());
  }
}
