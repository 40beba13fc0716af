package org.motifworkbench.network.cpu;

import java.util.ArrayList;
import java.util.List;
import jdk.incubator.vector.FloatVector;
import org.motifworkbench.network.NetworkSpec;
import org.motifworkbench.network.NetworkWeights;

/**
 * {@link NetworkWeights} in the layout the Java kernels compute with: convolution weights
 * [offset][channel][filter] with the filters padded to whole vectors (the extra channels stay zero
 * throughout, so they never change a result), dense weights [out][in] plus a transposed copy. The
 * kernels' parameters are these arrays; {@link #unpackInto} writes them back in the model's layout.
 */
final class PackedWeights {

  /** Filters rounded up to a whole number of the preferred float vectors. */
  static int paddedFilters(int filters) {
    int lanes = FloatVector.SPECIES_PREFERRED.length();
    return (filters + lanes - 1) / lanes * lanes;
  }

  /** A branch: convolution [k][c][fp], bias, batch norm, attention (null for max pooling). */
  static final class Branch {
    final int kernel;
    final int pad;
    final float[] convWeight;
    final float[] convBias;
    final float[] gamma;
    final float[] beta;
    final float[] runningMean;
    final float[] runningVar;
    final float[] attentionWeight;
    final float[] attentionBias;

    Branch(int kernel, int paddedFilters, boolean attention) {
      this.kernel = kernel;
      this.pad = kernel / 2;
      convWeight = new float[kernel * 4 * paddedFilters];
      convBias = new float[paddedFilters];
      gamma = new float[paddedFilters];
      beta = new float[paddedFilters];
      runningMean = new float[paddedFilters];
      runningVar = new float[paddedFilters];
      attentionWeight = attention ? new float[paddedFilters] : null;
      attentionBias = attention ? new float[1] : null;
    }
  }

  /** A hidden dense layer: weight [out][in] and its transpose [in][out], bias, batch norm. */
  static final class Dense {
    final int in;
    final int out;
    final float[] weight;
    final float[] weightT;
    final float[] bias;
    final float[] gamma;
    final float[] beta;
    final float[] runningMean;
    final float[] runningVar;

    Dense(int in, int out) {
      this.in = in;
      this.out = out;
      weight = new float[out * in];
      weightT = new float[in * out];
      bias = new float[out];
      gamma = new float[out];
      beta = new float[out];
      runningMean = new float[out];
      runningVar = new float[out];
    }

    /** Refreshes {@link #weightT} from {@link #weight}. */
    void transposeWeight() {
      for (int r = 0; r < out; r++) {
        for (int c = 0; c < in; c++) {
          weightT[c * out + r] = weight[r * in + c];
        }
      }
    }
  }

  final NetworkSpec spec;
  final int outputs;
  final int filters;
  final int paddedFilters;
  final List<Branch> branches = new ArrayList<>();
  final List<Dense> dense = new ArrayList<>();
  final float[] outWeight;
  final float[] outBias;

  private PackedWeights(NetworkSpec spec, int outputs) {
    this.spec = spec;
    this.outputs = outputs;
    this.filters = spec.filters();
    this.paddedFilters = paddedFilters(filters);
    for (int k : spec.kernelSizes()) {
      branches.add(new Branch(k, paddedFilters, spec.attention()));
    }
    int width = spec.pooledFeatures();
    for (int units : spec.denseUnits()) {
      dense.add(new Dense(width, units));
      width = units;
    }
    outWeight = new float[outputs * width];
    outBias = new float[outputs];
  }

  /** A packed copy of {@code weights}. */
  static PackedWeights of(NetworkWeights weights) {
    PackedWeights p = new PackedWeights(weights.spec(), weights.outputs());
    p.copy(weights, true);
    return p;
  }

  /** Writes these parameters and running statistics into {@code weights} (the model's layout). */
  void unpackInto(NetworkWeights weights) {
    copy(weights, false);
  }

  /** Refreshes the derived arrays (the dense transposes) after the weights were changed. */
  void weightsChanged() {
    dense.forEach(Dense::transposeWeight);
  }

  private void copy(NetworkWeights w, boolean pack) {
    for (int j = 0; j < branches.size(); j++) {
      Branch b = branches.get(j);
      NetworkWeights.Branch m = w.branches().get(j);
      if (m.kernel() != b.kernel) {
        throw new IllegalArgumentException(
            "branch " + j + " has kernel " + m.kernel() + ", expected " + b.kernel);
      }
      reorderConvolution(b.convWeight, m.convWeight(), b.kernel, pack);
      move(m.convBias(), b.convBias, filters, pack);
      move(m.norm().gamma(), b.gamma, filters, pack);
      move(m.norm().beta(), b.beta, filters, pack);
      move(m.norm().runningMean(), b.runningMean, filters, pack);
      move(m.norm().runningVar(), b.runningVar, filters, pack);
      if (b.attentionWeight != null) {
        move(m.attentionWeight(), b.attentionWeight, filters, pack);
        move(m.attentionBias(), b.attentionBias, 1, pack);
      }
    }
    for (int i = 0; i < dense.size(); i++) {
      Dense d = dense.get(i);
      NetworkWeights.Dense m = w.dense().get(i);
      move(m.weight(), d.weight, d.weight.length, pack);
      move(m.bias(), d.bias, d.out, pack);
      move(m.norm().gamma(), d.gamma, d.out, pack);
      move(m.norm().beta(), d.beta, d.out, pack);
      move(m.norm().runningMean(), d.runningMean, d.out, pack);
      move(m.norm().runningVar(), d.runningVar, d.out, pack);
    }
    move(w.outputWeight(), outWeight, outWeight.length, pack);
    move(w.outputBias(), outBias, outBias.length, pack);
    if (pack) {
      weightsChanged();
    }
  }

  private static void move(float[] model, float[] packed, int count, boolean pack) {
    if (pack) {
      System.arraycopy(model, 0, packed, 0, count);
    } else {
      System.arraycopy(packed, 0, model, 0, count);
    }
  }

  /** Between the model's [f][c][k] and the packed [k][c][fp]. */
  private void reorderConvolution(float[] packed, float[] model, int k, boolean pack) {
    int fp = paddedFilters;
    for (int fi = 0; fi < filters; fi++) {
      for (int c = 0; c < 4; c++) {
        for (int ki = 0; ki < k; ki++) {
          int e = (fi * 4 + c) * k + ki;
          int o = (ki * 4 + c) * fp + fi;
          if (pack) {
            packed[o] = model[e];
          } else {
            model[e] = packed[o];
          }
        }
      }
    }
  }
}
