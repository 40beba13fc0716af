package org.motifworkbench.figure;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * The words of a one-page PDF with their boxes on the page, read back with PDFBox. A word is a run
 * of letters drawn by one text operation (one {@code drawString}) up to a space, so two labels
 * drawn side by side stay two words even when they touch ("0.00.10.2" is three words), which
 * PDFBox's own word grouping would merge. Boxes run from the baseline's descender depth to the cap
 * height in the text's own direction, so rotated labels get their real box too.
 */
final class PdfWords extends PDFTextStripper {

  /** Depth below the baseline and height above it of a word's box, in ems (DejaVu Sans). */
  static final double DESCENT = 0.22;

  static final double ASCENT = 0.73;

  /**
   * A word as printed.
   *
   * @param text the letters
   * @param box the box on the page, in points, y up as in PDF
   * @param size the font size in points at the printed size
   */
  record Word(String text, Rectangle2D box, double size) {
    @Override
    public String toString() {
      return String.format(
          java.util.Locale.ROOT,
          "'%s' (%.1f pt at %.1f,%.1f-%.1f,%.1f)",
          text,
          size,
          box.getMinX(),
          box.getMinY(),
          box.getMaxX(),
          box.getMaxY());
    }
  }

  private final List<List<TextPosition>> runs = new ArrayList<>();
  private List<TextPosition> current = new ArrayList<>();

  private PdfWords() throws IOException {
    super();
  }

  /** The page's size and its words. */
  record Page(PDRectangle media, List<Word> words) {}

  static Page read(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PdfWords reader = new PdfWords();
      reader.getText(doc);
      return new Page(doc.getPage(0).getMediaBox(), reader.words());
    }
  }

  @Override
  protected void showText(byte[] string) throws IOException {
    current = new ArrayList<>();
    runs.add(current);
    super.showText(string);
  }

  @Override
  protected void processTextPosition(TextPosition text) {
    current.add(text);
  }

  private List<Word> words() throws IOException {
    List<Word> out = new ArrayList<>();
    for (List<TextPosition> run : runs) {
      StringBuilder text = new StringBuilder();
      Rectangle2D box = null;
      double size = 0;
      for (TextPosition p : run) {
        if (p.getUnicode().isBlank()) {
          add(out, text, box, size);
          text.setLength(0);
          box = null;
          size = 0;
          continue;
        }
        Rectangle2D glyph = glyphBox(p);
        box = box == null ? glyph : box.createUnion(glyph);
        size = Math.max(size, fontSize(p.getTextMatrix()));
        text.append(p.getUnicode());
      }
      add(out, text, box, size);
    }
    return out;
  }

  private static void add(List<Word> out, StringBuilder text, Rectangle2D box, double size) {
    if (box != null && !text.isEmpty()) {
      out.add(new Word(text.toString(), box, size));
    }
  }

  /** The glyph's box: its advance along the text direction, descender to cap height across. */
  private static Rectangle2D glyphBox(TextPosition p) throws IOException {
    Matrix m = p.getTextMatrix();
    PDFont font = p.getFont();
    double advance = 0;
    for (int code : p.getCharacterCodes()) {
      Vector d = font.getDisplacement(code);
      advance += d.getX();
    }
    double minX = Double.POSITIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    for (double tx : new double[] {0, advance}) {
      for (double ty : new double[] {-DESCENT, ASCENT}) {
        double x = m.getValue(0, 0) * tx + m.getValue(1, 0) * ty + m.getTranslateX();
        double y = m.getValue(0, 1) * tx + m.getValue(1, 1) * ty + m.getTranslateY();
        minX = Math.min(minX, x);
        minY = Math.min(minY, y);
        maxX = Math.max(maxX, x);
        maxY = Math.max(maxY, y);
      }
    }
    return new Rectangle2D.Double(minX, minY, maxX - minX, maxY - minY);
  }

  /** The font size in points on the page: the scale of the text rendering matrix. */
  private static double fontSize(Matrix m) {
    double det = m.getValue(0, 0) * m.getValue(1, 1) - m.getValue(0, 1) * m.getValue(1, 0);
    return Math.sqrt(Math.abs(det));
  }
}
