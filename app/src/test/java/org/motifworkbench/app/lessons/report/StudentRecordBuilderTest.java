package org.motifworkbench.app.lessons.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.motifworkbench.app.lessons.Check;
import org.motifworkbench.app.lessons.Lesson;
import org.motifworkbench.app.lessons.LessonProgress;
import org.motifworkbench.app.lessons.LessonProgress.Run;
import org.motifworkbench.app.lessons.LessonProgressStore;
import org.motifworkbench.app.lessons.LessonStep;
import org.motifworkbench.app.lessons.Quantity;
import org.motifworkbench.app.lessons.SettingsOverrides;
import org.motifworkbench.classroom.StudentRecord;
import org.motifworkbench.classroom.StudentRecord.Answer;
import org.motifworkbench.classroom.StudentRecord.LessonEntry;
import org.motifworkbench.classroom.StudentRecord.RunEntry;

/** The student's record read from the lesson progress, step by step. */
class StudentRecordBuilderTest {

  static final String T = "2026-12-03T09:0";

  private static LessonStep step(String title, Check check) {
    return new LessonStep(title, "Do it.", null, check, null);
  }

  /** Predict the test accuracy, train, a question, an explanation, a manual step. */
  static Lesson why() {
    return new Lesson(
        "why",
        "Why 83 percent?",
        "The ceiling.",
        20,
        null,
        SettingsOverrides.none(),
        List.of(
            step(
                "Predict",
                new Check.Predict(
                    "What test accuracy?",
                    List.of(),
                    0.0,
                    1.0,
                    Quantity.TEST_ACCURACY,
                    1,
                    -1,
                    null)),
            step("Train", new Check.Trained(null)),
            step("Rule", new Check.Question("Which rule?", List.of("GC", "CAAT"), 1, "Because.")),
            step("Explain", new Check.Explain("Explain why.", 3, "A good answer...")),
            step(
                "Predict the ceiling",
                new Check.Predict(
                    "The ceiling?",
                    List.of("0.75", "0.83"),
                    null,
                    null,
                    Quantity.CEILING,
                    5,
                    1,
                    null)),
            step("Done", new Check.Manual("Done"))),
        "2-why.json",
        2,
        List.of("Explain a ceiling"),
        List.of("A ceiling is an expected accuracy"),
        null);
  }

  /** The student predicted, trained, answered wrong then right, explained; 5 of 6 closed. */
  static LessonProgress whyProgress() {
    return LessonProgress.start()
        .withStarted(T + "0:00Z")
        .withRecord(0, "0.95", false, T + "1:00Z")
        .withDone(0)
        .withRun(new Run("attention", 0.79, 0.8125, "promoter-4000-seed7.fa", 7, T + "5:00Z"))
        .withDone(1)
        .withMeasured(0, 0.7912)
        .withRecord(2, "GC", false, T + "6:00Z")
        .withWrongTry(2)
        .withRecord(2, "CAAT", true, T + "7:00Z")
        .withAnswer(2, 1)
        .withDone(2)
        .withRecord(3, "Some negatives carry a 6-mer.", false, T + "8:00Z")
        .withDone(3)
        .withRecord(4, "0.75", false, T + "9:00Z")
        .withDone(4);
  }

  @Test
  void answersRunsAndStepsOfEachStartedLesson() {
    LessonProgressStore store = new LessonProgressStore(null);
    store.put("why", whyProgress());
    Lesson notStarted =
        new Lesson(
            "tour",
            "Tour",
            "",
            5,
            null,
            SettingsOverrides.none(),
            List.of(step("a", new Check.Manual("ok"))),
            "1-tour.json");
    StudentRecord record =
        StudentRecordBuilder.build(
            "Ana", Instant.parse("2026-12-03T10:00:00Z"), List.of(notStarted, why()), store);
    assertEquals("Ana", record.student());
    assertEquals("2026-12-03T10:00:00Z", record.exported());
    assertEquals(1, record.lessons().size(), "only started lessons");
    LessonEntry entry = record.lessons().get(0);
    assertEquals("Why 83 percent?", entry.lessonTitle());
    assertEquals(T + "0:00Z", entry.started());
    assertNull(entry.finished());
    assertEquals(5, entry.stepsDone());
    assertEquals(6, entry.stepsTotal());
    assertEquals(
        List.of(
            new Answer(
                1,
                "predict",
                "What test accuracy?",
                "0.95",
                "0.95",
                1,
                false,
                "0.79",
                T + "1:00Z",
                T + "1:00Z"),
            new Answer(
                3,
                "question",
                "Which rule?",
                "GC",
                "CAAT",
                2,
                true,
                null,
                T + "6:00Z",
                T + "7:00Z"),
            new Answer(
                4,
                "explain",
                "Explain why.",
                "Some negatives carry a 6-mer.",
                "Some negatives carry a 6-mer.",
                1,
                false,
                null,
                T + "8:00Z",
                T + "8:00Z"),
            // its result is shown after step 6, which is still open
            new Answer(
                5,
                "predict",
                "The ceiling?",
                "0.75",
                "0.75",
                1,
                false,
                null,
                T + "9:00Z",
                T + "9:00Z")),
        entry.answers());
    assertEquals(
        List.of(new RunEntry("promoter-4000-seed7.fa", 7, "attention", 0.8125, 0.79, T + "5:00Z")),
        entry.runs());
  }

  @Test
  void aPredictionShowsWhatWasMeasuredWhenItsResultWasShown() {
    LessonProgress closed =
        whyProgress().withDone(5).withMeasured(4, 0.8312).withFinished(T + "9:30Z");
    LessonEntry entry = StudentRecordBuilder.entry(why(), closed);
    assertEquals("0.83", entry.answers().get(3).measured());
    assertEquals(T + "9:30Z", entry.finished());
    assertEquals(6, entry.stepsDone());
  }

  @Test
  void progressOfAnOlderWorkbenchGivesTheLastChoice() {
    Lesson old =
        new Lesson(
            "old",
            "Old",
            "",
            5,
            null,
            SettingsOverrides.none(),
            List.of(step("q", new Check.Question("Q?", List.of("a", "b"), 1, "e"))),
            "1-old.json");
    LessonProgress right = new LessonProgress(0, List.of(0), Map.of(0, 1), List.of());
    assertEquals(
        List.of(new Answer(1, "question", "Q?", "b", "b", 1, true, null, null, null)),
        StudentRecordBuilder.entry(old, right).answers());
    LessonProgress secondTry = right.withWrongTry(0);
    assertEquals(
        List.of(new Answer(1, "question", "Q?", "", "b", 2, true, null, null, null)),
        StudentRecordBuilder.entry(old, secondTry).answers());
  }
}
