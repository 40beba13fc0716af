package org.motifworkbench.app.lessons;

/**
 * One line of the lesson panel's step list.
 *
 * @param number from 1
 * @param title the step's short title
 * @param done its check passed
 * @param current it is the shown step
 * @param wrong its question was answered wrong and its answer shown (no tick)
 */
public record StepLine(int number, String title, boolean done, boolean current, boolean wrong) {

  /** A line of a step that was not answered wrong. */
  public StepLine(int number, String title, boolean done, boolean current) {
    this(number, title, done, current, false);
  }
}
