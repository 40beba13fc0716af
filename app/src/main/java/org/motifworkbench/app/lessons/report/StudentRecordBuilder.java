package org.motifworkbench.app.lessons.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.motifworkbench.app.lessons.Check;
import org.motifworkbench.app.lessons.Lesson;
import org.motifworkbench.app.lessons.LessonProgress;
import org.motifworkbench.app.lessons.LessonProgress.StepRecord;
import org.motifworkbench.app.lessons.LessonProgressStore;
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

  private StudentRecordBuilder() {}

  /**
   * The record of every lesson in {@code lessons} that the student started, in the list's order.
   *
   * @param student the student's name
   * @param exported the time of the export
   * @param lessons the lesson list, in its order
   * @param store the progress of each lesson
   */
  public static StudentRecord build(
      String student, Instant exported, List<Lesson> lessons, LessonProgressStore store) {
    List<LessonEntry> entries = new ArrayList<>();
    for (Lesson lesson : lessons) {
      if (store.started(lesson.id())) {
        entries.add(entry(lesson, store.get(lesson.id())));
      }
    }
    return new StudentRecord(student, exported.toString(), entries);
  }

  static LessonEntry entry(Lesson lesson, LessonProgress progress) {
    int closed = 0;
    List<Answer> answers = new ArrayList<>();
    for (int i = 0; i < lesson.size(); i++) {
      if (progress.isClosed(i)) {
        closed++;
      }
      Answer answer = answer(lesson, i, progress);
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

  private static Answer answer(Lesson lesson, int step, LessonProgress progress) {
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
            null,
            r.firstAt(),
            r.finalAt());
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
          null,
          null,
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
          measured(progress.measured().get(step)),
          r.firstAt(),
          r.finalAt());
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
          null,
          r.firstAt(),
          r.finalAt());
    }
    return null;
  }

  /** The value measured for a prediction once its result was shown, as the panel shows it. */
  private static String measured(Double value) {
    return value == null || value.isNaN() ? null : String.format(Locale.ROOT, "%.2f", value);
  }
}
