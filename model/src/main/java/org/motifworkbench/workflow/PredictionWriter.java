package org.motifworkbench.workflow;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.motifworkbench.bundle.ModelBundle;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.evaluation.Evaluator;
import org.motifworkbench.files.AtomicFile;
import org.motifworkbench.sequence.FastaReader;
import org.motifworkbench.sequence.SequenceRecord;
import org.motifworkbench.task.CancellationToken;
import org.motifworkbench.task.ProgressListener;

/**
 * Predicts a FASTA file of any size to a TSV or CSV table (id, predicted class, one probability column
 * per class named after the class), reading and scoring in batches so memory stays flat. The table
 * appears only when complete ({@link AtomicFile}).
 */
public final class PredictionWriter {

  /** Batch size that was fastest for prediction on CPU (larger batches cost memory, not speed). */
  public static final int DEFAULT_BATCH = 250;

  private PredictionWriter() {}

  /** Writes predictions for every record of {@code fasta}; returns the number of sequences. */
  public static long predict(ModelBundle bundle, Path fasta, Path out, int batchSize,
      ProgressListener progress, CancellationToken cancel) throws IOException {
    return predict(bundle, fasta, out, bundle.manifest().lengthPolicy().mode(), batchSize,
        progress, cancel);
  }

  /** As above, fitting sequences to the model's length with {@code mode}. */
  public static long predict(ModelBundle bundle, Path fasta, Path out, LengthPolicy.Mode mode,
      int batchSize, ProgressListener progress, CancellationToken cancel) throws IOException {
    char sep = out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? ',' : '\t';
    List<String> classes = bundle.manifest().classNames();
    long fileSize = Math.max(1, Files.size(fasta));
    long[] counts = new long[2]; // sequences scored, bytes read (approximately)
    AtomicFile.write(out, stream -> {
      Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
      w.write(header(classes, sep));
      try (FastaReader reader = FastaReader.openForScoring(fasta)) {
        List<SequenceRecord> batch = new ArrayList<>(batchSize);
        while (reader.hasNext()) {
          SequenceRecord r = reader.next();
          batch.add(r);
          counts[1] += r.length() + r.id().length() + r.description().length() + 3;
          if (batch.size() == batchSize || !reader.hasNext()) {
            cancel.throwIfCancelled();
            writeRows(w, batch, bundle.predict(batch, mode, batchSize), classes, sep);
            counts[0] += batch.size();
            batch.clear();
            progress.progress(Math.min(1.0, (double) counts[1] / fileSize),
                counts[0] + " sequences scored");
          }
        }
      }
      w.flush();
    });
    return counts[0];
  }

  static String header(List<String> classes, char sep) {
    StringBuilder b = new StringBuilder("id").append(sep).append("predicted");
    for (String c : classes) {
      b.append(sep).append(c);
    }
    return b.append('\n').toString();
  }

  private static void writeRows(Writer w, List<SequenceRecord> batch, float[][] probs,
      List<String> classes, char sep) throws IOException {
    StringBuilder b = new StringBuilder(64);
    for (int i = 0; i < batch.size(); i++) {
      b.setLength(0);
      b.append(batch.get(i).id()).append(sep).append(classes.get(Evaluator.argmax(probs[i])));
      for (float v : probs[i]) {
        b.append(sep).append(PredictionTable.probability(v));
      }
      w.write(b.append('\n').toString());
    }
  }
}
