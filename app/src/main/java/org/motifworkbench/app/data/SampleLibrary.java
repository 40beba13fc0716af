package org.motifworkbench.app.data;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The teaching data sets shipped with the workbench. The launcher script passes their folder as
 * {@code -Dmwb.samples}; the composition root reads that once and hands the folder in here.
 */
public final class SampleLibrary {

  /** The system property naming the samples folder. */
  public static final String FOLDER_PROPERTY = "mwb.samples";

  static final String PRIMER_SAMPLE = "primer-motif.fa";
  static final String MOTIF_DATABASE = "motif-databases/JASPAR_CORE_2016_vertebrates.meme";

  private final Path folder;

  public SampleLibrary(Path folder) {
    this.folder = folder.toAbsolutePath().normalize();
  }

  /** The folder from {@code -Dmwb.samples}, else {@code ./samples} in the working directory. */
  public static SampleLibrary fromSystemProperty() {
    String configured = System.getProperty(FOLDER_PROPERTY);
    return new SampleLibrary(
        configured == null || configured.isBlank() ? Path.of("samples") : Path.of(configured));
  }

  /** The primer-motif sample: 2,000 sequences of 50 bp, two classes, one planted motif. */
  public Path primer() {
    return folder.resolve(PRIMER_SAMPLE);
  }

  public boolean primerAvailable() {
    return Files.isRegularFile(primer());
  }

  /** The bundled motif database, JASPAR CORE 2016 vertebrates (may be missing: check the file). */
  public Path motifDatabase() {
    return folder.resolve(MOTIF_DATABASE);
  }

  /** A file of the samples folder, e.g. a sample a lesson opens. */
  public Path file(String name) {
    return folder.resolve(name);
  }

  /** The folder of the lessons shipped with the workbench ({@code samples/lessons}). */
  public Path lessonsFolder() {
    return folder.resolve("lessons");
  }

  /** What to tell the user when the sample is not where it should be. */
  String missingMessage() {
    return "The bundled sample "
        + PRIMER_SAMPLE
        + " is not in "
        + folder
        + ". Start the workbench with bin/workbench from the project folder, or give the samples"
        + " folder with -D"
        + FOLDER_PROPERTY
        + "=<folder>.";
  }
}
