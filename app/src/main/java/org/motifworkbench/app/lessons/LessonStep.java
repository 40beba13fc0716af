package org.motifworkbench.app.lessons;

/**
 * One step of a lesson: what to do, a hint for when the student is stuck, and the check that says
 * the step is done.
 *
 * @param title a few words for the step list, e.g. "Train the model"
 * @param instruction what to do, in plain language
 * @param hint more help, shown on request; null when there is none
 * @param check when the step counts as done
 * @param data a data set the step offers to open with one click, or null
 */
public record LessonStep(
    String title, String instruction, String hint, Check check, LessonData data) {

  /** This step with another check (the same one with its answer key). */
  LessonStep withCheck(Check other) {
    return new LessonStep(title, instruction, hint, other, data);
  }
}
