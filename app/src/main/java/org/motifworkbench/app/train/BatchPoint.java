package org.motifworkbench.app.train;

/**
 * One point of the per-batch curves.
 *
 * @param epochs when, in epochs: 2.5 is halfway through the third epoch
 * @param loss the trainer's smoothed training loss
 * @param accuracy training accuracy, smoothed the same way
 */
public record BatchPoint(double epochs, double loss, double accuracy) {}
