package org.motifworkbench.motif;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared JASPAR file for the motif tests, read once, found by walking up to shared/data. */
final class MotifTestData {

  private static final MemeFile JASPAR =
      MemeFormat.read(sharedData().resolve("JASPAR_CORE_2016_vertebrates.meme"));

  private MotifTestData() {}

  static MemeFile jaspar() {
    return JASPAR;
  }

  static Path sharedData() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared").resolve("data");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("shared/data is not beside the checkout");
  }
}
