package org.motifworkbench.app.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SaveTargetsTest {

  private static final FileType PDF = FileType.of("PDF", "*.pdf");
  private static final FileType SVG = FileType.of("SVG", "*.svg");

  @TempDir Path dir;

  @Test
  void aNameWithoutAKnownExtensionGetsTheChosenTypes() {
    assertEquals(
        dir.resolve("logo.svg"),
        SaveTargets.withExtension(dir.resolve("logo"), SVG, List.of(PDF, SVG)));
    assertEquals(
        dir.resolve("logo.v2.pdf"),
        SaveTargets.withExtension(dir.resolve("logo.v2"), PDF, List.of(PDF, SVG)));
  }

  @Test
  void aKnownExtensionIsKeptWhicheverTypeWasChosen() {
    assertEquals(
        dir.resolve("logo.SVG"),
        SaveTargets.withExtension(dir.resolve("logo.SVG"), PDF, List.of(PDF, SVG)));
    assertEquals(
        dir.resolve("notes"),
        SaveTargets.withExtension(dir.resolve("notes"), FileType.ALL, List.of(FileType.ALL)));
  }

  @Test
  void anOpenInputIsRefusedAsTheCommandLineRefusesIt() throws IOException {
    Path data = Files.writeString(dir.resolve("train.fa"), ">a\nACGT\n");

    Optional<String> refusal = SaveTargets.refusal(dir.resolve("sub/../train.fa"), List.of(data));

    assertTrue(refusal.isPresent());
    assertTrue(refusal.get().startsWith("Cannot write '"), refusal.get());
    assertTrue(refusal.get().contains("the same file as the input '" + data + "'"), refusal.get());
    assertEquals(Optional.empty(), SaveTargets.refusal(dir.resolve("metrics.json"), List.of(data)));
  }
}
