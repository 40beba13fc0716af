package org.motifworkbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class StartupOptionsTest {

  @Test
  void noArgumentsOpensTheSample() {
    StartupOptions options = StartupOptions.parse(List.of());
    assertTrue(options.sample());
    assertTrue(options.files().isEmpty());
  }

  @Test
  void filesAreOpenedAndWinOverTheSample() {
    StartupOptions options = StartupOptions.parse(List.of("--sample", "a.fa", "b.fa"));
    assertFalse(options.sample());
    assertEquals(List.of(Path.of("a.fa"), Path.of("b.fa")), options.files());
  }

  @Test
  void sampleFlagAlone() {
    assertTrue(StartupOptions.parse(List.of("--sample")).sample());
  }

  @Test
  void unknownOptionsAreRefusedWithTheUsage() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> StartupOptions.parse(List.of("--gpu")));
    assertTrue(e.getMessage().contains("Usage: workbench"));
  }

  @Test
  void aConfigFileOpensTheSampleUnlessFilesAreGiven() {
    StartupOptions alone = StartupOptions.parse(List.of("--config", "lesson.json"));
    assertEquals(Path.of("lesson.json"), alone.config());
    assertEquals(true, alone.sample());
    StartupOptions withFile = StartupOptions.parse(List.of("--config", "c.json", "a.fa"));
    assertEquals(false, withFile.sample());
    assertEquals(List.of(Path.of("a.fa")), withFile.files());
    IllegalArgumentException missing =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, () -> StartupOptions.parse(List.of("--config")));
    assertEquals(true, missing.getMessage().startsWith("--config needs a file name"));
  }
}
