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
 * @param done the steps whose check passed, that the student confirmed, or whose question was
 *     answered right
 * @param answers the last chosen choice (from 0) of each answered question step
 * @param runs the models trained during the lesson, oldest first
 * @param wrongTries how many wrong answers each question step got
 * @param revealed question steps whose answer was shown (after two wrong tries or on request):
 *     closed, without a tick
 */
public record LessonProgress(
    int current,
    List<Integer> done,
    Map<Integer, Integer> answers,
    List<Run> runs,
    Map<Integer, Integer> wrongTries,
    List<Integer> revealed) {

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
    wrongTries = Map.copyOf(wrongTries == null ? Map.of() : wrongTries);
    revealed = List.copyOf(new TreeSet<>(revealed == null ? List.of() : revealed));
  }

  /** Progress without wrong answers. */
  public LessonProgress(
      int current, List<Integer> done, Map<Integer, Integer> answers, List<Run> runs) {
    this(current, done, answers, runs, Map.of(), List.of());
  }

  /** Not started. */
  public static LessonProgress start() {
    return new LessonProgress(0, List.of(), Map.of(), List.of());
  }

  /** Wrong answers given to step {@code step}'s question. */
  public int wrongTries(int step) {
    return wrongTries.getOrDefault(step, 0);
  }

  public boolean isRevealed(int step) {
    return revealed.contains(step);
  }

  /** True when the step needs nothing more: done, or its answer was shown. */
  public boolean isClosed(int step) {
    return isDone(step) || isRevealed(step);
  }

  /** One more wrong answer to step {@code step}'s question. */
  public LessonProgress withWrongTry(int step) {
    Map<Integer, Integer> more = new TreeMap<>(wrongTries);
    more.merge(step, 1, Integer::sum);
    return new LessonProgress(current, done, answers, runs, more, revealed);
  }

  /** Step {@code step}'s answer was shown. */
  public LessonProgress withRevealed(int step) {
    List<Integer> more = new ArrayList<>(revealed);
    more.add(step);
    return new LessonProgress(current, done, answers, runs, wrongTries, more);
  }

  public boolean isDone(int step) {
    return done.contains(step);
  }

  public LessonProgress at(int step) {
    return new LessonProgress(step, done, answers, runs, wrongTries, revealed);
  }

  public LessonProgress withDone(int step) {
    List<Integer> more = new ArrayList<>(done);
    more.add(step);
    return new LessonProgress(current, more, answers, runs, wrongTries, revealed);
  }

  public LessonProgress withAnswer(int step, int choice) {
    Map<Integer, Integer> more = new TreeMap<>(answers);
    more.put(step, choice);
    return new LessonProgress(current, done, more, runs, wrongTries, revealed);
  }

  public LessonProgress withRun(Run run) {
    List<Run> more = new ArrayList<>(runs);
    more.add(run);
    return new LessonProgress(current, done, answers, more, wrongTries, revealed);
  }
}
