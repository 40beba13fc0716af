package org.motifworkbench.app.lessons;

/**
 * One line of the lesson panel's step list.
 *
 * @param number from 1
 * @param title the step's short title
 * @param done its check passed
 * @param current it is the shown step
 */
public record StepLine(int number, String title, boolean done, boolean current) {}
