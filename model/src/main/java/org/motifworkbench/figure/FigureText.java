package org.motifworkbench.figure;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.Locale;

/** Text drawing shared by the figures: one font family, centred and right-aligned labels. */
final class FigureText {

  static final Font LABEL = FigureFonts.plain(11);
  static final Font SMALL = FigureFonts.plain(10);

  private FigureText() {}

  /** Draws {@code text} centred on x, with its baseline at y. */
  static void centred(Graphics2D g, String text, double x, double baseline) {
    FontMetrics m = g.getFontMetrics();
    g.drawString(text, (float) (x - m.stringWidth(text) / 2.0), (float) baseline);
  }

  /** Draws {@code text} ending at x, vertically centred on y. */
  static void rightAligned(Graphics2D g, String text, double x, double centreY) {
    FontMetrics m = g.getFontMetrics();
    g.drawString(
        text,
        (float) (x - m.stringWidth(text)),
        (float) (centreY + (m.getAscent() - m.getDescent()) / 2.0));
  }

  /** Draws {@code text} starting at x, vertically centred on y. */
  static void leftAligned(Graphics2D g, String text, double x, double centreY) {
    FontMetrics m = g.getFontMetrics();
    g.drawString(text, (float) x, (float) (centreY + (m.getAscent() - m.getDescent()) / 2.0));
  }

  /** A value for an axis: two significant digits, a sign for non-zero values. */
  static String signed(double value) {
    if (value == 0) {
      return "0";
    }
    String digits =
        Math.abs(value) >= 10
            ? String.format(Locale.ROOT, "%.0f", value)
            : String.format(Locale.ROOT, "%.2g", value);
    return value > 0 ? "+" + digits : digits.replace('-', '\u2212');
  }
}
