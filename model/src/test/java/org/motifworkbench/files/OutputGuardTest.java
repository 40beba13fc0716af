package org.motifworkbench.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputGuardTest {

  @TempDir Path dir;

  @Test
  void anOutputThatIsAnInputIsRefusedByAnyName() throws IOException {
    Path input = Files.writeString(dir.resolve("x.fa"), ">a\nACGT\n");
    Files.createDirectories(dir.resolve("sub"));
    Path link = Files.createSymbolicLink(dir.resolve("link.fa"), input);
    Path hard = Files.createLink(dir.resolve("hard.fa"), input);
    for (Path same :
        List.of(
            input,
            dir.resolve("sub/../x.fa"),
            link,
            hard,
            Path.of("").toAbsolutePath().relativize(input))) {
      OutputRefusedException e =
          assertThrows(
              OutputRefusedException.class,
              () -> OutputGuard.reading(dir.resolve("model.mwb"), input).file(same),
              same::toString);
      assertTrue(e.getMessage().contains("same file as the input '" + input + "'"), e.getMessage());
      assertTrue(e.getMessage().startsWith("Cannot write '" + same + "'"), e.getMessage());
    }
    assertEquals(">a\nACGT\n", Files.readString(input));
  }

  @Test
  void anInputThatDoesNotExistYetIsComparedThroughItsRealFolder() throws IOException {
    Files.createDirectories(dir.resolve("real"));
    Path linkedDir = Files.createSymbolicLink(dir.resolve("linked"), dir.resolve("real"));
    OutputRefusedException e =
        assertThrows(
            OutputRefusedException.class,
            () ->
                OutputGuard.reading(dir.resolve("real/labels.txt"))
                    .file(linkedDir.resolve("labels.txt")));
    assertTrue(e.getMessage().contains("same file as the input"), e.getMessage());
  }

  @Test
  void twoOutputsMayNotBeOneFile() {
    OutputRefusedException e =
        assertThrows(
            OutputRefusedException.class,
            () ->
                OutputGuard.reading()
                    .file(dir.resolve("m.mwb"))
                    .file(null)
                    .file(dir.resolve("./m.mwb")));
    assertTrue(
        e.getMessage().contains("same file as the output '" + dir.resolve("m.mwb")),
        e.getMessage());
  }

  @Test
  void otherFilesPass() throws IOException {
    Path input = Files.writeString(dir.resolve("x.fa"), ">a\nACGT\n");
    OutputGuard.reading(input, null)
        .file(dir.resolve("x.tsv"))
        .file(dir.resolve("x.json"))
        .folder(dir.resolve("figs"), "a.pdf");
    assertTrue(Files.isDirectory(dir.resolve("figs")));
    try (var files = Files.list(dir)) {
      assertEquals(2, files.count(), "the writability probe leaves nothing behind");
    }
  }

  @Test
  void aFolderOrAMissingFolderIsRefusedForAFile() throws IOException {
    Files.createDirectories(dir.resolve("out"));
    assertRefused(dir.resolve("out"), "it is a folder");
    assertRefused(
        dir.resolve("nowhere/m.mwb"), "the folder '" + dir.resolve("nowhere") + "' does not exist");
    Path file = Files.writeString(dir.resolve("notes.txt"), "x");
    assertRefused(file.resolve("m.mwb"), "is a file, not a folder");
    OutputRefusedException e =
        assertThrows(OutputRefusedException.class, () -> OutputGuard.reading().folder(file));
    assertTrue(e.getMessage().contains("it is a file, not a folder"), e.getMessage());
  }

  @Test
  void aFolderThatCannotBeWrittenIsRefusedWithTheReason() throws IOException {
    Path locked = Files.createDirectories(dir.resolve("locked"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    boolean rootWrites;
    try {
      Files.delete(Files.createFile(locked.resolve("probe")));
      rootWrites = true;
    } catch (IOException expected) {
      rootWrites = false;
    }
    // the root account writes into read-only folders; /sys is refused even to root
    Path target = rootWrites ? Path.of("/sys/predictions.tsv") : locked.resolve("predictions.tsv");
    assumeTrue(!rootWrites || Files.isDirectory(Path.of("/sys")), "no folder refuses writing");
    OutputRefusedException e =
        assertThrows(OutputRefusedException.class, () -> OutputGuard.reading().file(target));
    assertTrue(
        e.getMessage().contains("it cannot be written in '" + target.getParent() + "'"),
        e.getMessage());
    assertTrue(
        e.getMessage().contains("permission denied")
            || e.getMessage().contains("Read-only file system"),
        e.getMessage());
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  @Test
  void aReadOnlyFileIsRefused() throws IOException {
    Path file = Files.writeString(dir.resolve("keep.tsv"), "x");
    assumeTrue(
        file.toFile().setWritable(false) && !Files.isWritable(file),
        "the root account may write read-only files");
    assertRefused(file, "the file is read-only");
    assertFalse(Files.readString(file).isEmpty());
  }

  private static void assertRefused(Path output, String reason) {
    OutputRefusedException e =
        assertThrows(OutputRefusedException.class, () -> OutputGuard.reading().file(output));
    assertTrue(e.getMessage().contains(reason), e.getMessage());
  }
}
