package org.motifworkbench.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.motifworkbench.data.SplitParameter;
import org.motifworkbench.data.SplitPlan;
import org.motifworkbench.encoding.LengthParameter;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.network.DjlRuntime;
import org.motifworkbench.sequence.SequenceSet;
import picocli.CommandLine.Option;

/**
 * The options {@code mwb train} and {@code mwb grid} share besides the network and training
 * settings: how the data is split, how sequences are fitted to the input length, threads and the
 * device. One place, so both commands read and check them alike.
 */
final class TrainingInputOptions {

  @Option(names = "--split", split = ",", paramLabel = "TRAIN,VAL,TEST", descriptionKey = "split")
  List<Double> split = new ArrayList<>();

  @Option(
      names = "--holdout-chromosomes",
      description =
          "split by whole chromosomes (headers "
              + "like chr3:100-201), so neighbouring sequences never leak between train and test")
  boolean byChromosome;

  @Option(names = "--test-chromosomes", split = ",", description = "chromosomes held out for test")
  List<String> testChromosomes = new ArrayList<>();

  @Option(names = "--val-chromosomes", split = ",", description = "chromosomes for validation")
  List<String> valChromosomes = new ArrayList<>();

  @Option(names = "--length-policy", descriptionKey = "lengthMode")
  String lengthMode;

  @Option(names = "--length", descriptionKey = "length")
  Integer length;

  @Option(names = "--threads", description = "CPU threads for the engine (default: all cores)")
  Integer threads;

  @Option(
      names = "--device",
      description =
          "cpu, gpu(0), gpu(1)...: where to train (default: "
              + "the first GPU when the engine sees one, else the CPU; see 'mwb engine')")
  String device;

  /** Checks the values before any file is read, and asks the engine for the threads. */
  void check() {
    OptionRange.check(LengthParameter.LENGTH, length);
    OptionRange.choice(LengthParameter.MODE, lengthMode);
    splitPlan(0); // the shares' problems; the seed does not change them
    if (threads != null) {
      DjlRuntime.requestThreads(OptionRange.THREADS.check(threads));
    }
  }

  /** The input length policy from the options, or fitting the data. */
  LengthPolicy lengthPolicy(SequenceSet data) {
    LengthPolicy.Mode mode =
        lengthMode == null
            ? LengthPolicy.Mode.CENTER
            : (LengthPolicy.Mode) OptionRange.choice(LengthParameter.MODE, lengthMode);
    if (length != null) {
      // the data's longest sequence is not needed, and may be too long to be an input length
      return new LengthPolicy(mode, length);
    }
    LengthPolicy fitting = LengthPolicy.fitting(data);
    return lengthMode == null ? fitting : new LengthPolicy(mode, fitting.length());
  }

  /** The split the options ask for, seeded with {@code seedValue}. */
  SplitPlan splitPlan(int seedValue) {
    SplitPlan plan =
        byChromosome || !testChromosomes.isEmpty()
            ? SplitPlan.chromosomes(seedValue, testChromosomes, valChromosomes)
            : SplitPlan.stratified(seedValue);
    if (!split.isEmpty()) {
      if (split.size() != 3) {
        throw new IllegalArgumentException(
            SplitParameter.OPTION + " needs three fractions: train,val,test.");
      }
      plan = plan.withFractions(split.get(0), split.get(1), split.get(2));
    }
    List<String> problems = plan.problems();
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join(" ", problems));
    }
    return plan;
  }

  /** The engine device {@code --device} names, or null for the engine's default. */
  String device(List<String> available) {
    if (device == null) {
      return null;
    }
    String wanted =
        device.trim().toLowerCase(Locale.ROOT).replace("gpu", "gpu(").replace("((", "(");
    if (wanted.startsWith("gpu(") && !wanted.endsWith(")")) {
      wanted = wanted + ")";
    }
    if (wanted.equals("gpu()")) {
      wanted = "gpu(0)";
    }
    if (!available.contains(wanted)) {
      throw new IllegalArgumentException(
          "The engine has no device '"
              + device
              + "'; it sees "
              + String.join(", ", available)
              + ". 'mwb engine' explains how to use a GPU.");
    }
    return wanted;
  }
}
