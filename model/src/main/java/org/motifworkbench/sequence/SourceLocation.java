package org.motifworkbench.sequence;

import java.nio.file.Path;

/** Where a piece of input came from: a file name and a 1-based line number (0 when not known). */
public record SourceLocation(String file, int line) {

  public static SourceLocation of(Path file, int line) {
    return new SourceLocation(file.toString(), line);
  }

  @Override
  public String toString() {
    return line > 0 ? file + ":" + line : file;
  }
}
