package org.motifworkbench.app.lessons;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How far a student got in one lesson: the shown step, the steps done, the answers given and the
 * training runs finished during the lesson. Immutable; kept by {@link LessonProgressStore}.
 *
 * @param current the shown step, from 0
 * @param done the steps whose check passed (or that the student confirmed)
 * @param answers the chosen choice (from 0) of each answered question step
 * @param runs the models trained during the lesson, oldest first
 */
public record LessonProgress(int current, List<Integer> done, Map<Integer, Integer> answers,
    List<Run> runs) {

  /**
   * One finished training run, so a lesson can compare two runs although the app keeps one model.
   *
   * @param pooling "attention" or "max"
   * @param testAccuracy on the held-out test sequences (NaN when unknown)
   * @param validationAccuracy the best validation accuracy
   */
  public record Run(String pooling, double testAccuracy, double validationAccuracy) {}

  public LessonProgress {
    done = List.copyOf(new TreeSet<>(done == null ? List.of() : done));
    answers = Map.copyOf(answers == null ? Map.of() : answers);
    runs = List.copyOf(runs == null ? List.of() : runs);
  }

  /** Not started. */
  public static LessonProgress start() {
    return new LessonProgress(0, List.of(), Map.of(), List.of());
  }

  public boolean isDone(int step) {
    return done.contains(step);
  }

  public LessonProgress at(int step) {
    return new LessonProgress(step, done, answers, runs);
  }

  public LessonProgress withDone(int step) {
    List<Integer> more = new ArrayList<>(done);
    more.add(step);
    return new LessonProgress(current, more, answers, runs);
  }

  public LessonProgress withAnswer(int step, int choice) {
    Map<Integer, Integer> more = new TreeMap<>(answers);
    more.put(step, choice);
    return new LessonProgress(current, done, more, runs);
  }

  public LessonProgress withRun(Run run) {
    List<Run> more = new ArrayList<>(runs);
    more.add(run);
    return new LessonProgress(current, done, answers, more);
  }
}
