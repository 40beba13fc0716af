package org.motifworkbench.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesTest {

  @TempDir Path dir;

  @Test
  void newestFirstWithoutDuplicatesAndRememberedAcrossStarts() {
    Path store = dir.resolve("config").resolve("recent.txt");
    RecentFiles recent = new RecentFiles(store);
    Path a = dir.resolve("a.fa");
    Path b = dir.resolve("b.mwb");
    recent.add(a);
    recent.add(b);
    recent.add(a);
    assertEquals(List.of(a, b), recent.files());

    RecentFiles again = new RecentFiles(store);
    assertEquals(List.of(a, b), again.files());
    again.remove(b);
    assertEquals(List.of(a), new RecentFiles(store).files());
  }

  @Test
  void keepsOnlyTheNewestTen() {
    RecentFiles recent = new RecentFiles(dir.resolve("recent.txt"));
    for (int i = 0; i < 15; i++) {
      recent.add(dir.resolve("f" + i + ".fa"));
    }
    assertEquals(RecentFiles.MAX, recent.files().size());
    assertEquals(dir.resolve("f14.fa"), recent.files().get(0));
    assertEquals(dir.resolve("f5.fa"), recent.files().get(RecentFiles.MAX - 1));
  }

  @Test
  void anUnreadableStoreIsAnEmptyListNotAnError() throws IOException {
    Path store = Files.createDirectories(dir.resolve("a-folder-not-a-file"));
    RecentFiles recent = new RecentFiles(store);
    assertTrue(recent.files().isEmpty());
    recent.add(dir.resolve("x.fa")); // cannot be saved over a folder: logged, not thrown
    assertEquals(1, recent.files().size());
  }
}
