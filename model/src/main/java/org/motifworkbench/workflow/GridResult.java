package org.motifworkbench.workflow;

import java.util.List;
import org.motifworkbench.project.RunRecord;

/**
 * The runs of a grid search, best first.
 *
 * @param ranked every run of the grid in the project (also those of earlier, resumed searches),
 *     ranked by {@link GridSearch#rank}
 * @param best the first of them, or null when no combination has a run yet
 * @param skipped combinations not trained because the project already had their run
 * @param cancelled whether the search was stopped before every combination had a run
 */
public record GridResult(List<RunRecord> ranked, RunRecord best, int skipped, boolean cancelled) {

  public GridResult {
    ranked = List.copyOf(ranked);
  }
}
