/**
 * Runs long work off the FX thread: view models hand work to a {@link
 * org.motifworkbench.app.background.BackgroundRunner}; the app's runner uses one executor and
 * JavaFX tasks, tests run the work on the calling thread.
 */
package org.motifworkbench.app.background;
