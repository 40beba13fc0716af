package org.motifworkbench.classroom;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.motifworkbench.classroom.StudentRecord.Answer;
import org.motifworkbench.classroom.StudentRecord.LessonEntry;
import org.motifworkbench.classroom.StudentRecord.RunEntry;
import org.motifworkbench.figure.Figure;
import org.motifworkbench.figure.FigureExporter;
import org.motifworkbench.figure.FigureFonts;
import org.motifworkbench.figure.FigureSize;
import org.motifworkbench.figure.TypeScale;
import org.motifworkbench.files.AtomicFile;

/**
 * A {@link StudentRecord} as a readable A4 PDF: the name and export date, then per lesson the steps
 * done, when it was started and finished, each answer (first and final, tries, right or not, what
 * was measured), free text in full, the training runs as a table, and at the end one saliency
 * figure drawn 170 mm wide. Text stays text (in the figures' embedded DejaVu Sans), so a teacher
 * can search and copy it.
 */
public final class StudentReportPdf {

  /** Printed width of the saliency figure: the page's text width. */
  public static final double FIGURE_WIDTH_MM = 170;

  private static final double MM = FigureSize.POINTS_PER_INCH / FigureSize.MM_PER_INCH;
  private static final float PAGE_WIDTH = PDRectangle.A4.getWidth();
  private static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();
  private static final double LEFT = 20 * MM;
  private static final double WIDTH = FIGURE_WIDTH_MM * MM;
  private static final double TOP = 20 * MM;
  private static final double BOTTOM = PAGE_HEIGHT - 18 * MM;
  private static final Font TITLE = FigureFonts.bold(16);
  private static final Font HEADING = FigureFonts.bold(12.5);
  private static final Font BODY = FigureFonts.plain(10);
  private static final Font BODY_BOLD = FigureFonts.bold(10);
  private static final Font SMALL = FigureFonts.plain(8.5);
  private static final Font SMALL_BOLD = FigureFonts.bold(8.5);
  private static final Font FOOTER = FigureFonts.plain(7.5);
  private static final Color GREY = new Color(0x55, 0x55, 0x55);
  private static final Color RULE = new Color(0xBB, 0xBB, 0xBB);
  private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  /** Runs table: data, seed, pooling, validation, test, finished (widths in mm, sum 170). */
  private static final double[] RUN_COLUMNS_MM = {70, 12, 18, 19, 13, 38};

  private StudentReportPdf() {}

  /**
   * Writes the report atomically.
   *
   * @param saliency a saliency figure to include, or null
   * @param caption what the figure shows (e.g. which sequence), or null
   */
  public static void write(StudentRecord record, Figure saliency, String caption, Path file)
      throws IOException {
    AtomicFile.write(file, out -> writeTo(record, saliency, caption, out));
  }

  /** Writes the report to {@code out} (not closed). */
  public static void writeTo(
      StudentRecord record, Figure saliency, String caption, OutputStream out) throws IOException {
    try (PDDocument document = new PDDocument();
        PdfBoxGraphics2DFontTextDrawer fonts = FigureExporter.pdfFonts()) {
      Pages pages = new Pages(document, fonts, record.student());
      try {
        front(pages, record);
        for (LessonEntry lesson : record.lessons()) {
          lesson(pages, lesson);
        }
        if (saliency != null) {
          figure(pages, saliency, caption);
        }
      } finally {
        pages.close();
      }
      document.getDocumentInformation().setTitle("Lesson report: " + record.student());
      document.getDocumentInformation().setAuthor(record.student());
      document.getDocumentInformation().setCreator("Motif Workbench");
      document.save(out);
    }
  }

  private static void front(Pages p, StudentRecord record) throws IOException {
    p.text("Lesson report", TITLE, Color.BLACK, 0);
    p.gap(4);
    p.text("Student: " + record.student(), BODY_BOLD, Color.BLACK, 0);
    p.text(
        "Exported: " + (record.exported() == null ? "not known" : when(record.exported())),
        BODY,
        GREY,
        0);
    int finished = (int) record.lessons().stream().filter(LessonEntry::isFinished).count();
    List<Answer> questions =
        record.lessons().stream()
            .flatMap(l -> l.answers().stream())
            .filter(a -> a.kind().equals("question"))
            .toList();
    long right = questions.stream().filter(Answer::rightFirstTime).count();
    p.text(
        String.format(
            Locale.ROOT,
            "%d lesson%s started, %d finished; %d of %d question%s right at the first try.",
            record.lessons().size(),
            record.lessons().size() == 1 ? "" : "s",
            finished,
            right,
            questions.size(),
            questions.size() == 1 ? "" : "s"),
        BODY,
        Color.BLACK,
        0);
    if (record.lessons().isEmpty()) {
      p.gap(6);
      p.text("No lesson was started.", BODY, GREY, 0);
    }
  }

