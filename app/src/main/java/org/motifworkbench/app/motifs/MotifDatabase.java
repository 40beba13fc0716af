package org.motifworkbench.app.motifs;

import java.nio.file.Path;
import org.motifworkbench.motif.MemeFile;
import org.motifworkbench.motif.MemeFormat;
import org.motifworkbench.motif.MotifMatcher;

/**
 * A database of known motifs, read from a MEME file and prepared for matching.
 *
 * @param name what the user calls it, e.g. "JASPAR CORE 2016 vertebrates"
 * @param file where it was read from
 * @param size the number of motifs in it
 * @param matcher the prepared matcher (immutable, safe to use on the engine thread)
 */
public record MotifDatabase(String name, Path file, int size, MotifMatcher matcher) {

  /**
   * Reads and prepares {@code file}; slow-ish (a few hundred ms for JASPAR): call it off the FX
   * thread.
   *
   * @throws org.motifworkbench.sequence.InvalidInputException naming file and line for bad MEME
   * @throws IllegalArgumentException when the file holds no motifs
   */
  static MotifDatabase load(Path file, String name) {
    MemeFile meme = MemeFormat.read(file);
    if (meme.motifs().isEmpty()) {
      throw new IllegalArgumentException(
          file
              + " holds no motifs. Choose a MEME file with at least"
              + " one 'MOTIF' entry, e.g. one downloaded from JASPAR.");
    }
    return new MotifDatabase(name, file, meme.motifs().size(), MotifMatcher.of(meme));
  }

  /** "JASPAR CORE 2016 vertebrates (518 motifs)". */
  public String describe() {
    return name + " (" + String.format("%,d", size) + (size == 1 ? " motif)" : " motifs)");
  }
}
