package org.motifworkbench.workflow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.motifworkbench.bundle.ModelBundle;
import org.motifworkbench.network.NetworkSpec;
import org.motifworkbench.network.NetworkWeights;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.project.Project;
import org.motifworkbench.project.RunRecord;
import org.motifworkbench.training.BatchProgress;
import org.motifworkbench.training.EpochResult;
import org.motifworkbench.training.TrainingListener;

/**
 * Trains every combination of a settings grid one after the other, each on the same split, and
 * keeps each as a run of the project (origin "grid", named by its values, with the grid's id and
 * the combination's index). Ranks the runs by validation, never by test.
 *
 * <p>Resume: a combination whose run (same {@link GridRequest#id()} and index) the project already
 * has is skipped, so running the same grid file again on the same data trains only what is missing.
 * Cancel stops the current combination after its current batch; that combination is not added to
 * the project, even when it finished an epoch (a half-trained run would be ranked against complete
 * ones), so a resumed search trains it again from its start.
 */
public final class GridSearch {

  /** The origin of the runs a grid search adds. */
  public static final String ORIGIN = "grid";

  /**
   * Hears a grid search, on the thread that runs it; implementations that touch a UI hand the
   * events over to the UI thread themselves.
   */
  public interface Listener {

    /** A combination's run is already in the project: it is not trained again. */
    default void combinationSkipped(GridCombination combination, RunRecord run) {}

    /** Training of a combination starts. */
    default void combinationStarted(GridCombination combination) {}

    /** A combination's model is trained and its run added to the project. */
    default void combinationFinished(GridCombination combination, RunRecord run) {}

    /** A combination was cancelled: nothing of it is kept. */
    default void combinationCancelled(GridCombination combination) {}

    /** A batch of the current combination ended. */
    default void batchFinished(GridCombination combination, BatchProgress progress) {}

    /** An epoch of the current combination ended. */
    default void epochFinished(GridCombination combination, EpochResult epoch) {}

    /** The current combination stopped early. */
    default void stoppedEarly(GridCombination combination, int epoch, int bestEpoch) {}

    /**
     * A new estimate of the time left, after the first and second epoch of each trained combination
     * (the first epoch is slower while the JIT warms up).
     */
    default void estimated(GridEstimate estimate) {}
  }

  private GridSearch() {}

  /**
   * Runs the grid: every combination without a run in {@code project} is trained with {@link
   * TrainingWorkflow#run} and added. Every combination's settings are checked against the input
   * length before the first is trained. Slow (minutes to hours): call off the UI thread.
   *
   * @return every run of this grid in the project, ranked
   * @throws IllegalArgumentException naming the combination whose kernels are wider than the input
   */
  public static GridResult run(
      GridRequest request, Project project, Listener listener, CancellationToken cancel) {
    List<GridCombination> combinations = request.grid().combinations();
    List<TrainingWorkflow.Request> requests =
        combinations.stream().map(request::request).toList(); // checks every one first
    String gridId = request.id();
    Map<Integer, RunRecord> done = new HashMap<>();
    for (RunRecord run : runsOf(project, gridId)) {
      done.putIfAbsent(run.gridIndex(), run);
    }
    int classes = request.data().classNames().size();
    int skipped = 0;
    boolean cancelled = false;
    for (GridCombination c : combinations) {
      RunRecord existing = done.get(c.index());
      if (existing != null) {
        skipped++;
        listener.combinationSkipped(c, existing);
        continue;
      }
      if (cancel.isCancelled()) {
        cancelled = true;
        break;
      }
      listener.combinationStarted(c);
      List<GridEstimate.Work> after = new ArrayList<>();
      for (GridCombination later : combinations.subList(c.index() + 1, combinations.size())) {
        if (!done.containsKey(later.index())) {
          after.add(work(later.config().network(), classes, later.config().training().epochs()));
        }
      }
      TrainingWorkflow.Request training = requests.get(c.index());
      long start = System.nanoTime();
      TrainingWorkflow.Outcome outcome =
          TrainingWorkflow.run(training, new Forward(c, listener, after, classes), cancel);
      double seconds = (System.nanoTime() - start) / 1e9;
      if (outcome.cancelled()) {
        if (outcome.kept()) {
          outcome.bundle().close();
        }
        listener.combinationCancelled(c);
        cancelled = true;
        break;
      }
      try (ModelBundle bundle = outcome.bundle()) {
        RunRecord draft =
            RunRecorder.record(
                    training, outcome, seconds, ORIGIN, c.label(), request.grid().preset())
                .withGrid(gridId, c.index());
        RunRecord added = project.addRun(draft, bundle);
        done.put(c.index(), added);
        listener.combinationFinished(c, added);
      }
    }
    List<RunRecord> ranked = rank(runsOf(project, gridId));
    return new GridResult(ranked, ranked.isEmpty() ? null : ranked.get(0), skipped, cancelled);
  }

