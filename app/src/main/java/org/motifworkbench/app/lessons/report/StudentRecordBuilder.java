package org.motifworkbench.app.lessons.report;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.motifworkbench.app.lessons.Check;
import org.motifworkbench.app.lessons.Lesson;
import org.motifworkbench.app.lessons.LessonProgress;
import org.motifworkbench.app.lessons.LessonProgress.Run;
import org.motifworkbench.app.lessons.LessonProgress.StepRecord;
import org.motifworkbench.app.lessons.LessonProgressStore;
import org.motifworkbench.app.lessons.Quantity;
import org.motifworkbench.classroom.StudentRecord;
import org.motifworkbench.classroom.StudentRecord.Answer;
import org.motifworkbench.classroom.StudentRecord.LessonEntry;
import org.motifworkbench.classroom.StudentRecord.RunEntry;

/**
 * The student's record for the report: every lesson of the list the student started, with the
 * answers of its question, predict and explain steps and its training runs, read from the lesson
 * progress.
 */
public final class StudentRecordBuilder {

  /** What the workbench measures for a lesson's predict step, when the runs do not say. */
  @FunctionalInterface
  public interface Measurements {
    /** No measurement beyond the lesson's runs. */
    Measurements NONE = (lessonId, quantity) -> Double.NaN;

    /** The value of {@code quantity} for the lesson, NaN when not known. */
    double value(String lessonId, Quantity quantity);
  }

  private StudentRecordBuilder() {}

  /**
   * The record of every lesson in {@code lessons} that the student started, in the list's order.
   *
   * @param student the student's name
   * @param exported the time of the export
   * @param lessons the lesson list, in its order
   * @param store the progress of each lesson
   * @param measured values of predicted quantities the runs do not hold (the ceiling, AUCs)
   */
  public static StudentRecord build(
      String student,
      Instant exported,
      List<Lesson> lessons,
      LessonProgressStore store,
      Measurements measured) {
    List<LessonEntry> entries = new ArrayList<>();
    for (Lesson lesson : lessons) {
      if (store.started(lesson.id())) {
        entries.add(entry(lesson, store.get(lesson.id()), measured));
      }
    }
    return new StudentRecord(student, exported.toString(), entries);
  }

  static LessonEntry entry(Lesson lesson, LessonProgress progress, Measurements measured) {
    int closed = 0;
    List<Answer> answers = new ArrayList<>();
    for (int i = 0; i < lesson.size(); i++) {
      if (progress.isClosed(i)) {
        closed++;
      }
      Answer answer = answer(lesson, i, progress, measured);
      if (answer != null) {
        answers.add(answer);
      }
    }
    List<RunEntry> runs =
        progress.runs().stream()
            .map(
                r ->
                    new RunEntry(
                        r.data(),
                        r.seed(),
                        r.pooling(),
                        r.validationAccuracy(),
                        r.testAccuracy(),
                        r.finished()))
            .toList();
    return new LessonEntry(
        lesson.id(),
        lesson.title(),
        progress.started(),
        progress.finished(),
        closed,
        lesson.size(),
        answers,
        runs);
  }

  private static Answer answer(
      Lesson lesson, int step, LessonProgress progress, Measurements measured) {
    Check check = lesson.step(step).check();
    StepRecord r = progress.record(step);
    if (check instanceof Check.Question q) {
      if (r != null) {
        return new Answer(
            step + 1,
            "question",
            q.question(),
            r.firstAnswer(),
            r.finalAnswer(),
            r.tries(),
            r.correct(),
            null);
      }
      // progress of an older workbench kept the last choice and the wrong tries only
      Integer choice = progress.answers().get(step);
      if (choice == null || choice < 0 || choice >= q.choices().size()) {
        return null;
      }
      int tries = progress.wrongTries(step) + (progress.isDone(step) ? 1 : 0);
      String last = q.choices().get(choice);
      return new Answer(
          step + 1,
          "question",
          q.question(),
          tries <= 1 ? last : "",
          last,
          Math.max(tries, 1),
          progress.isDone(step),
          null);
    }
    if (r == null) {
      return null;
    }
    if (check instanceof Check.Predict p) {
      return new Answer(
          step + 1,
          "predict",
          p.question(),
          r.firstAnswer(),
          r.finalAnswer(),
          r.tries(),
          false,
          measuredText(lesson, p, r, progress, measured));
    }
    if (check instanceof Check.Explain e) {
      return new Answer(
          step + 1,
          "explain",
          e.question(),
          r.firstAnswer(),
          r.finalAnswer(),
          r.tries(),
          false,
          null);
    }
    return null;
  }

  /**
   * What was measured for a prediction once its result is shown (the step it waits for is closed):
   * the test or best validation accuracy of the first run that finished after the prediction, else
   * {@code measured}'s value; null before the reveal or when not known.
   */
  static String measuredText(
      Lesson lesson,
      Check.Predict p,
      StepRecord r,
      LessonProgress progress,
      Measurements measured) {
    if (p.result() == null || !progress.isClosed(p.revealAfter())) {
      return null;
    }
    double value = Double.NaN;
    Run run = firstRunAfter(progress.runs(), r.firstAt());
    if (run != null && p.result() == Quantity.TEST_ACCURACY) {
      value = run.testAccuracy();
    } else if (run != null && p.result() == Quantity.BEST_VALIDATION_ACCURACY) {
      value = run.validationAccuracy();
    }
    if (Double.isNaN(value)) {
      value = measured.value(lesson.id(), p.result());
    }
    return Double.isNaN(value) ? null : String.format(Locale.ROOT, "%.2f", value);
  }

  private static Run firstRunAfter(List<Run> runs, String at) {
    Instant since = instant(at);
    for (Run run : runs) {
      Instant finished = instant(run.finished());
      if (since == null || finished == null || !finished.isBefore(since)) {
        return run;
      }
    }
    return null;
  }

  private static Instant instant(String iso) {
    if (iso == null) {
      return null;
    }
    try {
      return Instant.parse(iso);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
