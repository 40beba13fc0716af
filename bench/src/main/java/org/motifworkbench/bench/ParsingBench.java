package org.motifworkbench.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.motifworkbench.encoding.OneHotEncoder;
import org.motifworkbench.sequence.DnaAlphabet;
import org.motifworkbench.sequence.FastaReader;
import org.motifworkbench.sequence.SequenceRecord;

/**
 * FASTA reading plus one-hot encoding throughput on a generated file of several hundred MB, beside
 * plain reading of the same bytes (the file is in the page cache after the first pass).
 */
final class ParsingBench {

  private final int megabytes;

  ParsingBench(int megabytes) {
    this.megabytes = megabytes;
  }

  void run(BenchTable table, Path workDir) throws IOException {
    Path fasta = workDir.resolve("parse-bench.fa");
    write(fasta, megabytes * 1_000_000L, Long.MAX_VALUE);
    double mb = Files.size(fasta) / 1e6;
    double[] raw = new double[3];
    double[] parsed = new double[3];
    for (int i = 0; i < 3; i++) {
      raw[i] = timeSeconds(() -> readBytes(fasta));
      parsed[i] = timeSeconds(() -> parseAndEncode(fasta));
    }
    double mine = mb / Stats.median(parsed);
    double base = mb / Stats.median(raw);
    table.row(
        BenchTable.fmt("FASTA parse + one-hot encode, %.0f MB", mb),
        BenchTable.fmt("%.0f MB/s", mine),
        BenchTable.fmt("plain read %.0f MB/s", base),
        mine / base,
        ">= 300 MB/s",
        mine >= 300);
    Files.delete(fasta);
  }

  private interface Work {
    void run() throws IOException;
  }

  private static double timeSeconds(Work work) throws IOException {
    long t = System.nanoTime();
    work.run();
    return (System.nanoTime() - t) / 1e9;
  }

  private static void readBytes(Path fasta) throws IOException {
    byte[] buffer = new byte[1 << 20];
    try (InputStream in = Files.newInputStream(fasta)) {
      while (in.read(buffer) >= 0) {
        // only the reading is timed
      }
    }
  }

  private static void parseAndEncode(Path fasta) {
    float[] encoded = new float[4 * 1024];
    try (FastaReader reader = FastaReader.open(fasta)) {
      while (reader.hasNext()) {
        SequenceRecord r = reader.next();
        if (4 * r.length() > encoded.length) {
          encoded = new float[4 * r.length()];
        }
        OneHotEncoder.encode(r.bases(), encoded, 0, r.length());
      }
    }
  }

  /**
   * Random 200-bp records, 60 bases per line, until the file holds {@code bytes} or {@code
   * records}.
   */
  static void write(Path fasta, long bytes, long records) throws IOException {
    SplittableRandom random = new SplittableRandom(3);
    byte[] acgt = DnaAlphabet.ACGT.getBytes(StandardCharsets.US_ASCII);
    long written = 0;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(fasta), 1 << 20)) {
      byte[] line = new byte[61];
      line[60] = '\n';
      for (long n = 1; written < bytes && n <= records; n++) {
        byte[] header =
            (">seq" + n + " label=" + (n % 2 == 0 ? "positive" : "negative") + "\n")
                .getBytes(StandardCharsets.US_ASCII);
        out.write(header);
        written += header.length;
        for (int left = 200; left > 0; left -= 60) {
          int k = Math.min(60, left);
          for (int i = 0; i < k; i++) {
            line[i] = acgt[random.nextInt(4)];
          }
          line[k] = '\n';
          out.write(line, 0, k + 1);
          written += k + 1;
        }
      }
    }
  }
}
