package org.motifworkbench.scan;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.motifworkbench.data.SignalClass;
import org.motifworkbench.encoding.ReverseComplement;
import org.motifworkbench.genome.GenomicInterval;
import org.motifworkbench.genome.ReferenceGenome;
import org.motifworkbench.network.ClassScores;
import org.motifworkbench.network.SequenceClassifier;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.progress.ProgressListener;
import org.motifworkbench.sequence.InvalidInputException;
import org.motifworkbench.sequence.SourceLocation;

/**
 * Scores every window of the model's length along genome regions: a pure function of (model,
 * genome, regions, options) whose window scores stream to a consumer in order, so memory stays flat
 * in region length and the same call can later run per partition on a cluster.
 *
 * <p>Windows start on a grid of the step anchored at the contig's first base and lie wholly inside
 * the contig; a region gets the windows whose centre (start + L/2) lies in it. The region is read
 * in chunks of up to {@value #CHUNK_WINDOWS} windows, each with the widest kernel's width of real
 * bases on either side (where the contig has them), so a window near a chunk's edge sees the same
 * context as in one stretch of the whole contig. A window with more than half its bases N gets no
 * value (a gap in the track).
 */
public final class GenomeScanner {

  /** Windows scored per call of the network; the chunk also stays under {@value #CHUNK_BASES}. */
  static final int CHUNK_WINDOWS = 65_536;

  static final int CHUNK_BASES = 1 << 20;

  private final SequenceClassifier classifier;
  private final ReferenceGenome genome;
  private final ScanOptions options;
  private final int length;
  private final int margin;
  private final int classIndex;
  private final int chunkWindows;

  private GenomeScanner(
      SequenceClassifier classifier,
      ReferenceGenome genome,
      ScanOptions options,
      int chunkWindows) {
    this.chunkWindows = chunkWindows;
    this.classifier = classifier;
    this.genome = genome;
    this.options = options;
    this.length = classifier.inputLength();
    this.margin = Collections.max(classifier.spec().kernelSizes());
    this.classIndex = classIndex(classifier.classNames(), options.className());
  }

  /**
   * Scans {@code regions} (sorted, not overlapping: see {@link RegionParser#parseAll}) and hands
   * each window's score to {@code out}, in region order and by position.
   *
   * @param progress bases done of all regions' bases
   * @throws IllegalArgumentException for an unknown class name
   * @throws org.motifworkbench.progress.CancelledException when {@code cancel} asks
   */
  public static ScanSummary scan(
      SequenceClassifier classifier,
      ReferenceGenome genome,
      List<GenomicInterval> regions,
      ScanOptions options,
      Consumer<WindowScore> out,
      ProgressListener progress,
      CancellationToken cancel) {
    return scan(classifier, genome, regions, options, out, progress, cancel, CHUNK_WINDOWS);
  }

  /** As above with chunks of at most {@code chunkWindows} windows (tests use small ones). */
  static ScanSummary scan(
      SequenceClassifier classifier,
      ReferenceGenome genome,
      List<GenomicInterval> regions,
      ScanOptions options,
      Consumer<WindowScore> out,
      ProgressListener progress,
      CancellationToken cancel,
      int chunkWindows) {
    return new GenomeScanner(classifier, genome, options, chunkWindows)
        .run(regions, out, progress, cancel);
  }

  /**
   * The index of {@code className} among the model's classes, or of the signal class when it is
   * null.
   *
   * @throws IllegalArgumentException naming the classes there are
   */
  public static int classIndex(List<String> classNames, String className) {
    if (className == null) {
      return SignalClass.indexIn(classNames);
    }
    int i = classNames.indexOf(className);
    if (i < 0) {
      throw new IllegalArgumentException(
          "the model has no class '" + className + "'; its classes are " + classNames + ".");
    }
    return i;
  }

  private ScanSummary run(
      List<GenomicInterval> regions,
      Consumer<WindowScore> out,
      ProgressListener progress,
      CancellationToken cancel) {
    long started = System.nanoTime();
    long total = regions.stream().mapToLong(GenomicInterval::length).sum();
    long[] counts = new long[2]; // windows scored, windows in gaps
    long done = 0;
    for (GenomicInterval region : regions) {
      scanRegion(region, done, total, out, counts, progress, cancel);
      done += region.length();
    }
    progress.progress(1, "scanned " + regions.size() + " regions");
    return new ScanSummary(counts[0], counts[1], total, (System.nanoTime() - started) / 1e9);
  }

