package org.motifworkbench.motif;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the database motifs a query motif resembles, like Tomtom: every offset (partial overlaps
 * included) and both strands, summed column similarities, p-values from the database's own columns.
 * The database is prepared once; an instance is immutable and can be shared between threads.
 */
public final class MotifMatcher {

  private final TargetColumns targets;
  private final MatchOptions options;

  private MotifMatcher(TargetColumns targets, MatchOptions options) {
    this.targets = targets;
    this.options = options;
  }

  /** A matcher over the motifs of a MEME file with the default options. */
  public static MotifMatcher of(MemeFile database) {
    return of(database.motifs(), MatchOptions.defaults());
  }

  /**
   * A matcher over {@code database}.
   *
   * @throws IllegalArgumentException when the database is empty
   */
  public static MotifMatcher of(List<Motif> database, MatchOptions options) {
    if (database.isEmpty()) {
      throw new IllegalArgumentException("the motif database is empty");
    }
    return new MotifMatcher(TargetColumns.of(database, options.similarity()), options);
  }

  public MatchOptions options() {
    return options;
  }

  /** Number of database motifs (the factor from p-value to E-value). */
  public int size() {
    return targets.size();
  }

  /** One match per database motif, most significant first. */
  public List<MotifMatch> match(Motif query) {
    QueryScores scores = QueryScores.of(query, targets, options.similarity());
    OverlapNull nul = OverlapNull.of(scores, Math.min(query.width(), targets.maxWidth()));
    int n = targets.size();
    Alignment[] best = new Alignment[n];
    double[] p = new double[n];
    for (int k = 0; k < n; k++) {
      int minOverlap = options.minOverlap(query.width(), targets.width(k));
      best[k] = Alignment.best(scores, nul, targets, k, minOverlap);
      p[k] = best[k].correctedPValue();
    }
    double[] q = BenjaminiHochberg.qValues(p);
    List<MotifMatch> out = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      out.add(toMatch(k, best[k], p[k], q[k]));
    }
    out.sort(
        Comparator.comparingDouble(MotifMatch::pValue)
            .thenComparing(Comparator.comparingDouble(MotifMatch::score).reversed()));
    return List.copyOf(out);
  }

  /** The {@code top} most significant matches (all when fewer). */
  public List<MotifMatch> match(Motif query, int top) {
    if (top < 0) {
      throw new IllegalArgumentException("top must be >= 0");
    }
    List<MotifMatch> all = match(query);
    return all.subList(0, Math.min(top, all.size()));
  }

  private MotifMatch toMatch(int k, Alignment a, double p, double q) {
    Motif target = targets.motif(k);
    return new MotifMatch(
        target.id(),
        target.altName(),
        a.offset(),
        a.strand(),
        a.overlap(),
        a.score(),
        p,
        p * targets.size(),
        q);
  }
}