  private static void lesson(Pages p, LessonEntry lesson) throws IOException {
    p.gap(14);
    p.keep(HEADING.getSize() * 2 + BODY.getSize() * 3);
    p.rule();
    p.gap(4);
    p.text(lesson.lessonTitle(), HEADING, Color.BLACK, 0);
    p.text(
        "Steps done: "
            + lesson.stepsDone()
            + " of "
            + lesson.stepsTotal()
            + "   \u00b7   Started: "
            + (lesson.started() == null ? "not known" : when(lesson.started()))
            + "   \u00b7   Finished: "
            + (lesson.isFinished() ? when(lesson.finished()) : "not yet"),
        BODY,
        GREY,
        0);
    for (Answer a : lesson.answers()) {
      answer(p, a);
    }
    if (!lesson.runs().isEmpty()) {
      p.gap(8);
      p.keep(SMALL.getSize() * 6);
      p.text("Training runs", BODY_BOLD, Color.BLACK, 0);
      runs(p, lesson.runs());
    }
  }

  private static void answer(Pages p, Answer a) throws IOException {
    p.gap(7);
    p.keep(BODY.getSize() * 4);
    p.text("Step " + a.step() + " \u00b7 " + kindName(a.kind()), BODY_BOLD, Color.BLACK, 0);
    p.text(a.question(), BODY, Color.BLACK, 0);
    double indent = 10;
    switch (a.kind()) {
      case "question" -> {
        if (a.tries() > 1 || !a.firstAnswer().equals(a.finalAnswer())) {
          p.text("First answer: " + a.firstAnswer() + at(a.firstAt()), BODY, Color.BLACK, indent);
          p.text("Final answer: " + a.finalAnswer() + at(a.finalAt()), BODY, Color.BLACK, indent);
        } else {
          p.text("First answer: " + a.firstAnswer() + at(a), BODY, Color.BLACK, indent);
        }
        p.text(
            "Tries: "
                + a.tries()
                + "   \u00b7   "
                + (a.correct() ? "Right" : "Not right")
                + (a.rightFirstTime() ? " at the first try" : ""),
            BODY,
            GREY,
            indent);
      }
      case "predict" ->
          p.text(
              "Prediction: "
                  + a.finalAnswer()
                  + (a.measured() == null ? "" : "   \u00b7   Measured: " + a.measured())
                  + at(a),
              BODY,
              Color.BLACK,
              indent);
      default -> {
        String times = times(a);
        p.text(times.isEmpty() ? "Answer:" : "Answer (" + times + "):", BODY, GREY, indent);
        p.text(a.finalAnswer(), BODY, Color.BLACK, indent);
      }
    }
  }

  /** The separator and time to append to an answer's line, or "" when the time is not known. */
  private static String at(String iso) {
    return known(iso) ? "   \u00b7   " + when(iso) : "";
  }

  /** The separator and {@link #times} to append to an answer's line, or "". */
  private static String at(Answer a) {
    String times = times(a);
    return times.isEmpty() ? "" : "   \u00b7   " + times;
  }

  /**
   * When the final answer was given, and the first when it was given at another minute, e.g.
   * "2026-12-03 09:22 UTC, first answer 2026-12-03 09:20 UTC"; "" when neither is known.
   */
  static String times(Answer a) {
    String last = known(a.finalAt()) ? when(a.finalAt()) : "";
    String first = known(a.firstAt()) ? when(a.firstAt()) : "";
    if (first.isEmpty() || first.equals(last)) {
      return last;
    }
    return last.isEmpty() ? "first answer " + first : last + ", first answer " + first;
  }

  private static boolean known(String iso) {
    return iso != null && !iso.isBlank();
  }

  private static String kindName(String kind) {
    return switch (kind) {
      case "predict" -> "prediction";
      case "explain" -> "explain in your own words";
      default -> kind;
    };
  }