  /** The runs of the grid {@code gridId} in the project. */
  public static List<RunRecord> runsOf(Project project, String gridId) {
    return project.runs().stream().filter(r -> gridId.equals(r.gridId())).toList();
  }

  /**
   * Runs best first: by validation accuracy at the best epoch (highest first), ties by validation
   * loss (lowest first), runs without validation last. Never by a test metric: the test split
   * chooses nothing, so it still tells how the chosen settings do on sequences nothing was tuned
   * on.
   */
  public static List<RunRecord> rank(List<RunRecord> runs) {
    Comparator<RunRecord> order =
        Comparator.comparingDouble((RunRecord r) -> descending(r.validationAccuracy()))
            .thenComparingDouble(r -> ascending(r.validationLoss()))
            .thenComparingInt(RunRecord::gridIndex)
            .thenComparing(RunRecord::id);
    return runs.stream().sorted(order).toList();
  }

  private static double descending(double value) {
    return Double.isNaN(value) ? Double.POSITIVE_INFINITY : -value;
  }

  private static double ascending(double value) {
    return Double.isNaN(value) ? Double.POSITIVE_INFINITY : value;
  }

  /** The work of a network trained for {@code epochs} epochs, sized by its trainable weights. */
  static GridEstimate.Work work(NetworkSpec network, int classes, int epochs) {
    return new GridEstimate.Work(NetworkWeights.zeros(network, classes).trainableCount(), epochs);
  }

  /** Hands one combination's training events to the grid's listener, and estimates. */
  private static final class Forward implements TrainingListener {
    private final GridCombination combination;
    private final Listener listener;
    private final List<GridEstimate.Work> after;
    private final int classes;
    private long previousElapsed;

    Forward(
        GridCombination combination,
        Listener listener,
        List<GridEstimate.Work> after,
        int classes) {
      this.combination = combination;
      this.listener = listener;
      this.after = after;
      this.classes = classes;
    }

    @Override
    public void batchFinished(BatchProgress progress) {
      listener.batchFinished(combination, progress);
    }

    @Override
    public void epochFinished(EpochResult epoch) {
      listener.epochFinished(combination, epoch);
      // the first epoch also pays for warming up (the JIT, the engine's start), so the second,
      // timed alone, estimates again
      if (epoch.epoch() <= 2) {
        long millis = epoch.elapsedMillis() - previousElapsed;
        previousElapsed = epoch.elapsedMillis();
        int left = combination.config().training().epochs() - epoch.epoch();
        GridEstimate.Work measured = work(combination.config().network(), classes, left);
        List<GridEstimate.Work> remaining = new ArrayList<>(after);
        remaining.add(0, measured);
        listener.estimated(GridEstimate.of(millis / 1000.0, measured.parameters(), remaining));
      }
    }

    @Override
    public void stoppedEarly(int epoch, int bestEpoch) {
      listener.stoppedEarly(combination, epoch, bestEpoch);
    }
  }
}
