package org.motifworkbench.network;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Adam;
import java.util.List;

/**
 * The {@link Backend#ENGINE} back end: the PyTorch engine through DJL, on any device. Computes on
 * the network block that holds the model's parameters, so it reads nothing in and writes nothing
 * back. Batch-norm recalibration is pure arithmetic on the weights and is done by the Java kernels
 * when the JVM has them (whatever the device), else left out.
 */
final class EngineBackend implements ComputeBackend {

  private final Model model;
  private final MultiScaleAttentionNet net;
  private final int classes;
  private final int length;
  private final InputStaging staging = new InputStaging();

  /** Recalibrates batch norm for this back end, or null. */
  private final ComputeBackend calibrator;

  EngineBackend(
      Model model, MultiScaleAttentionNet net, int classes, int length, ComputeBackend calibrator) {
    this.model = model;
    this.net = net;
    this.classes = classes;
    this.length = length;
    this.calibrator = calibrator;
  }

  @Override
  public Backend backend() {
    return Backend.ENGINE;
  }

  private NDArray input(NDManager m, float[] encoded, int n) {
    if (encoded.length != n * 4 * length) {
      float[] exact = new float[n * 4 * length];
      System.arraycopy(encoded, 0, exact, 0, exact.length);
      encoded = exact;
    }
    return staging.create(m, encoded, new Shape(n, 4, length));
  }

  @Override
  public float[] logits(float[] encoded, int n) {
    ParameterStore store = new ParameterStore(model.getNDManager(), false);
    try (NDManager m = model.getNDManager().newSubManager()) {
      return net.forward(store, new NDList(input(m, encoded, n)), false)
          .singletonOrThrow()
          .toFloatArray();
    }
  }

  @Override
  public List<NormShift> calibrate(float[] encoded, int n) {
    return calibrator == null ? List.of() : calibrator.calibrate(encoded, n);
  }

  @Override
  public boolean computesInputGradients() {
    return true;
  }

  @Override
  public InputGradients inputGradients(float[] encoded, int n, int classIndex) {
    try (NDManager m = model.getNDManager().newSubManager()) {
      NDArray x = input(m, encoded, n);
      x.setRequiresGradient(true);
      float[] scores;
      try (GradientCollector gc = newCollector()) {
        NDArray logits =
            net.forward(new ParameterStore(m, false), new NDList(x), false).singletonOrThrow();
        NDArray score =
            classes == 2
                ? (classIndex == 1 ? logits.reshape(-1) : logits.reshape(-1).neg())
                : logits.get(":, " + classIndex);
        gc.backward(score.sum());
        scores = score.toFloatArray();
      }
      return new InputGradients(x.getGradient().toFloatArray(), scores);
    }
  }

  private GradientCollector newCollector() {
    try {
      return model.getNDManager().getEngine().newGradientCollector();
    } catch (IllegalStateException e) {
      throw new IllegalStateException(
          "Explanations cannot run while a model is training in this "
              + "window: both need the engine's gradient recorder. Wait for training to finish, or "
              + "cancel it.",
          e);
    }
  }

  @Override
  public TrainingSteps startTraining(int maxBatch) {
    AdjustableLearningRate rate = new AdjustableLearningRate(1e-3);
    DefaultTrainingConfig config =
        new DefaultTrainingConfig(Loss.l2Loss())
            .optOptimizer(Adam.builder().optLearningRateTracker(rate).build())
            .optDevices(new Device[] {model.getNDManager().getDevice()});
    net.getParameters()
        .forEach(
            p -> {
              if (p.getValue().requiresGradient()) {
                p.getValue().getArray().setRequiresGradient(true);
              }
            });
    Trainer trainer = model.newTrainer(config);
    return new TrainingSteps() {
      private float[] logits = new float[0];

      @Override
      public double step(
          float[] encoded,
          int n,
          int[] labels,
          float[] classWeights,
          double learningRate,
          long stepSeed) {
        rate.set(learningRate);
        net.dropoutStep(stepSeed);
        try (NDManager m = trainer.getManager().newSubManager()) {
          NDArray x = input(m, encoded, n);
          NDArray loss;
          NDArray out;
          try (GradientCollector gc = trainer.newGradientCollector()) {
            out = trainer.forward(new NDList(x)).singletonOrThrow();
            loss = EngineLoss.of(out, labels, classWeights, classes);
            gc.backward(loss);
          }
          trainer.step();
          logits = out.toFloatArray();
          return loss.getFloat();
        }
      }

      @Override
      public float[] logits() {
        return logits;
      }

      @Override
      public void writeBack() {
        // the parameters are the engine's own
      }

      @Override
      public void close() {
        trainer.close();
        // detached again: prediction and explanations compute as for a model loaded from a file,
        // and input gradients leave the weights untouched
        net.getParameters().forEach(p -> p.getValue().getArray().setRequiresGradient(false));
      }
    };
  }

  @Override
  public void weightsChanged() {
    // computes on the parameters themselves
  }

  /** Nothing of its own to release: the model and the calibrator belong to the classifier. */
  @Override
  public void close() {}
}
