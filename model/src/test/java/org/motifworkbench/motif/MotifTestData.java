package org.motifworkbench.motif;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The motif files the tests read: the JASPAR file the project ships, and a small MEME fixture. */
final class MotifTestData {

  /** Shipped in {@code samples/}; the tests run from the module folder. */
  static final Path JASPAR_FILE =
      Path.of("..", "samples", "motif-databases", "JASPAR_CORE_2016_vertebrates.meme");

  private static final MemeFile JASPAR = MemeFormat.read(JASPAR_FILE);

  private MotifTestData() {}

  static MemeFile jaspar() {
    return JASPAR;
  }

  /** tangermeme's 12-motif test file (MIT), a test resource beside this class. */
  static Path smallMeme() {
    return resource("small_test.meme");
  }

  /**
   * Four motifs written by hand after the MEME Suite's documentation of the minimal format, with
   * site counts, E-values, a URL and a data background (see the README beside it).
   */
  static Path documentedFormat() {
    return resource("documented_format.meme");
  }

  private static Path resource(String name) {
    try {
      return Path.of(MotifTestData.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
