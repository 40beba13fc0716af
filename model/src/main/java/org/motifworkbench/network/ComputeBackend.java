package org.motifworkbench.network;

import java.util.List;
import java.util.Optional;

/**
 * What a compute back end does for one model: prediction (inference-mode logits), batch-norm
 * recalibration, training steps and input gradients for explanations. A {@link SequenceClassifier}
 * opens one, chosen once from the device and {@link Backend#choose}; the model's parameters live in
 * the classifier (see {@link WeightStore}), a back end computes on them.
 *
 * <p>Inputs are sequences already one-hot encoded channels-first, (n, 4, L) flattened, L the
 * model's input length (IUPAC codes and N as fractional rows, as {@code OneHotEncoder} writes
 * them). Logits are (n, 1) for two classes (a sigmoid logit) or (n, k). Not thread-safe.
 */
public interface ComputeBackend extends AutoCloseable {

  /** Which back end this is (named in the run's record and by {@code mwb engine}). */
  Backend backend();

  /** Inference-mode logits (no dropout, batch norm with running statistics), flattened. */
  float[] logits(float[] encoded, int n);

  /**
   * Replaces every batch norm's running statistics by the exact inference-mode statistics of {@code
   * n} encoded sequences, layer by layer (decision record 0007); returns how far the old ones were.
   * An empty list when this back end cannot recalibrate (nothing then changes).
   */
  List<NormShift> calibrate(float[] encoded, int n);

  /**
   * Each branch's first-layer activations after ReLU for n encoded sequences, one array per branch
   * laid out [sequence][filter][position]; empty when this back end leaves them to the engine.
   */
  default Optional<List<float[]>> filterActivations(float[] encoded, int n) {
    return Optional.empty();
  }

  /**
   * Where the windows of a scan lie along one encoded stretch of {@code stretch} bases: window i (0
   * to count - 1) covers {@code first + i * step} to that plus {@code length}, the model's input
   * length. The bases of the stretch outside every window are context only.
   */
  record Windows(int stretch, int length, int first, int count, int step) {
    public Windows {
      if (length < 1 || count < 0 || step < 1 || first < 0) {
        throw new IllegalArgumentException(
            "bad windows: length " + length + ", count " + count + ", step " + step);
      }
      if (count > 0 && first + (long) (count - 1) * step + length > stretch) {
        throw new IllegalArgumentException(
            count
                + " windows of "
                + length
                + " from "
                + first
                + " at step "
                + step
                + " do not fit a stretch of "
                + stretch);
      }
    }
  }

  /**
   * Logits of windows along one encoded stretch (4, stretch) channels-first, (count, outputs)
   * flattened, in inference mode.
   *
   * <p>With {@code shared} false each window is scored alone, exactly as {@link #logits} scores it
   * cut out (zero padding at its edges); that is what this default does, in batches. With {@code
   * shared} true a back end may compute the convolutions once along the stretch and pool each
   * window from the shared feature maps: a convolution position within k/2 of a window's edge then
   * sees the stretch's real neighbouring bases (zero padding only at the stretch's own ends) where
   * a lone window sees zero padding; all else is the same arithmetic. Back ends without such a path
   * score windows alone either way.
   */
  default float[] windowLogits(float[] encoded, Windows windows, boolean shared) {
    int l = windows.length();
    int m = windows.stretch();
    int batch = 256;
    float[] buffer = new float[batch * 4 * l];
    float[] out = null;
    int outputs = 0;
    for (int from = 0; from < windows.count(); from += batch) {
      int n = Math.min(batch, windows.count() - from);
      for (int i = 0; i < n; i++) {
        int start = windows.first() + (from + i) * windows.step();
        for (int c = 0; c < 4; c++) {
          System.arraycopy(encoded, c * m + start, buffer, i * 4 * l + c * l, l);
        }
      }
      float[] logits = logits(buffer, n);
      if (out == null) {
        outputs = logits.length / n;
        out = new float[windows.count() * outputs];
      }
      System.arraycopy(logits, 0, out, from * outputs, n * outputs);
    }
    return out == null ? new float[0] : out;
  }

  /** Whether {@link #inputGradients} is computed here (else the classifier asks the engine). */
  boolean computesInputGradients();

