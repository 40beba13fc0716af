package org.motifworkbench.app.lessons;

import java.util.ArrayList;
import java.util.List;

/**
 * A guided lesson as read from its file (and, for format 2, its answer key).
 *
 * @param id a stable name, used to keep the student's progress
 * @param title shown in the lesson list
 * @param summary one or two sentences on what the student learns
 * @param minutes how long the lesson takes, roughly (0 when not given)
 * @param data the data set opened when the lesson starts, or null
 * @param settings model settings applied when the lesson starts
 * @param steps the steps in order, at least one
 * @param file the file's name, for messages
 * @param format the file's format: 1 (answers inline) or 2 (objectives, key points, answers in the
 *     instructor file)
 * @param objectives what the student will be able to do afterwards (empty in format 1)
 * @param keyPoints what to remember, shown when the last step closes (empty in format 1)
 * @param notes the instructor's notes from the answer key, or null
 */
public record Lesson(
    String id,
    String title,
    String summary,
    int minutes,
    LessonData data,
    SettingsOverrides settings,
    List<LessonStep> steps,
    String file,
    int format,
    List<String> objectives,
    List<String> keyPoints,
    String notes) {

  public Lesson {
    steps = List.copyOf(steps);
    objectives = List.copyOf(objectives);
    keyPoints = List.copyOf(keyPoints);
  }

  /** A format-1 lesson. */
  public Lesson(
      String id,
      String title,
      String summary,
      int minutes,
      LessonData data,
      SettingsOverrides settings,
      List<LessonStep> steps,
      String file) {
    this(id, title, summary, minutes, data, settings, steps, file, 1, List.of(), List.of(), null);
  }

  public LessonStep step(int index) {
    return steps.get(index);
  }

  public int size() {
    return steps.size();
  }

  /** This lesson with the answers, explanations, model answers and notes of {@code key}. */
  Lesson withKey(InstructorKey key) {
    List<LessonStep> keyed = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      LessonStep s = steps.get(i);
      InstructorKey.Entry e = key.steps().get(i);
      if (e == null) {
        keyed.add(s);
        continue;
      }
      Check check = s.check();
      if (check instanceof Check.Question q) {
        check = q.withKey(e.answer(), e.explanation());
      } else if (check instanceof Check.Predict p) {
        check = p.withKey(e.answer() == null ? -1 : e.answer(), e.explanation());
      } else if (check instanceof Check.Explain x) {
        check = x.withKey(e.modelAnswer());
      }
      keyed.add(s.withCheck(check));
    }
    return new Lesson(
        id,
        title,
        summary,
        minutes,
        data,
        settings,
        keyed,
        file,
        format,
        objectives,
        keyPoints,
        key.notes());
  }
}
