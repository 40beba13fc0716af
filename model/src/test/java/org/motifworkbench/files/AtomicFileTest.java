package org.motifworkbench.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

  @TempDir Path dir;

  @Test
  void writesTheWholeFile() throws IOException {
    Path target = dir.resolve("sub").resolve("a.txt");
    AtomicFile.writeString(target, "hello");
    assertEquals("hello", Files.readString(target));
    AtomicFile.writeString(target, "again");
    assertEquals("again", Files.readString(target));
  }

  @Test
  void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path target = dir.resolve("model.mwb");
    AtomicFile.writeString(target, "old");
    assertThrows(IOException.class, () -> AtomicFile.write(target, out -> {
      out.write("half of the new".getBytes(StandardCharsets.UTF_8));
      throw new IOException("disk full");
    }));
    assertEquals("old", Files.readString(target));
    try (var files = Files.list(dir)) {
      assertEquals(List.of(target), files.toList());
    }
  }
}
