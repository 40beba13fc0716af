package org.motifworkbench.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineCpuCheckTest {

  @TempDir Path dir;

  @Test
  void aLinuxMachineWithoutCacheInformationIsNamed() {
    Optional<String> problem = EngineCpuCheck.problem("Linux", dir.resolve("cache"));
    assertTrue(problem.isPresent());
    assertTrue(problem.get().contains(dir.resolve("cache").toString()), problem.get());
    assertTrue(problem.get().contains("Java kernels"), problem.get());
  }

  @Test
  void cacheInformationOrAnotherSystemIsFine() {
    assertEquals(Optional.empty(), EngineCpuCheck.problem("Linux", dir));
    assertEquals(Optional.empty(), EngineCpuCheck.problem("Windows 11", dir.resolve("cache")));
    assertEquals(Optional.empty(), EngineCpuCheck.problem("Mac OS X", dir.resolve("cache")));
  }
}
