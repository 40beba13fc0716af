package org.motifworkbench.motif;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.progress.CancelledException;
import org.motifworkbench.progress.ProgressListener;

/**
 * Finds the database motifs a query motif resembles, the way Tomtom (MEME Suite 5) does: every
 * offset (partial overlaps included) on both strands, complete scores (a query column outside the
 * overlap counts as its median), and the p-value of the best alignment's score from the null of the
 * query's columns against every database column (Gupta et al. 2007, Genome Biology 8:R24; computed
 * as memesuite-lite's Tomtom computes it). The database is prepared once; an instance is immutable
 * and can be shared between threads.
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
    OverlapNull nul = OverlapNull.of(scores);
    int n = targets.size();
    Alignment[] best = new Alignment[n];
    double[] p = new double[n];
    for (int k = 0; k < n; k++) {
      int wt = targets.width(k);
      int minOverlap = options.minOverlap(query.width(), wt);
      Alignment plus = Alignment.best(scores, targets, k, 0, minOverlap);
      Alignment minus = Alignment.best(scores, targets, k, 1, minOverlap);
      double pPlus = nul.pValue(wt, minOverlap, plus.binned());
      double pMinus = nul.pValue(wt, minOverlap, minus.binned());
      // The better strand of two: 1 - (1 - p)^2 for the smaller p.
      double single = Math.min(pPlus, pMinus);
      p[k] = Math.min(1, single * (2 - single));
      best[k] = minus.binned() > plus.binned() ? minus : plus;
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

  /**
   * The {@code top} matches of every query, in the queries' order, computed on up to {@code
   * threads} threads (queries are independent).
   *
   * @throws CancelledException when {@code cancel} is cancelled; checked between queries
   */
  public List<List<MotifMatch>> matchAll(
      List<Motif> queries,
      int top,
      int threads,
      ProgressListener progress,
      CancellationToken cancel) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1");
    }
    int n = queries.size();
    AtomicReferenceArray<List<MotifMatch>> results = new AtomicReferenceArray<>(n);
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    Runnable worker =
        () -> {
          for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
            cancel.throwIfCancelled();
            results.set(i, match(queries.get(i), top));
            int finished = done.incrementAndGet();
            synchronized (done) {
              progress.progress(finished / (double) n, finished + " of " + n + " motifs compared");
            }
          }
        };
    int helpers = Math.min(threads, n) - 1;
    if (helpers <= 0) {
      worker.run();
      return collect(results);
    }
    ExecutorService pool = Executors.newFixedThreadPool(helpers, MotifMatcher::daemon);
    try {
      List<Future<?>> futures = new ArrayList<>(helpers);
      for (int t = 0; t < helpers; t++) {
        futures.add(pool.submit(worker));
      }
      worker.run();
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancelledException();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return collect(results);
  }

  private static List<List<MotifMatch>> collect(AtomicReferenceArray<List<MotifMatch>> results) {
    List<List<MotifMatch>> out = new ArrayList<>(results.length());
    for (int i = 0; i < results.length(); i++) {
      out.add(results.get(i));
    }
    return List.copyOf(out);
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "motif-matcher");
    t.setDaemon(true);
    return t;
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