  /**
   * Gradients of each sequence's class score (the logit of {@code classIndex}; for two classes the
   * sigmoid logit, negated for class 0) with respect to its input, in inference mode, (n, 4, L)
   * flattened, with the scores.
   */
  InputGradients inputGradients(float[] encoded, int n, int classIndex);

  /** Input gradients (n, 4, L) flattened, and the class score of each sequence. */
  record InputGradients(float[] values, float[] scores) {}

  /**
   * The input gradients of the class score (as in {@link #inputGradients}) summed over the {@code
   * steps} points baseline + (s + 1/2) / steps x (input - baseline), s = 0 ... steps - 1, of the
   * straight path between two encoded sequences (4, L): integrated gradients before the division by
   * the steps and the product with input - baseline; (4, L) flattened. By default the path is one
   * batch of {@link #inputGradients}.
   */
  default float[] pathGradientSum(float[] input, float[] baseline, int steps, int classIndex) {
    int stride = input.length;
    float[] path = new float[steps * stride];
    for (int s = 0; s < steps; s++) {
      float alpha = (s + 0.5f) / steps;
      for (int j = 0; j < stride; j++) {
        path[s * stride + j] = baseline[j] + alpha * (input[j] - baseline[j]);
      }
    }
    float[] values = inputGradients(path, steps, classIndex).values();
    float[] sum = new float[stride];
    for (int j = 0; j < stride; j++) {
      double acc = 0;
      for (int s = 0; s < steps; s++) {
        acc += values[s * stride + j];
      }
      sum[j] = (float) acc;
    }
    return sum;
  }

  /**
   * The class score (as in {@link #inputGradients}) of every single-base substitution of one
   * encoded sequence (4, L): entry c x L + p of {@code scores} with position p set to base c
   * (one-hot); where the sequence already is exactly base c, its own score, the {@code reference}.
   * By default the variants are scored through {@link #logits} in batches.
   */
  default Substitutions substitutionScores(float[] input, int classIndex) {
    int length = input.length / 4;
    float[] own = logits(input, 1);
    float reference = classScore(own, own.length, 0, classIndex);
    float[] scores = new float[4 * length];
    int batch = 150;
    float[] variants = new float[batch * 4 * length];
    int[] entries = new int[batch];
    int n = 0;
    for (int p = 0; p < length; p++) {
      for (int c = 0; c < 4; c++) {
        boolean same = true;
        for (int k = 0; k < 4; k++) {
          same &= input[k * length + p] == (k == c ? 1f : 0f);
        }
        if (same) {
          scores[c * length + p] = reference;
          continue;
        }
        System.arraycopy(input, 0, variants, n * 4 * length, 4 * length);
        for (int k = 0; k < 4; k++) {
          variants[n * 4 * length + k * length + p] = k == c ? 1f : 0f;
        }
        entries[n++] = c * length + p;
        if (n == batch) {
          float[] logits = logits(variants, n);
          for (int v = 0; v < n; v++) {
            scores[entries[v]] = classScore(logits, logits.length / n, v, classIndex);
          }
          n = 0;
        }
      }
    }
    if (n > 0) {
      float[] logits = logits(variants, n);
      for (int v = 0; v < n; v++) {
        scores[entries[v]] = classScore(logits, logits.length / n, v, classIndex);
      }
    }
    return new Substitutions(reference, scores);
  }

  /** Class scores of every substitution, (4, L) flattened, and of the sequence itself. */
  record Substitutions(float reference, float[] scores) {}

  /**
   * Sequence s's class score from logits with {@code outputs} per sequence: the logit of the class;
   * with one output (two classes) the sigmoid logit, negated for class 0.
   */
  private static float classScore(float[] logits, int outputs, int s, int classIndex) {
    return ClassScores.logit(logits, outputs, s, classIndex);
  }

  /**
   * Starts training: steps of up to {@code maxBatch} sequences until {@link TrainingSteps#close}.
   * Only one training (or engine gradient computation) may run at a time in a JVM.
   */
  TrainingSteps startTraining(int maxBatch);

  /** The model's parameters were changed from outside: read them afresh before computing. */
  void weightsChanged();

  @Override
  void close();
}
