package org.motifworkbench.app.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonProgressStoreTest {

  @TempDir Path dir;

  @Test
  void roundTripsEveryPartIncludingAnUnknownAccuracy() {
    Path file = dir.resolve("sub").resolve("lessons-progress.json");
    LessonProgressStore store = new LessonProgressStore(file);
    LessonProgress p =
        LessonProgress.start()
            .withDone(0)
            .withDone(2)
            .withAnswer(2, 1)
            .withRun(new LessonProgress.Run("attention", 0.95, 0.96))
            .withRun(new LessonProgress.Run("max", Double.NaN, 0.9))
            .at(3);
    store.put("one", p);
    LessonProgressStore reread = new LessonProgressStore(file);
    assertTrue(reread.started("one"));
    LessonProgress back = reread.get("one");
    assertEquals(3, back.current());
    assertEquals(List.of(0, 2), back.done());
    assertEquals(Map.of(2, 1), back.answers());
    assertEquals(0.95, back.runs().get(0).testAccuracy());
    assertTrue(Double.isNaN(back.runs().get(1).testAccuracy()));
    reread.remove("one");
    assertFalse(new LessonProgressStore(file).started("one"));
  }

  @Test
  void aDamagedFileIsAFreshStartNotAnError() throws Exception {
    Path file = dir.resolve("lessons-progress.json");
    Files.writeString(file, "{ this is not json");
    LessonProgressStore store = new LessonProgressStore(file);
    assertFalse(store.started("one"));
    store.put("one", LessonProgress.start());
    assertTrue(new LessonProgressStore(file).started("one"));
  }

  @Test
  void withoutAFileProgressLastsForTheSession() {
    LessonProgressStore store = new LessonProgressStore(null);
    store.put("one", LessonProgress.start().withDone(0));
    assertEquals(List.of(0), store.get("one").done());
  }
}
