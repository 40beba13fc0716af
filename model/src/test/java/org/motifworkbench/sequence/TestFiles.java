package org.motifworkbench.sequence;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Small helpers for writing input files in tests and finding the shared real data. */
final class TestFiles {

  private TestFiles() {}

  static Path write(Path dir, String name, String text) {
    return writeBytes(dir, name, text.getBytes(StandardCharsets.UTF_8));
  }

  static Path writeBytes(Path dir, String name, byte[] bytes) {
    try {
      return Files.write(dir.resolve(name), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] gzip(byte[] bytes) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
        gz.write(bytes);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file of {@code ../shared/data} (found from the module or the worktree root), or skip. */
  static Path sharedData(String name) {
    Path dir = Path.of("").toAbsolutePath();
    for (int up = 0; up < 4 && dir != null; up++, dir = dir.getParent()) {
      Path candidate = dir.resolveSibling("shared").resolve("data").resolve(name);
      if (Files.isReadable(candidate)) {
        return candidate;
      }
    }
    assumeTrue(false, "../shared/data/" + name + " (not shipped) is not beside the checkout");
    return null;
  }
}
