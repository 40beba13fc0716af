package org.motifworkbench.app.lessons;

import java.util.List;

/**
 * A guided lesson as read from its file.
 *
 * @param id a stable name, used to keep the student's progress
 * @param title shown in the lesson list
 * @param summary one or two sentences on what the student learns
 * @param minutes how long the lesson takes, roughly (0 when not given)
 * @param data the data set opened when the lesson starts, or null
 * @param settings model settings applied when the lesson starts
 * @param steps the steps in order, at least one
 * @param file the file's name, for messages
 */
public record Lesson(
    String id,
    String title,
    String summary,
    int minutes,
    LessonData data,
    SettingsOverrides settings,
    List<LessonStep> steps,
    String file) {

  public Lesson {
    steps = List.copyOf(steps);
  }

  public LessonStep step(int index) {
    return steps.get(index);
  }

  public int size() {
    return steps.size();
  }
}
