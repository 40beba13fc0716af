package org.motifworkbench.evaluation;

import java.util.List;
import org.motifworkbench.data.SignalClass;

/**
 * Histograms of predicted probabilities split by true class. For two classes the score is the
 * positive-class (column 1) probability; for more, each class's own probability is a score. So
 * {@code histogram(s, t)} counts the examples of true class t by their probability of class s.
 */
public final class ScoreDistributions {

  /** The default number of bins over [0, 1]. */
  public static final int DEFAULT_BINS = 20;

  private final List<String> classNames;
  private final int bins;
  private final ScoreHistogram[][] histograms;

  private ScoreDistributions(List<String> classNames, int bins, ScoreHistogram[][] histograms) {
    this.classNames = classNames;
    this.bins = bins;
    this.histograms = histograms;
  }

  /** Bins every score column against every true class; O(n k). Inputs are assumed validated. */
  static ScoreDistributions compute(
      int[] truth, float[][] probs, List<String> classNames, int bins) {
    if (bins < 1) {
      throw new IllegalArgumentException("the number of histogram bins must be at least 1");
    }
    int k = classNames.size();
    int[][][] counts = new int[k][k][bins];
    int[] scoreClasses = scoreClassesOf(classNames);
    for (int i = 0; i < truth.length; i++) {
      for (int s : scoreClasses) {
        counts[s][truth[i]][ScoreHistogram.binOf(probs[i][s], bins)]++;
      }
    }
    ScoreHistogram[][] histograms = new ScoreHistogram[k][k];
    for (int s : scoreClasses) {
      for (int t = 0; t < k; t++) {
        histograms[s][t] = new ScoreHistogram(counts[s][t]);
      }
    }
    return new ScoreDistributions(List.copyOf(classNames), bins, histograms);
  }

  private static int[] scoreClassesOf(List<String> classNames) {
    int k = classNames.size();
    if (k == 2) {
      return new int[] {SignalClass.indexIn(classNames)};
    }
    int[] all = new int[k];
    for (int c = 0; c < k; c++) {
      all[c] = c;
    }
    return all;
  }

  /**
   * Class indices whose probability is histogrammed: for two classes the signal class's only
   * ({@link SignalClass}), else all.
   */
  public int[] scoreClasses() {
    return scoreClassesOf(classNames);
  }

  /** The class names, in index order. */
  public List<String> classNames() {
    return classNames;
  }

  /** Number of bins of every histogram. */
  public int bins() {
    return bins;
  }

  /**
   * Examples of true class {@code trueClass} binned by their probability of class {@code
   * scoreClass}, which must be one of {@link #scoreClasses()}.
   */
  public ScoreHistogram histogram(int scoreClass, int trueClass) {
    ScoreHistogram h = histograms[scoreClass][trueClass];
    if (h == null) {
      throw new IllegalArgumentException(
          "class " + scoreClass + " is not a score class; of two classes only the signal class is");
    }
    return h;
  }
}
