package org.motifworkbench.workflow;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.motifworkbench.bundle.ModelBundle;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.evaluation.Evaluator;
import org.motifworkbench.files.AtomicFile;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.progress.ProgressListener;
import org.motifworkbench.sequence.FastaReader;
import org.motifworkbench.sequence.InvalidInputException;
import org.motifworkbench.sequence.SequenceRecord;
import org.motifworkbench.sequence.SourceLocation;

/**
 * Predicts a FASTA file of any size to a TSV or CSV table (id, predicted class, one probability
 * column per class named after the class), reading and scoring in batches so memory stays flat. The
 * table appears only when complete ({@link AtomicFile}); it has one row per input record, in order.
 */
public final class PredictionWriter {

  /** Batch size that was fastest for prediction on CPU (larger batches cost memory, not speed). */
  public static final int DEFAULT_BATCH = 250;

  /** The largest batch accepted: past a few hundred sequences a batch only costs memory. */
  public static final int MAX_BATCH = 8192;

  /** How many records without bases are named in {@link Written#emptyExamples()}. */
  private static final int EXAMPLES = 3;

  /**
   * What a prediction run wrote.
   *
   * @param rows one per record of the input, in input order
   * @param empty records without bases: their rows have no prediction and empty probabilities
   * @param emptyExamples the first few of those, as "'id' (file:line)"
   */
  public record Written(long rows, long empty, List<String> emptyExamples) {
    public Written {
      emptyExamples = List.copyOf(emptyExamples);
    }
  }

  private PredictionWriter() {}

  /** Writes predictions for every record of {@code fasta}, one row per record. */
  public static Written predict(
      ModelBundle bundle,
      Path fasta,
      Path out,
      int batchSize,
      ProgressListener progress,
      CancellationToken cancel)
      throws IOException {
    return predict(
        bundle, fasta, out, bundle.manifest().lengthPolicy().mode(), batchSize, progress, cancel);
  }

  /**
   * As above, fitting sequences to the model's length with {@code mode}. A record without bases
   * keeps its row (empty probabilities), so row i of the table is always record i of the input.
   */
  public static Written predict(
      ModelBundle bundle,
      Path fasta,
      Path out,
      LengthPolicy.Mode mode,
      int batchSize,
      ProgressListener progress,
      CancellationToken cancel)
      throws IOException {
    return predict(bundle, fasta, out, mode, batchSize, false, progress, cancel);
  }

  /** As above; with {@code bothStrands} each probability is averaged over the two strands. */
  public static Written predict(
      ModelBundle bundle,
      Path fasta,
      Path out,
      LengthPolicy.Mode mode,
      int batchSize,
      boolean bothStrands,
      ProgressListener progress,
      CancellationToken cancel)
      throws IOException {
    if (batchSize < 1 || batchSize > MAX_BATCH) {
      throw new IllegalArgumentException(
          "The batch size must be between 1 and "
              + MAX_BATCH
              + " sequences (got "
              + batchSize
              + ").");
    }
    char sep = out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? ',' : '\t';
    List<String> classes = bundle.manifest().classNames();
    long[] counts = new long[3]; // rows written, bytes read (approximately), records without bases
    List<String> examples = new ArrayList<>();
    // opened before the output, so a missing or unreadable input is reported as such
    try (FastaReader reader = FastaReader.openForScoring(fasta)) {
      long fileSize = Math.max(1, sizeOf(fasta));
      AtomicFile.write(
          out,
          stream -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            w.write(header(classes, sep));
            List<SequenceRecord> batch = new ArrayList<>(Math.min(batchSize, DEFAULT_BATCH));
            while (reader.hasNext()) {
              SequenceRecord r = reader.next();
              batch.add(r);
              counts[1] += r.length() + r.id().length() + r.description().length() + 3;
              if (r.length() == 0 && counts[2]++ < EXAMPLES) {
                examples.add("'" + r.id() + "' (" + r.source() + ")");
              }
              if (batch.size() == batchSize || !reader.hasNext()) {
                cancel.throwIfCancelled();
                writeRows(
                    w,
                    batch,
                    predictNonEmpty(bundle, batch, mode, batchSize, bothStrands),
                    classes,
                    sep);
                counts[0] += batch.size();
                batch.clear();
                progress.progress(
                    Math.min(1.0, (double) counts[1] / fileSize), counts[0] + " sequences scored");
              }
            }
            if (counts[2] == counts[0]) {
              throw new InvalidInputException(
                  new SourceLocation(fasta.toString(), 0),
                  "the file contains no sequences: every record has a header line but no bases."
                      + " Check that this is the right file.");
            }
            w.flush();
          });
    }
    return new Written(counts[0], counts[2], examples);
  }

  /** Probabilities per record of the batch; null for a record without bases. */
  private static float[][] predictNonEmpty(
      ModelBundle bundle,
      List<SequenceRecord> batch,
      LengthPolicy.Mode mode,
      int batchSize,
      boolean bothStrands) {
    List<SequenceRecord> scored = batch.stream().filter(r -> r.length() > 0).toList();
    float[][] probs =
        scored.isEmpty() ? new float[0][] : bundle.predict(scored, mode, batchSize, bothStrands);
    float[][] out = new float[batch.size()][];
    for (int i = 0, k = 0; i < batch.size(); i++) {
      out[i] = batch.get(i).length() > 0 ? probs[k++] : null;
    }
    return out;
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 1; // only used to show progress
    }
  }

  static String header(List<String> classes, char sep) {
    StringBuilder b = new StringBuilder("id").append(sep).append("predicted");
    for (String c : classes) {
      b.append(sep).append(c);
    }
    return b.append('\n').toString();
  }

  private static void writeRows(
      Writer w, List<SequenceRecord> batch, float[][] probs, List<String> classes, char sep)
      throws IOException {
    StringBuilder b = new StringBuilder(64);
    for (int i = 0; i < batch.size(); i++) {
      b.setLength(0);
      b.append(batch.get(i).id()).append(sep);
      if (probs[i] == null) {
        // no bases, no prediction: empty cells keep the row, and read as missing values
        b.append(String.valueOf(sep).repeat(classes.size()));
        w.write(b.append('\n').toString());
        continue;
      }
      b.append(classes.get(Evaluator.argmax(probs[i])));
      for (float v : probs[i]) {
        b.append(sep).append(PredictionTable.probability(v));
      }
      w.write(b.append('\n').toString());
    }
  }
}
