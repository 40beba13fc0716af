package org.motifworkbench.app.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
  void keepsTimesRecordsRunDetailsTheNameAndInstructorMode() {
    Path file = dir.resolve("lessons-progress.json");
    LessonProgressStore store = new LessonProgressStore(file);
    store.setStudentName("  Ada Lovelace ");
    store.setInstructorMode(true);
    LessonProgress p =
        LessonProgress.start()
            .withStarted("2026-12-03T21:00:00Z")
            .withRecord(1, "50% (a coin toss)", false, "2026-12-03T21:01:00Z")
            .withRecord(1, "100%", true, "2026-12-03T21:02:00Z")
            .withRecord(4, "0.95", false, "2026-12-03T21:03:00Z")
            .withRun(
                new LessonProgress.Run(
                    "max", 0.83, 0.84, "promoter-4000-seed7.fa", 42, "2026-12-03T21:10:00Z"))
            .withFinished("2026-12-03T21:20:00Z");
    store.put("one", p);

    LessonProgressStore reread = new LessonProgressStore(file);
    assertEquals(p, reread.get("one"));
    assertEquals(
        new LessonProgress.StepRecord(
            "50% (a coin toss)", "100%", 2, true, "2026-12-03T21:01:00Z", "2026-12-03T21:02:00Z"),
        reread.get("one").record(1));
    assertEquals("Ada Lovelace", reread.studentName());
    assertTrue(reread.instructorMode());
  }

  @Test
  void aFileOfTheEarlierWorkbenchStillLoads() throws Exception {
    Path file = dir.resolve("lessons-progress.json");
    Files.writeString(
        file,
        """
        {
          "find-the-planted-motif": {
            "current": 3,
            "done": [0, 1, 2],
            "answers": {"1": 2},
            "runs": [{"pooling": "attention", "testAccuracy": 0.97, "validationAccuracy": 0.96}],
            "wrongTries": {"1": 1},
            "revealed": []
          }
        }
        """);
    LessonProgressStore store = new LessonProgressStore(file);
    LessonProgress p = store.get("find-the-planted-motif");
    assertEquals(3, p.current());
    assertEquals(Map.of(1, 2), p.answers());
    assertEquals(new LessonProgress.Run("attention", 0.97, 0.96), p.runs().get(0));
    assertNull(p.started());
    assertNull(p.finished());
    assertEquals(Map.of(), p.records());
    assertNull(store.studentName());
    assertFalse(store.instructorMode());

    store.setStudentName("Ada");
    LessonProgressStore rewritten = new LessonProgressStore(file);
    assertEquals(p, rewritten.get("find-the-planted-motif"), "rewritten in the new shape");
    assertEquals("Ada", rewritten.studentName());
  }

  @Test
  void clearingEveryLessonKeepsTheName() {
    Path file = dir.resolve("lessons-progress.json");
    LessonProgressStore store = new LessonProgressStore(file);
    store.setStudentName("Ada");
    store.put("one", LessonProgress.start().withDone(0));
    store.put("two", LessonProgress.start());
    assertEquals(List.of("one", "two"), List.copyOf(store.all().keySet()));

    store.clear();

    LessonProgressStore reread = new LessonProgressStore(file);
    assertFalse(reread.started("one"));
    assertFalse(reread.started("two"));
    assertEquals("Ada", reread.studentName());
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

  @Test
  void progressExportedForAProjectIsImportedAsItWas() {
    LessonProgressStore store = new LessonProgressStore(null);
    store.put(
        "one",
        LessonProgress.start()
            .withDone(0)
            .withAnswer(2, 1)
            .withRun(new LessonProgress.Run("max", Double.NaN, 0.9))
            .at(3));
    com.google.gson.JsonObject exported =
        com.google.gson.JsonParser.parseString(store.exportProgress().toString()).getAsJsonObject();
    Path file = dir.resolve("other.json");
    LessonProgressStore other = new LessonProgressStore(file);
    other.put("two", LessonProgress.start().at(1));

    other.importProgress(exported);

    assertFalse(other.started("two"), "the project's progress replaces the store's");
    LessonProgress back = new LessonProgressStore(file).get("one");
    assertEquals(3, back.current());
    assertEquals(List.of(0), back.done());
    assertEquals(Map.of(2, 1), back.answers());
    assertTrue(Double.isNaN(back.runs().get(0).testAccuracy()));
  }
}
