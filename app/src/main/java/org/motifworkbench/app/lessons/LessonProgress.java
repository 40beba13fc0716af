package org.motifworkbench.app.lessons;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How far a student got in one lesson: the shown step, the steps done, the answers given, what the
 * student answered when, and the training runs finished during the lesson. Immutable; kept by
 * {@link LessonProgressStore}. Fields missing from a file written by an older workbench read as
 * empty (or null for the times).
 *
 * @param current the shown step, from 0
 * @param done the steps whose check passed, that the student confirmed, or whose question was
 *     answered right
 * @param answers the last chosen choice (from 0) of each answered question step and each choice
 *     prediction
 * @param runs the models trained during the lesson, oldest first
 * @param wrongTries how many wrong answers each question step got
 * @param revealed question steps whose answer was shown (after two wrong tries or on request):
 *     closed, without a tick
 * @param started when the lesson was started (ISO-8601 instant), or null
 * @param finished when its last step closed (ISO-8601 instant), or null
 * @param records what the student answered to each question, predict and explain step (step index
 *     from 0), for the student's report
 * @param measured for each predict step (from 0) whose result was shown: the value the workbench
 *     measured when its reveal-after step closed
 */
public record LessonProgress(
    int current,
    List<Integer> done,
    Map<Integer, Integer> answers,
    List<Run> runs,
    Map<Integer, Integer> wrongTries,
    List<Integer> revealed,
    String started,
    String finished,
    Map<Integer, StepRecord> records,
    Map<Integer, Double> measured) {

  /**
   * One finished training run, so a lesson can compare two runs although the app keeps one model.
   *
   * @param pooling "attention" or "max"
   * @param testAccuracy on the held-out test sequences (NaN when unknown)
   * @param validationAccuracy the best validation accuracy
   * @param data the file name of the data set it was trained on, or null when unknown
   * @param seed the training seed
   * @param finished when the run finished (ISO-8601 instant), or null when unknown
   */
  public record Run(
      String pooling,
      double testAccuracy,
      double validationAccuracy,
      String data,
      long seed,
      String finished) {

    /** A run of which only the pooling and the accuracies are known. */
    public Run(String pooling, double testAccuracy, double validationAccuracy) {
      this(pooling, testAccuracy, validationAccuracy, null, 0, null);
    }
  }

  /**
   * What the student answered to one question, predict or explain step.
   *
   * @param firstAnswer the first answer as shown: the choice's text, the number as typed, or the
   *     free text
   * @param finalAnswer the last answer, the same way (equal to the first after one try)
   * @param tries how many answers were given
   * @param correct whether the final answer is right; always false for predictions and explain
   *     steps, which have no right answer
   * @param firstAt when the first answer was given (ISO-8601 instant)
   * @param finalAt when the last answer was given (ISO-8601 instant)
   */
  public record StepRecord(
      String firstAnswer,
      String finalAnswer,
      int tries,
      boolean correct,
      String firstAt,
      String finalAt) {

    /** The first answer to a step. */
    public static StepRecord first(String answer, boolean correct, String at) {
      return new StepRecord(answer, answer, 1, correct, at, at);
    }

    /** This record after one more answer. */
    public StepRecord then(String answer, boolean right, String at) {
      return new StepRecord(firstAnswer, answer, tries + 1, right, firstAt, at);
    }
  }

  public LessonProgress {
    done = List.copyOf(new TreeSet<>(done == null ? List.of() : done));
    answers = Map.copyOf(answers == null ? Map.of() : answers);
    runs = List.copyOf(runs == null ? List.of() : runs);
    wrongTries = Map.copyOf(wrongTries == null ? Map.of() : wrongTries);
    revealed = List.copyOf(new TreeSet<>(revealed == null ? List.of() : revealed));
    records = Map.copyOf(records == null ? Map.of() : records);
    measured = Map.copyOf(measured == null ? Map.of() : measured);
  }

  /** Progress without measured results. */
  public LessonProgress(
      int current,
      List<Integer> done,
      Map<Integer, Integer> answers,
      List<Run> runs,
      Map<Integer, Integer> wrongTries,
      List<Integer> revealed,
      String started,
      String finished,
      Map<Integer, StepRecord> records) {
    this(current, done, answers, runs, wrongTries, revealed, started, finished, records, Map.of());
  }

  /** Progress without wrong answers, times or records. */
  public LessonProgress(
      int current, List<Integer> done, Map<Integer, Integer> answers, List<Run> runs) {
    this(current, done, answers, runs, Map.of(), List.of(), null, null, Map.of());
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

  /** The student's answers to step {@code step}, or null when none was given. */
  public StepRecord record(int step) {
    return records.get(step);
  }

  /** One more wrong answer to step {@code step}'s question. */
  public LessonProgress withWrongTry(int step) {
    Map<Integer, Integer> more = new TreeMap<>(wrongTries);
    more.merge(step, 1, Integer::sum);
    return new LessonProgress(
        current, done, answers, runs, more, revealed, started, finished, records, measured);
  }

  /** Step {@code step}'s answer was shown. */
  public LessonProgress withRevealed(int step) {
    List<Integer> more = new ArrayList<>(revealed);
    more.add(step);
    return new LessonProgress(
        current, done, answers, runs, wrongTries, more, started, finished, records, measured);
  }

  public boolean isDone(int step) {
    return done.contains(step);
  }

  public LessonProgress at(int step) {
    return new LessonProgress(
        step, done, answers, runs, wrongTries, revealed, started, finished, records, measured);
  }

  public LessonProgress withDone(int step) {
    List<Integer> more = new ArrayList<>(done);
    more.add(step);
    return new LessonProgress(
        current, more, answers, runs, wrongTries, revealed, started, finished, records, measured);
  }

  public LessonProgress withAnswer(int step, int choice) {
    Map<Integer, Integer> more = new TreeMap<>(answers);
    more.put(step, choice);
    return new LessonProgress(
        current, done, more, runs, wrongTries, revealed, started, finished, records, measured);
  }

  public LessonProgress withRun(Run run) {
    List<Run> more = new ArrayList<>(runs);
    more.add(run);
    return new LessonProgress(
        current, done, answers, more, wrongTries, revealed, started, finished, records, measured);
  }

  /** The lesson started at {@code instant} (ISO-8601). */
  public LessonProgress withStarted(String instant) {
    return new LessonProgress(
        current, done, answers, runs, wrongTries, revealed, instant, finished, records, measured);
  }

  /** The lesson's last step closed at {@code instant} (ISO-8601). */
  public LessonProgress withFinished(String instant) {
    return new LessonProgress(
        current, done, answers, runs, wrongTries, revealed, started, instant, records, measured);
  }

  /**
   * Step {@code step} got the answer {@code answer} at {@code instant}: the first answer starts its
   * record, a later one becomes the final answer.
   */
  public LessonProgress withRecord(int step, String answer, boolean correct, String instant) {
    Map<Integer, StepRecord> more = new TreeMap<>(records);
    StepRecord before = records.get(step);
    more.put(
        step,
        before == null
            ? StepRecord.first(answer, correct, instant)
            : before.then(answer, correct, instant));
    return new LessonProgress(
        current, done, answers, runs, wrongTries, revealed, started, finished, more, measured);
  }

  /** The result of predict step {@code step} was measured as {@code value} when shown. */
  public LessonProgress withMeasured(int step, double value) {
    Map<Integer, Double> more = new TreeMap<>(measured);
    more.put(step, value);
    return new LessonProgress(
        current, done, answers, runs, wrongTries, revealed, started, finished, records, more);
  }
}
