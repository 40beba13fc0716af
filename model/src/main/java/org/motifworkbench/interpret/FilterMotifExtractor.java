package org.motifworkbench.interpret;

import java.util.ArrayList;
import java.util.List;
import org.motifworkbench.encoding.OneHotEncoder;
import org.motifworkbench.motif.Motif;
import org.motifworkbench.network.SequenceClassifier;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.progress.ProgressListener;

/**
 * Turns each first-layer filter into a position weight matrix, as Basset does: over a data set,
 * collect the filter-width windows whose activation exceeds a fraction (default half) of the
 * filter's maximum, count their bases and add pseudocounts. Two passes over the data, in batches.
 *
 * @param thresholdFraction a window counts when its activation exceeds this fraction of the maximum
 * @param pseudocount added to every base count of every column
 * @param minSites filters with fewer sites are flagged as not reliable
 * @param batchSize sequences per forward pass
 */
public record FilterMotifExtractor(
    double thresholdFraction, double pseudocount, int minSites, int batchSize) {

  public static FilterMotifExtractor defaults() {
    return new FilterMotifExtractor(0.5, 0.1, 10, 250);
  }

  /** The motif of every filter of every branch, branch by branch. */
  public List<FilterMotif> extract(
      SequenceClassifier classifier,
      List<String> sequences,
      ProgressListener progress,
      CancellationToken cancel) {
    List<Integer> kernels = classifier.spec().kernelSizes();
    int filters = classifier.spec().filters();
    int length = classifier.inputLength();
    double[][] max = new double[kernels.size()][filters];
    forEachBatch(
        classifier,
        sequences,
        cancel,
        (batch, activations) -> updateMax(max, activations, batch.size(), filters, length));
    progress.progress(0.5, "filter maxima found");
    Counts counts = new Counts(kernels, filters);
    forEachBatch(
        classifier,
        sequences,
        cancel,
        (batch, activations) -> counts.add(batch, activations, max, length));
    progress.progress(1.0, "filter motifs built");
    return motifs(kernels, filters, max, counts);
  }

  /**
   * As {@link #extract(SequenceClassifier, List, ProgressListener, CancellationToken)}, from the
   * activations of all {@code sequences} computed at once by {@link
   * SequenceClassifier#filterActivations}: one forward pass instead of two, for small samples (a
   * live view during training).
   */
  public List<FilterMotif> extract(
      SequenceClassifier classifier, List<String> sequences, List<float[]> activations) {
    List<Integer> kernels = classifier.spec().kernelSizes();
    int filters = classifier.spec().filters();
    int length = classifier.inputLength();
    double[][] max = new double[kernels.size()][filters];
    updateMax(max, activations, sequences.size(), filters, length);
    Counts counts = new Counts(kernels, filters);
    counts.add(sequences, activations, max, length);
    return motifs(kernels, filters, max, counts);
  }

  /** Base counts and site numbers of every filter of every branch. */
  private final class Counts {
    final List<Integer> kernels;
    final double[][][][] bases;
    final int[][] sites;

    Counts(List<Integer> kernels, int filters) {
      this.kernels = kernels;
      this.bases = new double[kernels.size()][filters][][];
      this.sites = new int[kernels.size()][filters];
      for (int b = 0; b < kernels.size(); b++) {
        for (int f = 0; f < filters; f++) {
          bases[b][f] = new double[kernels.get(b)][4];
        }
      }
    }

    void add(List<String> batch, List<float[]> activations, double[][] max, int length) {
      for (int b = 0; b < kernels.size(); b++) {
        count(batch, activations.get(b), kernels.get(b), max[b], bases[b], sites[b], length);
      }
    }
  }

  private List<FilterMotif> motifs(
      List<Integer> kernels, int filters, double[][] max, Counts counts) {
    List<FilterMotif> out = new ArrayList<>();
    for (int b = 0; b < kernels.size(); b++) {
      for (int f = 0; f < filters; f++) {
        // the id names branch and filter; no alternate name (MEME reads one word only)
        String id = "filter_k" + kernels.get(b) + "_" + f;
        int sites = counts.sites[b][f];
        Motif motif = new Motif(id, "", probabilities(counts.bases[b][f])).withSites(sites);
        out.add(
            new FilterMotif(
                kernels.get(b), f, motif, sites, max[b][f], sites >= minSites && max[b][f] > 0));
      }
    }
    return out;
  }

  private interface BatchConsumer {
    void accept(List<String> batch, List<float[]> activations);
  }

  private void forEachBatch(
      SequenceClassifier classifier,
      List<String> sequences,
      CancellationToken cancel,
      BatchConsumer consumer) {
    for (int from = 0; from < sequences.size(); from += batchSize) {
      cancel.throwIfCancelled();
      List<String> batch = sequences.subList(from, Math.min(sequences.size(), from + batchSize));
      consumer.accept(batch, classifier.filterActivations(batch));
    }
  }

  private static void updateMax(
      double[][] max, List<float[]> activations, int n, int filters, int length) {
    for (int b = 0; b < activations.size(); b++) {
      float[] a = activations.get(b);
      for (int s = 0; s < n; s++) {
        for (int f = 0; f < filters; f++) {
          int base = (s * filters + f) * length;
          for (int i = 0; i < length; i++) {
            max[b][f] = Math.max(max[b][f], a[base + i]);
          }
        }
      }
    }
  }

  private void count(
      List<String> batch,
      float[] a,
      int kernel,
      double[] max,
      double[][][] counts,
      int[] sites,
      int length) {
    int filters = max.length;
    float[] onehot = new float[4 * length];
    for (int s = 0; s < batch.size(); s++) {
      OneHotEncoder.encode(batch.get(s), onehot, 0, length);
      for (int f = 0; f < filters; f++) {
        double threshold = thresholdFraction * max[f];
        if (max[f] <= 0) {
          continue;
        }
        int base = (s * filters + f) * length;
        for (int i = 0; i < length; i++) {
          if (a[base + i] > threshold) {
            sites[f]++;
            addWindow(onehot, i - kernel / 2, kernel, length, counts[f]);
          }
        }
      }
    }
  }

  private static void addWindow(
      float[] onehot, int start, int kernel, int length, double[][] counts) {
    for (int c = 0; c < kernel; c++) {
      int pos = start + c;
      if (pos >= 0 && pos < length) {
        for (int b = 0; b < 4; b++) {
          counts[c][b] += onehot[b * length + pos];
        }
      }
    }
  }

  private double[][] probabilities(double[][] counts) {
    double[][] p = new double[counts.length][4];
    for (int c = 0; c < counts.length; c++) {
      double total = 0;
      for (int b = 0; b < 4; b++) {
        total += counts[c][b] + pseudocount;
      }
      for (int b = 0; b < 4; b++) {
        p[c][b] = (counts[c][b] + pseudocount) / total;
      }
    }
    return p;
  }
}