  private void scanRegion(
      GenomicInterval region,
      long doneBefore,
      long total,
      Consumer<WindowScore> out,
      long[] counts,
      ProgressListener progress,
      CancellationToken cancel) {
    long contigLength =
        genome
            .contig(region.contig())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        genome.missingContig(region.contig()).orElseThrow()))
            .length();
    int step = options.step();
    int half = length / 2;
    long first = ceilToStep(Math.max(0, region.start() - half), step);
    long last = Math.min(contigLength - length, region.end() - 1 - half);
    last -= Math.floorMod(last, step);
    int perChunk = (int) Math.max(1, Math.min(chunkWindows, (long) (CHUNK_BASES - length) / step));
    for (long s0 = first; s0 <= last; s0 += (long) perChunk * step) {
      cancel.throwIfCancelled();
      int n = (int) Math.min(perChunk, (last - s0) / step + 1);
      scoreChunk(region.contig(), contigLength, s0, n, out, counts);
      long centre = s0 + (long) (n - 1) * step + half;
      long doneHere = Math.min(region.length(), centre + 1 - region.start());
      progress.progress(
          total == 0 ? 1 : (doneBefore + doneHere) / (double) total,
          String.format(
              Locale.ROOT, "scanning %s:%,d", region.contig(), Math.min(centre + 1, region.end())));
    }
  }

  /** Scores n windows from {@code s0} on, each {@code step} apart, and hands out the valid ones. */
  private void scoreChunk(
      String contig, long contigLength, long s0, int n, Consumer<WindowScore> out, long[] counts) {
    int step = options.step();
    long sLast = s0 + (long) (n - 1) * step;
    long a = Math.max(0, s0 - margin);
    long b = Math.min(contigLength, sLast + length + margin);
    String bases = genome.bases(contig, a, b);
    int[] nBefore = new int[bases.length() + 1];
    for (int i = 0; i < bases.length(); i++) {
      char c = bases.charAt(i);
      nBefore[i + 1] = nBefore[i] + (c == 'N' || c == 'n' ? 1 : 0);
    }
    boolean[] valid = new boolean[n];
    int firstValid = -1;
    int lastValid = -1;
    for (int i = 0; i < n; i++) {
      int o = (int) (s0 - a) + i * step;
      valid[i] = 2 * (nBefore[o + length] - nBefore[o]) <= length;
      if (valid[i]) {
        firstValid = firstValid < 0 ? i : firstValid;
        lastValid = i;
      } else {
        counts[1]++;
      }
    }
    if (firstValid < 0) {
      return;
    }
    int count = lastValid - firstValid + 1;
    int offset = (int) (s0 - a) + firstValid * step;
    double[] values;
    try {
      values = values(bases, offset, count);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          new SourceLocation(genome.file().toString(), 0),
          "the bases of "
              + new GenomicInterval(contig, a, b)
              + " cannot be scored: "
              + e.getMessage()
              + " (counted from "
              + (a + 1)
              + ").",
          e);
    }
    for (int j = 0; j < count; j++) {
      int i = firstValid + j;
      if (valid[i]) {
        long start = s0 + (long) i * step;
        out.accept(new WindowScore(contig, start, start + length / 2, values[j]));
        counts[0]++;
      }
    }
  }

  /** The score of {@code count} windows from {@code offset} of {@code bases} on. */
  private double[] values(String bases, int offset, int count) {
    boolean shared = !options.exact();
    int step = options.step();
    float[] forward = classifier.windowLogits(bases, offset, count, step, shared);
    int outputs = forward.length / count;
    double[] out = new double[count];
    if (!options.bothStrands()) {
      for (int i = 0; i < count; i++) {
        out[i] =
            options.unit() == ScoreUnit.LOGIT
                ? classLogit(forward, outputs, i)
                : probability(forward, outputs, i);
      }
      return out;
    }
    // window i of the forward stretch is window count-1-i of its reverse complement
    String reverse = ReverseComplement.of(bases);
    int m = bases.length();
    int reverseFirst = m - offset - (count - 1) * step - length;
    float[] backward = classifier.windowLogits(reverse, reverseFirst, count, step, shared);
    for (int i = 0; i < count; i++) {
      double p =
          (probability(forward, outputs, i) + probability(backward, outputs, count - 1 - i)) / 2;
      out[i] = options.unit() == ScoreUnit.LOGIT ? logit(p) : p;
    }
    return out;
  }

  private double classLogit(float[] logits, int outputs, int i) {
    return ClassScores.logit(logits, outputs, i, classIndex);
  }

  private double probability(float[] logits, int outputs, int i) {
    return ClassScores.probability(logits, outputs, i, classIndex);
  }

  /** The log-odds of p, kept finite (p within 1e-12 of 0 or 1 gives about +-27.6). */
  static double logit(double p) {
    double q = Math.min(1 - 1e-12, Math.max(1e-12, p));
    return Math.log(q / (1 - q));
  }

  private static long ceilToStep(long position, int step) {
    long r = Math.floorMod(position, step);
    return r == 0 ? position : position + step - r;
  }
}
