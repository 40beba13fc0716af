package org.motifworkbench.app.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.motifworkbench.data.SplitPlan;
import org.motifworkbench.encoding.LengthParameter;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.network.NetworkSizing;
import org.motifworkbench.network.NetworkSpec;
import org.motifworkbench.sequence.SequenceSet;
import org.motifworkbench.training.TrainingSpec;
import org.motifworkbench.workflow.RunConfig;

/**
 * Everything the Model screen sets and the Train screen uses: the network, how to train, how
 * sequences are fitted to the network's input length, and how the data is split. Immutable.
 *
 * @param preset the preset the network started from (kept for display; the spec may differ)
 * @param lengthMode how sequences of other lengths are fitted (centre crop/pad, left-align, or
 *     require one length)
 * @param length the network's input length in bases, or 0 for "the longest sequence in the data"
 */
public record ModelSettings(
    NetworkPreset preset,
    NetworkSpec network,
    TrainingSpec training,
    LengthPolicy.Mode lengthMode,
    int length,
    SplitPlan split) {

  /** The default network and the tutorial's training settings, input length from the data. */
  public static ModelSettings defaults() {
    return of(NetworkPreset.DEFAULT);
  }

  /** A preset's network with default training settings and a stratified 64/16/20 split. */
  public static ModelSettings of(NetworkPreset preset) {
    TrainingSpec training = TrainingSpec.defaults();
    return new ModelSettings(
        preset,
        preset.spec(),
        training,
        LengthPolicy.Mode.CENTER,
        0,
        SplitPlan.stratified(training.seed()));
  }

  /** The length policy for {@code data}: the set length, or the data's longest sequence. */
  public LengthPolicy lengthPolicy(SequenceSet data) {
    if (length > 0) {
      return new LengthPolicy(lengthMode, length);
    }
    LengthPolicy fitting = LengthPolicy.fitting(data);
    return fitting.mode() == LengthPolicy.Mode.FIXED
        ? fitting
        : new LengthPolicy(lengthMode, fitting.length());
  }

  /** The input length {@code data} gets (the set length, else its longest); 0 when unknown. */
  public int inputLength(SequenceSet data) {
    if (length > 0) {
      return length;
    }
    return data == null || data.size() == 0 ? 0 : lengthPolicy(data).length();
  }

  /** The split as training makes it: this plan with the training seed. */
  public SplitPlan seededSplit() {
    return new SplitPlan(
        split.mode(),
        split.trainFraction(),
        split.validationFraction(),
        split.testFraction(),
        training.seed(),
        split.testChromosomes(),
        split.validationChromosomes());
  }

  /**
   * The network trained on {@code data}: the default network sized to the data (as on the command
   * line: smaller below 1,000 training sequences, kernels longer than the input left out), any
   * other network as set.
   */
  public NetworkSizing networkFor(SequenceSet data) {
    int train;
    try {
      train = seededSplit().split(data).train().length;
    } catch (RuntimeException e) {
      return NetworkSizing.asSet(network); // the split's own check reports the problem
    }
    return NetworkSizing.of(network, train, lengthPolicy(data).length());
  }

  /** The network and training parts, as saved to and read from a configuration file. */
  public RunConfig runConfig() {
    return new RunConfig(network, training);
  }

  /** These settings with the network and training of {@code config}. */
  public ModelSettings with(RunConfig config) {
    return new ModelSettings(
        preset, config.network(), config.training(), lengthMode, length, split);
  }

  /** Problems in plain language, data aside ({@link #problemsBySetting} checks the kernels). */
  public List<String> validate() {
    return problemsBySetting(null).values().stream().flatMap(List::stream).distinct().toList();
  }

  /**
   * The problems keyed by the setting they concern: the names of the network's, training's and
   * split's components (e.g. "filters", "epochs", "testFraction") and "length". Kernels wider than
   * the input length {@code data} gets are under "kernelSizes" ({@code data} may be null), except
   * for the unedited default network, which leaves them out.
   */
  public Map<String, List<String>> problemsBySetting(SequenceSet data) {
    Map<String, List<String>> problems = new LinkedHashMap<>();
    List.of(network.problemsBySetting(), training.problemsBySetting())
        .forEach(part -> part.forEach((setting, messages) -> add(problems, setting, messages)));
    // 0 is the form's "auto": the longest sequence in the data
    String lengthProblem =
        length == 0 ? null : LengthParameter.LENGTH.problem(LengthParameter.LENGTH.label(), length);
    if (lengthProblem != null) {
      add(problems, LengthParameter.LENGTH.setting(), List.of(lengthProblem));
    } else {
      // the default network leaves out kernels longer than the input (networkFor)
      add(
          problems,
          "kernelSizes",
          NetworkSizing.adapts(network)
              ? List.of()
              : network.problemsForInputLength(inputLength(data)));
    }
    split.problemsBySetting().forEach((setting, messages) -> add(problems, setting, messages));
    return problems;
  }

  private static void add(
      Map<String, List<String>> problems, String setting, List<String> messages) {
    if (!messages.isEmpty()) {
      problems.computeIfAbsent(setting, s -> new ArrayList<>()).addAll(messages);
    }
  }
}
