package org.motifworkbench.sequence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** Tells a FASTA file (first non-blank character '>') from a plain one-sequence-per-line file. */
final class FastaSniffer {

  private FastaSniffer() {}

  static boolean looksLikeFasta(Path file) {
    try (InputStream in = InputFiles.open(file, "sequence")) {
      int c;
      while ((c = in.read()) >= 0) {
        if (!Character.isWhitespace(c)) {
          return c == '>';
        }
      }
      return false;
    } catch (IOException e) {
      throw InputFiles.unreadable(file.toString(), e);
    }
  }
}
