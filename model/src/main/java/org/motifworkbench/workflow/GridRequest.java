package org.motifworkbench.workflow;

import java.util.Objects;
import org.motifworkbench.data.SplitPlan;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.sequence.DataSource;
import org.motifworkbench.sequence.SequenceFingerprint;
import org.motifworkbench.sequence.SequenceSet;

/**
 * What a grid search trains: the grid, and the data, length and split every combination shares.
 *
 * <p>The split's seed is the base settings' training seed, whatever seed the plan was given: every
 * combination, also one whose own training seed differs (a grid over {@code training.seed}), trains
 * and is scored on the same sequences, so their metrics compare settings and not splits.
 *
 * @param grid the settings grid
 * @param data the labelled sequences
 * @param source how they were read (kept in each run; may be null)
 * @param lengthPolicy how sequences are fitted to the input length
 * @param split the split of every combination (its seed replaced as above)
 * @param ceiling Bayes-optimal accuracy when known, else NaN
 * @param device where to train: "cpu", "gpu(0)", ... or null for the engine's default
 */
public record GridRequest(
    GridSpec grid,
    SequenceSet data,
    DataSource source,
    LengthPolicy lengthPolicy,
    SplitPlan split,
    double ceiling,
    String device) {

  public GridRequest {
    Objects.requireNonNull(grid, "grid");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(lengthPolicy, "lengthPolicy");
    Objects.requireNonNull(split, "split");
    split =
        new SplitPlan(
            split.mode(),
            split.trainFraction(),
            split.validationFraction(),
            split.testFraction(),
            grid.base().training().seed(),
            split.testChromosomes(),
            split.validationChromosomes());
  }

  /**
   * The id this search's runs carry: the grid's {@link GridSpec#id()} with the data's content
   * fingerprint, the split and the input length, hashed to 12 hex digits. Running the same grid
   * file on the same data resumes; the same grid on other data, another split or another length is
   * another search, whose runs are not taken for these.
   */
  public String id() {
    return GridSpec.shortHash(
        grid.id()
            + "\ndata="
            + SequenceFingerprint.of(data)
            + "\nsplit="
            + split
            + "\nlength="
            + lengthPolicy);
  }

  /**
   * The training request of one combination: this data, length and split with its settings.
   *
   * @throws IllegalArgumentException naming the combination when its kernels are wider than the
   *     input
   */
  public TrainingWorkflow.Request request(GridCombination combination) {
    try {
      return new TrainingWorkflow.Request(
          data,
          source,
          lengthPolicy,
          split,
          combination.config().network(),
          combination.config().training(),
          ceiling,
          device);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Combination "
              + (combination.index() + 1)
              + " ("
              + combination.label()
              + "): "
              + e.getMessage(),
          e);
    }
  }
}
