package org.motifworkbench.app.train;

import java.nio.file.Path;
import org.motifworkbench.workflow.TrainingWorkflow;

/**
 * Keeps each finished training run that kept a model (hook for projects, issue 21): the open
 * project adds it as a run, with its model file. Called on the engine thread, right after the run.
 */
@FunctionalInterface
public interface RunKeeper {

  /** Keeps nothing: the model stays unsaved until the user saves it. */
  RunKeeper NONE = (request, outcome, seconds) -> null;

  /**
   * Keeps the run of {@code outcome} (which kept a model) and returns the file its model was saved
   * to, or null when it was not saved. A failure is thrown with a message for the user; the model
   * then stays in the workbench unsaved.
   *
   * @param seconds the run's wall time
   */
  Path keep(TrainingWorkflow.Request request, TrainingWorkflow.Outcome outcome, double seconds);
}
