/**
 * The Runs screen: every training run of the project in one table, runs compared (curves and
 * settings side by side), a run's model opened for the later screens, and the settings grid started
 * from the Model screen.
 */
package org.motifworkbench.app.runs;
