package org.motifworkbench.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.motifworkbench.motif.MatchOptions;
import org.motifworkbench.motif.MemeFile;
import org.motifworkbench.motif.MemeFormat;
import org.motifworkbench.motif.Motif;
import org.motifworkbench.motif.MotifMatcher;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.progress.ProgressListener;

/**
 * All-vs-all motif matching of JASPAR CORE 2016 vertebrates (518 x 518, the database the project
 * ships), Tomtom's method, on the benchmark's threads beside the same work on one thread; the
 * database is prepared inside the timing. memesuite-lite's Tomtom is quoted, not run: it needs
 * numba, which Debian does not package.
 */
final class MatchBench {

  /** memesuite-lite's Tomtom (numba, 2 cores) on the same 518 x 518, measured for issue 19. */
  private static final double MEMESUITE_LITE_SECONDS = 9;

  private final int threads;
  private final int repeats;

  MatchBench(int threads, int repeats) {
    this.threads = threads;
    this.repeats = repeats;
  }

  void run(BenchTable table) throws IOException {
    MemeFile jaspar = MemeFormat.read(locate());
    List<Motif> motifs = jaspar.motifs();
    allVsAll(motifs, threads);
    double[] one = new double[repeats];
    double[] many = new double[repeats];
    for (int i = 0; i < repeats; i++) {
      one[i] = allVsAll(motifs, 1);
      many[i] = allVsAll(motifs, threads);
    }
    double mine = Stats.median(many);
    double base = Stats.median(one);
    int n = motifs.size();
    table.row(
        BenchTable.fmt("motif matching all-vs-all %d x %d, %d threads", n, n, threads),
        BenchTable.fmt("%.2f s", mine),
        BenchTable.fmt("1 thread %.2f s", base),
        mine / base,
        "<= 1 s",
        mine <= 1);
    table.note(
        BenchTable.fmt(
            "memesuite-lite's Tomtom, same comparison on 2 cores: about %.0f s (quoted, issue 19);"
                + " the matcher before issue 19: 3.1 s on one thread",
            MEMESUITE_LITE_SECONDS));
  }

  private static double allVsAll(List<Motif> motifs, int threads) {
    long t = System.nanoTime();
    MotifMatcher matcher = MotifMatcher.of(motifs, MatchOptions.defaults());
    matcher.matchAll(
        motifs, motifs.size(), threads, ProgressListener.NONE, CancellationToken.none());
    return (System.nanoTime() - t) / 1e9;
  }

  /** samples/motif-databases/JASPAR_CORE_2016_vertebrates.meme, found as the sample is. */
  private static Path locate() throws IOException {
    Path script = PytorchReference.defaultScript().toAbsolutePath();
    Path candidate =
        script
            .getParent()
            .getParent()
            .resolve("samples")
            .resolve("motif-databases")
            .resolve("JASPAR_CORE_2016_vertebrates.meme");
    if (!Files.isRegularFile(candidate)) {
      throw new IOException("The bundled JASPAR database is missing: " + candidate);
    }
    return candidate;
  }
}
