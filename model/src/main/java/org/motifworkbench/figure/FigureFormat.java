package org.motifworkbench.figure;

import java.nio.file.Path;
import java.util.Locale;

/** The file formats figures are exported to, chosen by the file name's extension. */
public enum FigureFormat {
  PNG("png"),
  SVG("svg"),
  PDF("pdf");

  private final String extension;

  FigureFormat(String extension) {
    this.extension = extension;
  }

  /** "png", "svg" or "pdf". */
  public String extension() {
    return extension;
  }

  /** True for formats that keep shapes and text as vectors (SVG, PDF). */
  public boolean vector() {
    return this != PNG;
  }

  /** The format of {@code file} from its extension; a plain error for other extensions. */
  public static FigureFormat of(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    for (FigureFormat f : values()) {
      if (name.endsWith("." + f.extension)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "Cannot tell the figure format of '"
            + file.getFileName()
            + "': end the file name with .png, .svg or .pdf.");
  }
}
