package org.motifworkbench.scan;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.motifworkbench.files.AtomicFile;
import org.motifworkbench.genome.Contig;
import org.motifworkbench.genome.GenomicInterval;
import org.motifworkbench.genome.ReferenceGenome;
import org.motifworkbench.network.SequenceClassifier;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.progress.ProgressListener;

/**
 * A scan written to files, streamed: the bedGraph track as the windows are scored (memory flat in
 * region length), then the merged peaks when asked. Each file is written atomically, so a cancelled
 * or failed scan leaves no partial track. What {@code mwb scan} runs.
 */
public final class ScanFiles {

  /** What was written: the scan's figures, track lines and peaks. */
  public record Written(ScanSummary summary, long trackLines, List<Peak> peaks) {}

  private ScanFiles() {}

  /**
   * Scans {@code regions} into {@code track} (bedGraph) and, when {@code peaks} is not null, the
   * windows at or above {@code threshold} merged into {@code peaks} (BED, or narrowPeak by its
   * name).
   *
   * @param modelName the model file's name, for the track line
   */
  public static Written write(
      SequenceClassifier classifier,
      String modelName,
      ReferenceGenome genome,
      List<GenomicInterval> regions,
      ScanOptions options,
      double threshold,
      Path track,
      Path peaks,
      ProgressListener progress,
      CancellationToken cancel)
      throws IOException {
    int classIndex = GenomeScanner.classIndex(classifier.classNames(), options.className());
    String description =
        description(classifier.classNames().get(classIndex), classifier.inputLength(), options);
    PeakCaller caller = new PeakCaller(threshold, classifier.inputLength());
    ScanSummary[] summary = new ScanSummary[1];
    long[] lines = new long[1];
    AtomicFile.write(
        track,
        stream -> {
          Writer text = new OutputStreamWriter(stream, StandardCharsets.US_ASCII);
          BedGraphWriter writer =
              new BedGraphWriter(
                  text,
                  BedGraphWriter.trackLine(modelName, description, threshold),
                  options.step(),
                  contig -> genome.contig(contig).map(Contig::length).orElse(Long.MAX_VALUE));
          Consumer<WindowScore> both = peaks == null ? writer : writer.andThen(caller);
          summary[0] =
              GenomeScanner.scan(classifier, genome, regions, options, both, progress, cancel);
          writer.finish();
          lines[0] = writer.lines();
          text.flush();
        });
    List<Peak> found = peaks == null ? List.of() : caller.peaks();
    if (peaks != null) {
      AtomicFile.writeString(
          peaks,
          PeakWriter.text(
              found, options.unit(), PeakWriter.isNarrowPeak(peaks.getFileName().toString())));
    }
    return new Written(summary[0], lines[0], found);
  }

  /** "P(bound) of each 200-bp window at its centre, step 1, forward strand". */
  public static String description(String className, int length, ScanOptions options) {
    return String.format(
        Locale.ROOT,
        "%s(%s) of each %d-bp window at its centre, step %d, %s%s",
        options.unit() == ScoreUnit.LOGIT ? "logit " : "P",
        className,
        length,
        options.step(),
        options.bothStrands() ? "both strands" : "forward strand",
        options.exact() ? ", each window alone" : "");
  }
}
