package org.motifworkbench.app.figure;

import java.nio.file.Path;
import java.util.Locale;
import org.motifworkbench.figure.FigureFormat;

/**
 * The file an export writes: the name the user chose, ending with the extension of the format
 * chosen in the export dialog. A name that still ends with another figure format's extension (the
 * offered "roc-curve.pdf" after choosing SVG, or "roc-curve.pdf.svg" after the chooser added the
 * chosen type's extension) has it replaced, so the file's name and its contents always agree.
 */
final class FigureTarget {

  private FigureTarget() {}

  /** {@code chosen} renamed, if need be, to end with {@code format}'s extension (and only it). */
  static Path of(Path chosen, FigureFormat format) {
    String stem = withoutFigureExtension(chosen.getFileName().toString());
    String rest = withoutFigureExtension(stem);
    String name = chosen.getFileName().toString();
    if (rest.equals(stem) && name.equals(stem + "." + extensionAsTyped(name, format))) {
      return chosen;
    }
    return chosen.resolveSibling(rest + "." + format.extension());
  }

  private static String withoutFigureExtension(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (FigureFormat f : FigureFormat.values()) {
      if (lower.endsWith("." + f.extension()) && lower.length() > f.extension().length() + 1) {
        return name.substring(0, name.length() - f.extension().length() - 1);
      }
    }
    return name;
  }

  /** The format's extension in the case the user typed it ("SVG" stays "SVG"). */
  private static String extensionAsTyped(String name, FigureFormat format) {
    String tail = name.substring(Math.max(0, name.length() - format.extension().length()));
    return tail.equalsIgnoreCase(format.extension()) ? tail : format.extension();
  }
}
