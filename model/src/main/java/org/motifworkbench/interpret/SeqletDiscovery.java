package org.motifworkbench.interpret;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.motifworkbench.motif.Motif;
import org.motifworkbench.sequence.DnaAlphabet;

/**
 * A simple TF-MoDISco-like motif discovery: from each attribution, take the window of {@code width}
 * bases around its peak (a seqlet), weight its positions by their positive attribution, then
 * cluster the seqlets greedily (strongest first) by attribution-weighted agreement with each
 * cluster's matrix over small shifts and both strands. Each cluster becomes a matrix trimmed to its
 * informative core.
 *
 * @param width seqlet width in bases
 * @param maxShift how far a seqlet may be shifted against a cluster when aligning
 * @param joinSimilarity a seqlet joins the best cluster when its weighted agreement reaches this
 * @param minSupport clusters with fewer seqlets are dropped
 * @param trimBits columns at the ends with less information than this are trimmed
 */
public record SeqletDiscovery(
    int width, int maxShift, double joinSimilarity, int minSupport, double trimBits) {

  private static final double PSEUDOCOUNT = 0.05;
  private static final int MAX_CLUSTERS = 50;
  private static final double MERGE_CORRELATION = 0.75;

  public static SeqletDiscovery defaults() {
    return new SeqletDiscovery(20, 6, 0.6, 10, 0.5);
  }

  private record Seqlet(String bases, float[] weights, double total) {}

  /** Motifs from the attributions, most supported first. */
  public List<DiscoveredMotif> discover(List<Attribution> attributions) {
    List<Seqlet> seqlets = new ArrayList<>();
    for (Attribution a : attributions) {
      Seqlet s = seqlet(a);
      if (s != null) {
        seqlets.add(s);
      }
    }
    seqlets.sort(Comparator.comparingDouble(Seqlet::total).reversed());
    List<Cluster> clusters = new ArrayList<>();
    for (Seqlet s : seqlets) {
      Cluster best = null;
      Alignment bestAlignment = null;
      for (Cluster c : clusters) {
        Alignment al = c.align(s);
        if (bestAlignment == null || al.similarity > bestAlignment.similarity) {
          best = c;
          bestAlignment = al;
        }
      }
      if (best != null && bestAlignment.similarity >= joinSimilarity) {
        best.add(s, bestAlignment);
      } else if (clusters.size() < MAX_CLUSTERS) {
        Cluster c = new Cluster(s.bases.length() + 2 * maxShift);
        c.add(s, new Alignment(maxShift, false, 1));
        clusters.add(c);
      }
    }
    clusters.sort(Comparator.comparingInt((Cluster c) -> c.members).reversed());
    for (int before = -1; before != clusters.size(); ) {
      before = clusters.size();
      clusters = mergeSimilar(clusters);
    }
    List<DiscoveredMotif> motifs = new ArrayList<>();
    for (Cluster c : clusters) {
      double[][] core = trim(c.probabilities(), c.coverage(), 0.5 * c.members);
      if (c.members >= minSupport && core.length >= 4) {
        String id = "discovered_" + (motifs.size() + 1);
        motifs.add(
            new DiscoveredMotif(
                new Motif(id, "", core).withSites(c.members),
                c.members,
                c.attributionSum / c.members));
      }
    }
    return motifs;
  }

  /**
   * Folds each cluster into a larger one whose matrix it resembles (mean column correlation of its
   * informative core, at least three quarters of it overlapping, reaching {@link
   * #MERGE_CORRELATION}, over shifts and both strands); repeated until nothing merges. Greedy
   * clustering of strong seqlets first can split one motif into offset or strand variants.
   */
  private List<Cluster> mergeSimilar(List<Cluster> bySupport) {
    List<Cluster> kept = new ArrayList<>();
    for (Cluster c : bySupport) {
      Cluster target = null;
      int[] placement = null;
      for (Cluster k : kept) {
        placement = k.placementOf(c);
        if (placement != null) {
          target = k;
          break;
        }
      }
      if (target == null) {
        kept.add(c);
      } else {
        target.absorb(c, placement[0], placement[1] == 1);
      }
    }
    kept.sort(Comparator.comparingInt((Cluster c) -> c.members).reversed());
    return kept;
  }

  private Seqlet seqlet(Attribution a) {
    float[] p = a.perPosition();
    int peak = a.peak();
    if (p[peak] <= 0) {
      return null;
    }
    int w = Math.min(width, p.length);
    int start = Math.max(0, Math.min(p.length - w, peak - w / 2));
    float[] weights = new float[w];
    double total = 0;
    for (int i = 0; i < w; i++) {
      weights[i] = Math.max(0, p[start + i]);
      total += weights[i];
    }
    return new Seqlet(
        a.sequence().substring(start, start + w).toUpperCase(Locale.ROOT), weights, total);
  }

  private record Alignment(int offset, boolean reverse, double similarity) {}

  /** Base counts of aligned seqlets on a canvas wider than a seqlet by the shift on each side. */
  private final class Cluster {
    private final double[][] counts;
    private int members;
    private double attributionSum;

    Cluster(int columns) {
      counts = new double[columns][4];
    }

    Alignment align(Seqlet s) {
      double[][] p = cachedProbabilities();
      Alignment best = new Alignment(0, false, -1);
      int w = s.bases.length();
      int[] bases = new int[w];
      float[] weights = new float[w];
      for (boolean reverse : new boolean[] {false, true}) {
        for (int i = 0; i < w; i++) {
          bases[i] = base(s, i, reverse);
          weights[i] = weight(s, i, reverse);
        }
        for (int offset = 0; offset + w <= p.length; offset++) {
          double score = 0;
          for (int i = 0; i < w; i++) {
            int b = bases[i];
            score += b < 0 ? 0.25 * weights[i] : weights[i] * p[offset + i][b];
          }
          double similarity = score / s.total;
          if (similarity > best.similarity) {
            best = new Alignment(offset, reverse, similarity);
          }
        }
      }
      return best;
    }

    /** {@link #probabilities()} as of the last change (align runs for every seqlet). */
    private double[][] cached;

    private double[][] cachedProbabilities() {
      if (cached == null) {
        cached = probabilities();
      }
      return cached;
    }

    void add(Seqlet s, Alignment al) {
      cached = null;
      for (int i = 0; i < s.bases.length(); i++) {
        int b = base(s, i, al.reverse);
        for (int k = 0; k < 4; k++) {
          counts[al.offset + i][k] += b < 0 ? 0.25 : (b == k ? 1 : 0);
        }
      }
      members++;
      attributionSum += s.total;
    }

    /**
     * Where {@code other}'s informative core lines up with this cluster's matrix: {shift, 1 if
     * reverse-complemented}, or null when no placement correlates well enough.
     */
    int[] placementOf(Cluster other) {
      double[][] mine = probabilities();
      double[][] theirs = other.probabilities();
      double[] cover = other.coverage();
      List<Integer> core = new ArrayList<>();
      for (int c = 0; c < theirs.length; c++) {
        if (bits(theirs[c]) >= trimBits && cover[c] >= 0.5 * other.members) {
          core.add(c);
        }
      }
      if (core.size() < 4) {
        return null;
      }
      int[] best = null;
      double bestCorrelation = MERGE_CORRELATION;
      for (int reverse = 0; reverse <= 1; reverse++) {
        for (int shift = -mine.length + 1; shift < mine.length; shift++) {
          double sum = 0;
          int inside = 0;
          for (int c : core) {
            int col = reverse == 1 ? theirs.length - 1 - c + shift : c + shift;
            if (col >= 0 && col < mine.length) {
              double[] column = reverse == 1 ? complement(theirs[c]) : theirs[c];
              sum += correlation(mine[col], column);
              inside++;
            }
          }
          if (inside >= Math.max(4, 0.75 * core.size()) && sum / inside >= bestCorrelation) {
            bestCorrelation = sum / inside;
            best = new int[] {shift, reverse};
          }
        }
      }
      return best;
    }

    void absorb(Cluster other, int shift, boolean reverse) {
      cached = null;
      int n = counts.length;
      for (int c = 0; c < n; c++) {
        int col = reverse ? n - 1 - c + shift : c + shift;
        if (col >= 0 && col < n) {
          for (int k = 0; k < 4; k++) {
            counts[col][reverse ? 3 - k : k] += other.counts[c][k];
          }
        }
      }
      members += other.members;
      attributionSum += other.attributionSum;
    }

    /** How many seqlets cover each column of the canvas. */
    double[] coverage() {
      double[] cover = new double[counts.length];
      for (int c = 0; c < counts.length; c++) {
        cover[c] = counts[c][0] + counts[c][1] + counts[c][2] + counts[c][3];
      }
      return cover;
    }

    double[][] probabilities() {
      double[][] p = new double[counts.length][4];
      for (int c = 0; c < counts.length; c++) {
        double total = 0;
        for (int k = 0; k < 4; k++) {
          total += counts[c][k] + PSEUDOCOUNT;
        }
        for (int k = 0; k < 4; k++) {
          p[c][k] = (counts[c][k] + PSEUDOCOUNT) / total;
        }
      }
      return p;
    }
  }

  /** Base index of seqlet position i as seen on the chosen strand (-1 for ambiguity codes). */
  private static int base(Seqlet s, int i, boolean reverse) {
    if (!reverse) {
      return DnaAlphabet.ACGT.indexOf(s.bases.charAt(i));
    }
    int b = DnaAlphabet.ACGT.indexOf(s.bases.charAt(s.bases.length() - 1 - i));
    return b < 0 ? -1 : 3 - b;
  }

  private static float weight(Seqlet s, int i, boolean reverse) {
    return reverse ? s.weights[s.weights.length - 1 - i] : s.weights[i];
  }

  /** The core between the first and last column that is informative and covered by most seqlets. */
  private double[][] trim(double[][] p, double[] coverage, double minCoverage) {
    int first = 0;
    while (first < p.length && (bits(p[first]) < trimBits || coverage[first] < minCoverage)) {
      first++;
    }
    int last = p.length - 1;
    while (last >= first && (bits(p[last]) < trimBits || coverage[last] < minCoverage)) {
      last--;
    }
    double[][] core = new double[Math.max(0, last - first + 1)][];
    for (int c = first; c <= last; c++) {
      core[c - first] = p[c].clone();
    }
    return core;
  }

  private static double[] complement(double[] column) {
    return new double[] {column[3], column[2], column[1], column[0]};
  }

  private static double correlation(double[] x, double[] y) {
    double mx = (x[0] + x[1] + x[2] + x[3]) / 4;
    double my = (y[0] + y[1] + y[2] + y[3]) / 4;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int k = 0; k < 4; k++) {
      sxy += (x[k] - mx) * (y[k] - my);
      sxx += (x[k] - mx) * (x[k] - mx);
      syy += (y[k] - my) * (y[k] - my);
    }
    return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
  }

  private static double bits(double[] column) {
    double h = 0;
    for (double q : column) {
      if (q > 0) {
        h -= q * Math.log(q) / Math.log(2);
      }
    }
    return 2 - h;
  }
}
