/**
 * Runs long work off the FX thread: view models hand work to a {@link
 * org.motifworkbench.app.background.BackgroundRunner}; the app's runner uses one executor and
 * JavaFX tasks, tests run the work on the calling thread. Work a newer request overtakes runs
 * through a {@link org.motifworkbench.app.background.LatestRequestRunner}, which drops the outcome
 * of superseded requests.
 */
package org.motifworkbench.app.background;
