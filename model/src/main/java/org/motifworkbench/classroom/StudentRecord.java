package org.motifworkbench.classroom;

import java.util.List;

/**
 * What one student did in the lessons, as exported for the teacher: their name, when the record was
 * exported, and per lesson the progress, every answer (also free text) and the training runs.
 *
 * @param student the name the student gave
 * @param exported when the record was exported (ISO-8601 instant), or null when not known (a record
 *     read back from CSV)
 * @param lessons the lessons the student started, in the order of the lesson list
 */
public record StudentRecord(String student, String exported, List<LessonEntry> lessons) {

  public StudentRecord {
    student = student == null ? "" : student;
    lessons = List.copyOf(lessons == null ? List.of() : lessons);
  }

  /**
   * One lesson.
   *
   * @param lessonId the lesson's stable id, e.g. "why-83-percent"
   * @param lessonTitle as shown in the lesson list
   * @param started when the student started it (ISO-8601 instant), or null
   * @param finished when its last step was closed (ISO-8601 instant), or null when not finished
   * @param stepsDone steps done or closed
   * @param stepsTotal steps of the lesson
   * @param answers the question, predict and explain steps answered, in step order
   * @param runs the models trained during the lesson, oldest first
   */
  public record LessonEntry(
      String lessonId,
      String lessonTitle,
      String started,
      String finished,
      int stepsDone,
      int stepsTotal,
      List<Answer> answers,
      List<RunEntry> runs) {

    public LessonEntry {
      answers = List.copyOf(answers == null ? List.of() : answers);
      runs = List.copyOf(runs == null ? List.of() : runs);
    }

    /** True when every step is closed. */
    public boolean isFinished() {
      return finished != null && !finished.isEmpty();
    }
  }

  /**
   * One answered step.
   *
   * @param step the step's number as the lesson panel shows it, from 1
   * @param kind "question", "predict" or "explain"
   * @param question the question as asked
   * @param firstAnswer the first answer, as the text shown (choice text, number as typed, free
   *     text)
   * @param finalAnswer the last answer (for predictions and free text the same as the first)
   * @param tries answers given (1 when right at the first try)
   * @param correct true when the final answer is right; always false for predictions and free text,
   *     which have no right answer
   * @param measured for a prediction of a quantity, what the workbench measured (e.g. "0.83"), or
   *     null
   * @param firstAt when the first answer was given (ISO-8601 instant), or null or empty when not
   *     known (progress of an older workbench, or a record read back from CSV, which keeps only the
   *     final answer's time)
   * @param finalAt when the final answer was given (ISO-8601 instant), or null or empty when not
   *     known
   */
  public record Answer(
      int step,
      String kind,
      String question,
      String firstAnswer,
      String finalAnswer,
      int tries,
      boolean correct,
      String measured,
      String firstAt,
      String finalAt) {

    /** The kinds of answered steps. */
    public static final List<String> KINDS = List.of("question", "predict", "explain");

    /** True for a question answered right at the first try. */
    public boolean rightFirstTime() {
      return "question".equals(kind) && correct && tries == 1;
    }
  }

  /**
   * One finished training run.
   *
   * @param data the data file's name
   * @param seed the training seed
   * @param pooling "attention" or "max"
   * @param validationAccuracy the best validation accuracy (NaN when unknown)
   * @param testAccuracy on the held-out test sequences (NaN when unknown)
   * @param finished when the run finished (ISO-8601 instant), or null
   */
  public record RunEntry(
      String data,
      long seed,
      String pooling,
      double validationAccuracy,
      double testAccuracy,
      String finished) {}
}
