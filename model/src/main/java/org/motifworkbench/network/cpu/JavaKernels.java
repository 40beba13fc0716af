package org.motifworkbench.network.cpu;

import java.util.List;
import java.util.Optional;
import org.motifworkbench.network.Backend;
import org.motifworkbench.network.ComputeBackend;
import org.motifworkbench.network.NetworkSpec;
import org.motifworkbench.network.NetworkWeights;
import org.motifworkbench.network.NormShift;
import org.motifworkbench.network.TrainingSteps;
import org.motifworkbench.network.WeightStore;

/**
 * The {@link Backend#JAVA_KERNELS} back end: prediction ({@link CpuInference}), batch-norm
 * recalibration and training steps ({@link CpuNetwork}) computed in Java with the JDK's Vector API
 * on the CPU. Reads the model's parameters from its {@link WeightStore} when first needed after a
 * change, and writes back what training and recalibration change.
 */
final class JavaKernels implements ComputeBackend {

  private final NetworkSpec spec;
  private final int length;
  private final WeightStore store;
  private final int threads;

  /** Prediction on the weights as last read: made on first use, dropped on changes. */
  private CpuInference inference;

  /** Scans along stretches on {@link #inference}'s weights: made on first use, dropped with it. */
  private StretchScan scan;

  /** Explanations on {@link #inference}'s weights: made on first use, dropped with it. */
  private CpuExplanations explanations;

  private boolean training;

  JavaKernels(NetworkSpec spec, int length, WeightStore store, int threads) {
    this.spec = spec;
    this.length = length;
    this.store = store;
    this.threads = threads;
  }

  @Override
  public Backend backend() {
    return Backend.JAVA_KERNELS;
  }

  @Override
  public float[] logits(float[] encoded, int n) {
    return inference().logits(encoded, n);
  }

  @Override
  public List<NormShift> calibrate(float[] encoded, int n) {
    if (n < 2) {
      return List.of();
    }
    NetworkWeights weights = store.read();
    PackedWeights packed = PackedWeights.of(weights);
    List<NormShift> shifts;
    try (CpuInference calibration = new CpuInference(packed, length, threads)) {
      shifts = calibration.calibrate(encoded, n);
    }
    packed.unpackInto(weights);
    store.write(weights);
    weightsChanged();
    return shifts;
  }

  @Override
  public Optional<List<float[]>> filterActivations(float[] encoded, int n) {
    return Optional.of(inference().filterActivations(encoded, n));
  }

  /**
   * With {@code shared} true, from feature maps computed once along the stretch ({@link
   * StretchScan}); with it false each window alone, as the interface's default does.
   */
  @Override
  public float[] windowLogits(float[] encoded, Windows windows, boolean shared) {
    if (!shared || windows.count() == 0) {
      return ComputeBackend.super.windowLogits(encoded, windows, shared);
    }
    if (scan == null) {
      scan = new StretchScan(inference());
    }
    return scan.windowLogits(encoded, windows);
  }

  @Override
  public boolean computesInputGradients() {
    return true;
  }

  @Override
  public InputGradients inputGradients(float[] encoded, int n, int classIndex) {
    float[] scores = new float[n];
    float[] values = explanations().inputGradients(encoded, n, classIndex, scores);
    return new InputGradients(values, scores);
  }

  @Override
  public float[] pathGradientSum(float[] input, float[] baseline, int steps, int classIndex) {
    return explanations().pathGradientSum(input, baseline, steps, classIndex);
  }

  @Override
  public Substitutions substitutionScores(float[] input, int classIndex) {
    float[] reference = new float[1];
    float[] scores = explanations().substitutionScores(input, classIndex, reference);
    return new Substitutions(reference[0], scores);
  }

  private CpuInference inference() {
    if (inference == null) {
      inference = new CpuInference(PackedWeights.of(store.read()), length, threads);
    }
    return inference;
  }

  private CpuExplanations explanations() {
    if (explanations == null) {
      explanations = new CpuExplanations(inference());
    }
    return explanations;
  }

  @Override
  public TrainingSteps startTraining(int maxBatch) {
    if (training) {
      throw new IllegalStateException("this model is already training");
    }
    training = true;
    NetworkWeights weights = store.read();
    CpuNetwork net = new CpuNetwork(PackedWeights.of(weights), length, maxBatch, threads);
    return new TrainingSteps() {
      @Override
      public double step(
          float[] encoded,
          int n,
          int[] labels,
          float[] classWeights,
          double learningRate,
          long stepSeed) {
        return net.step(encoded, n, labels, classWeights, (float) learningRate, stepSeed);
      }

      @Override
      public float[] logits() {
        return net.logits();
      }

      @Override
      public void writeBack() {
        net.weights().unpackInto(weights);
        store.write(weights);
        weightsChanged();
      }

      @Override
      public void close() {
        net.close();
        training = false;
      }
    };
  }

  @Override
  public void weightsChanged() {
    if (inference != null) {
      inference.close();
      inference = null;
      explanations = null;
      scan = null;
    }
  }

  @Override
  public void close() {
    weightsChanged();
  }
}