  private static void runs(Pages p, List<RunEntry> runs) throws IOException {
    double[] widths = new double[RUN_COLUMNS_MM.length];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = RUN_COLUMNS_MM[i] * MM;
    }
    List<String> header = List.of("Data", "Seed", "Pooling", "Validation", "Test", "Finished");
    p.row(header, widths, SMALL_BOLD);
    for (RunEntry run : runs) {
      p.row(
          List.of(
              run.data() == null ? "" : run.data(),
              Long.toString(run.seed()),
              run.pooling() == null ? "" : run.pooling(),
              accuracy(run.validationAccuracy()),
              accuracy(run.testAccuracy()),
              run.finished() == null ? "" : when(run.finished())),
          widths,
          SMALL);
    }
  }

  private static String accuracy(double value) {
    return Double.isNaN(value) ? "\u2013" : String.format(Locale.ROOT, "%.3f", value);
  }

  private static void figure(Pages p, Figure saliency, String caption) throws IOException {
    double height = Math.min(saliency.heightFor(WIDTH, TypeScale.PRINT), BOTTOM - TOP - 60);
    p.gap(16);
    p.keep(height + BODY.getSize() * 4);
    p.rule();
    p.gap(4);
    p.text("Saliency figure", HEADING, Color.BLACK, 0);
    if (caption != null && !caption.isBlank()) {
      p.text(caption, BODY, GREY, 0);
    }
    p.gap(4);
    p.figure(saliency, height);
  }

  /** An ISO-8601 instant as "2026-12-03 21:30 UTC"; other text as it is. */
  static String when(String iso) {
    try {
      return WHEN.format(Instant.parse(iso));
    } catch (DateTimeParseException e) {
      return iso;
    }
  }

  /** Lines of {@code text} at most {@code width} points wide in {@code font}, paragraphs kept. */
  static List<String> wrap(String text, Font font, double width) {
    List<String> lines = new ArrayList<>();
    String clean = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
    for (String paragraph : clean.split("\n", -1)) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.replace('\t', ' ').split(" ")) {
        if (word.isEmpty()) {
          continue;
        }
        String candidate = line.length() == 0 ? word : line + " " + word;
        if (width(candidate, font) <= width) {
          line.setLength(0);
          line.append(candidate);
          continue;
        }
        if (line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
        }
        // a word wider than the line (a long file name) is broken where it must be
        String rest = word;
        while (width(rest, font) > width) {
          int fit = 1;
          while (fit < rest.length() && width(rest.substring(0, fit + 1), font) <= width) {
            fit++;
          }
          lines.add(rest.substring(0, fit));
          rest = rest.substring(fit);
        }
        line.append(rest);
      }
      lines.add(line.toString());
    }
    return lines;
  }

  private static double width(String text, Font font) {
    return font.getStringBounds(text, MEASURE).getWidth();
  }

  private static double lineHeight(Font font) {
    return font.getSize2D() * 1.35;
  }

  /** The pages as they fill: a cursor that starts a new page when the next block does not fit. */
  private static final class Pages {
    private final PDDocument document;
    private final PdfBoxGraphics2DFontTextDrawer fonts;
    private final String student;
    private PDPage page;
    private PdfBoxGraphics2D g;
    private double y;
    private int number;

    Pages(PDDocument document, PdfBoxGraphics2DFontTextDrawer fonts, String student)
        throws IOException {
      this.document = document;
      this.fonts = fonts;
      this.student = student;
      newPage();
    }

    private void newPage() throws IOException {
      if (g != null) {
        finishPage();
      }
      page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      g = new PdfBoxGraphics2D(document, PAGE_WIDTH, PAGE_HEIGHT);
      g.setFontTextDrawer(fonts);
      g.setRenderingHint(
          RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      number++;
      y = TOP;
    }

    private void finishPage() throws IOException {
      g.setFont(FOOTER);
      g.setColor(GREY);
      g.drawString(
          "Motif Workbench lesson report \u00b7 " + student + " \u00b7 page " + number,
          (float) LEFT,
          (float) (PAGE_HEIGHT - 10 * MM));
      g.dispose();
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.drawForm(g.getXFormObject());
      }
      g = null;
    }

    /** Starts a new page unless {@code height} points still fit on this one. */
    void keep(double height) throws IOException {
      if (y + height > BOTTOM && y > TOP) {
        newPage();
      }
    }

    void gap(double points) {
      y += points;
    }

    void rule() {
      g.setColor(RULE);
      g.draw(new Line2D.Double(LEFT, y, LEFT + WIDTH, y));
    }

    void text(String text, Font font, Color color, double indent) throws IOException {
      for (String line : wrap(text, font, WIDTH - indent)) {
        double h = lineHeight(font);
        keep(h);
        g.setFont(font);
        g.setColor(color);
        y += h;
        g.drawString(line, (float) (LEFT + indent), (float) (y - h * 0.28));
      }
    }

    void row(List<String> cells, double[] widths, Font font) throws IOException {
      List<List<String>> wrapped = new ArrayList<>();
      int lines = 1;
      for (int i = 0; i < cells.size(); i++) {
        List<String> w = wrap(cells.get(i), font, widths[i] - 4);
        wrapped.add(w);
        lines = Math.max(lines, w.size());
      }
      double h = lineHeight(font);
      keep(h * lines + 3);
      g.setFont(font);
      g.setColor(Color.BLACK);
      double x = LEFT;
      for (int i = 0; i < wrapped.size(); i++) {
        for (int k = 0; k < wrapped.get(i).size(); k++) {
          g.drawString(wrapped.get(i).get(k), (float) x, (float) (y + h * (k + 1) - h * 0.28));
        }
        x += widths[i];
      }
      y += h * lines + 2;
      g.setColor(RULE);
      g.draw(new Line2D.Double(LEFT, y, LEFT + WIDTH, y));
      y += 1;
    }

    void figure(Figure figure, double height) throws IOException {
      keep(height);
      Graphics2D inner = (Graphics2D) g.create();
      try {
        inner.translate(LEFT, y);
        figure.draw(inner, new Rectangle2D.Double(0, 0, WIDTH, height), TypeScale.PRINT);
      } finally {
        inner.dispose();
      }
      y += height;
    }

    void close() throws IOException {
      if (g != null) {
        finishPage();
      }
    }
  }
}
