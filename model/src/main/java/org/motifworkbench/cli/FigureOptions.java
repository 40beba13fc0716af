package org.motifworkbench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.motifworkbench.figure.Figure;
import org.motifworkbench.figure.FigureExporter;
import org.motifworkbench.figure.FigureFormat;
import org.motifworkbench.figure.FigureSize;
import org.motifworkbench.figure.NucleotidePalette;
import org.motifworkbench.files.OutputGuard;
import picocli.CommandLine.Option;

/** Where and how {@code mwb figure} writes its files: folder, format, printed size, colours. */
final class FigureOptions {

  @Option(
      names = {"-o", "--out-dir"},
      required = true,
      description = "folder for the figures")
  Path outDir;

  @Option(
      names = "--format",
      defaultValue = "pdf",
      description = "pdf, svg or png (default ${DEFAULT-VALUE})")
  String format;

  @Option(
      names = "--width-mm",
      description =
          "printed width in mm (a journal column is about 85, a page 170): the figure is laid"
              + " out at that size with 7-8 pt text and the height it needs (default: the"
              + " figure's on-screen size and look, at most 180 mm wide)")
  Double widthMm;

  @Option(
      names = "--dpi",
      defaultValue = "300",
      description = "PNG resolution (default " + "${DEFAULT-VALUE})")
  int dpi;

  @Option(
      names = "--palette",
      defaultValue = "standard",
      description = "standard (A green, C blue, G orange, T red) or colour-blind")
  String palette;

  /** Checks every figure file against these inputs and each other; set by {@link #reading}. */
  private OutputGuard guard;

  /**
   * Refuses the folder before any work when it cannot hold figures; each figure is then refused
   * when it would overwrite one of {@code inputs} or an earlier figure of this run.
   */
  void reading(List<Path> inputs) {
    guard = OutputGuard.reading(inputs).folder(outDir);
  }

  NucleotidePalette palette() {
    return NucleotidePalette.parse(palette);
  }

  FigureFormat format() {
    return FigureFormat.of(Path.of("figure." + format.trim().toLowerCase(Locale.ROOT)));
  }

  /** Writes {@code figure} as {@code <name>.<format>} in the folder; returns the file. */
  Path write(Figure figure, String name) throws java.io.IOException {
    Files.createDirectories(outDir);
    FigureFormat f = format();
    Path file = outDir.resolve(safe(name) + "." + f.extension());
    guard.file(file);
    FigureSize size =
        widthMm == null
            ? FigureSize.natural(figure, dpi)
            : FigureSize.ofWidth(figure, widthMm, dpi);
    FigureExporter.export(figure, file, f, size);
    return file;
  }

  private static String safe(String name) {
    return name.replaceAll("[^A-Za-z0-9._-]", "_");
  }
}
