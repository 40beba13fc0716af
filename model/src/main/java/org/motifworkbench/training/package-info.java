/** The training loop: Adam, early stopping, learning-rate schedule, listeners and cancel. */
package org.motifworkbench.training;
