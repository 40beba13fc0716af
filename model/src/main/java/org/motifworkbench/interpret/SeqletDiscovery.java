package org.motifworkbench.interpret;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.motifworkbench.motif.Motif;

/**
 * A simple TF-MoDISco-like motif discovery: from each attribution, take the window of {@code width}
 * bases around its peak (a seqlet), weight its positions by their positive attribution, then cluster
 * the seqlets greedily (strongest first) by attribution-weighted agreement with each cluster's matrix
 * over small shifts and both strands. Each cluster becomes a matrix trimmed to its informative core.
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
  private static final String BASES = "ACGT";

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
    List<DiscoveredMotif> motifs = new ArrayList<>();
    clusters.sort(Comparator.comparingInt((Cluster c) -> c.members).reversed());
    for (Cluster c : clusters) {
      double[][] core = trim(c.probabilities(), c.coverage(), 0.5 * c.members);
      if (c.members >= minSupport && core.length >= 4) {
        String id = "discovered_" + (motifs.size() + 1);
        motifs.add(new DiscoveredMotif(new Motif(id, "support " + c.members, core), c.members,
            c.attributionSum / c.members));
      }
    }
    return motifs;
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
    return new Seqlet(a.sequence().substring(start, start + w).toUpperCase(), weights, total);
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
      double[][] p = probabilities();
      Alignment best = new Alignment(0, false, -1);
      for (boolean reverse : new boolean[] {false, true}) {
        for (int offset = 0; offset + s.bases.length() <= p.length; offset++) {
          double score = 0;
          for (int i = 0; i < s.bases.length(); i++) {
            int b = base(s, i, reverse);
            score += b < 0 ? 0.25 * weight(s, i, reverse)
                : weight(s, i, reverse) * p[offset + i][b];
          }
          double similarity = score / s.total;
          if (similarity > best.similarity) {
            best = new Alignment(offset, reverse, similarity);
          }
        }
      }
      return best;
    }

    void add(Seqlet s, Alignment al) {
      for (int i = 0; i < s.bases.length(); i++) {
        int b = base(s, i, al.reverse);
        for (int k = 0; k < 4; k++) {
          counts[al.offset + i][k] += b < 0 ? 0.25 : (b == k ? 1 : 0);
        }
      }
      members++;
      attributionSum += s.total;
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
      return BASES.indexOf(s.bases.charAt(i));
    }
    int b = BASES.indexOf(s.bases.charAt(s.bases.length() - 1 - i));
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
