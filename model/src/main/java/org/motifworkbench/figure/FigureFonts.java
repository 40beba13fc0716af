package org.motifworkbench.figure;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The one typeface of all figures, DejaVu Sans, shipped with the workbench (see
 * ui-assets/README.md) so a figure has the same letters on every machine, on screen and in PNG, SVG
 * and PDF files. Figures ask for fonts here instead of by a family name the system may lack.
 */
public final class FigureFonts {

  /** The family name written into SVG files and matched when embedding fonts in PDF files. */
  public static final String FAMILY = "DejaVu Sans";

  static final String REGULAR = "DejaVuSans.ttf";
  static final String BOLD = "DejaVuSans-Bold.ttf";

  private static final Font PLAIN_BASE = load(REGULAR);
  private static final Font BOLD_BASE = load(BOLD);

  private FigureFonts() {}

  /** DejaVu Sans at {@code size} points. */
  public static Font plain(double size) {
    return PLAIN_BASE.deriveFont((float) size);
  }

  /** DejaVu Sans Bold at {@code size} points. */
  public static Font bold(double size) {
    return BOLD_BASE.deriveFont((float) size);
  }

  /** The font file's bytes, for embedding in PDF files; the caller closes the stream. */
  static InputStream open(String file) {
    InputStream in = FigureFonts.class.getResourceAsStream("fonts/" + file);
    if (in == null) {
      throw new IllegalStateException("The figure font " + file + " is missing from the build");
    }
    return in;
  }

  private static Font load(String file) {
    try (InputStream in = open(file)) {
      Font font = Font.createFont(Font.TRUETYPE_FONT, in);
      // Registered so that text drawn by name ("DejaVu Sans") finds it, e.g. JFreeChart's themes.
      GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
      return font;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the figure font " + file, e);
    } catch (FontFormatException e) {
      throw new IllegalStateException("The figure font " + file + " is damaged", e);
    }
  }
}
