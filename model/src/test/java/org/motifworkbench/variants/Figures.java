package org.motifworkbench.variants;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Measured figures for the README, kept in target/variant-figures.txt by the tests that measure.
 */
final class Figures {

  private Figures() {}

  static void note(String line) {
    try {
      Path file = Path.of("target", "variant-figures.txt");
      Files.createDirectories(file.getParent());
      Files.writeString(
          file,
          line + System.lineSeparator(),
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      // figures are a by-product; the assertions already ran
    }
  }
}
