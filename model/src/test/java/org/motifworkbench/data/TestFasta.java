package org.motifworkbench.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.motifworkbench.sequence.SequenceRecord;
import org.motifworkbench.sequence.SequenceSet;

/** A tiny FASTA reader for tests only (the real reader lives in the sequence package). */
final class TestFasta {

  /** 2,000 real ChIP-seq peaks and shuffles of 101 bp, shipped in {@code samples/}. */
  static final Path TFBS = Path.of("..", "samples", "tfbs-chipseq.fa");

  private TestFasta() {}

  /** Records of a FASTA text: id, description, bases; labels null. */
  static List<SequenceRecord> parse(String text) {
    List<SequenceRecord> out = new ArrayList<>();
    String header = null;
    StringBuilder bases = new StringBuilder();
    for (String line : (text + "\n>").split("\n")) {
      if (line.startsWith(">")) {
        if (header != null) {
          String[] parts = header.split("\\s+", 2);
          out.add(
              new SequenceRecord(
                  parts[0], parts.length > 1 ? parts[1] : "", bases.toString(), null, null));
        }
        header = line.substring(1).strip();
        bases.setLength(0);
      } else {
        bases.append(line.strip());
      }
    }
    return out;
  }

  /** The real TFBS sample, labelled bound / shuffled from the id (shuffles end in _shuf). */
  static SequenceSet tfbs() throws IOException {
    List<SequenceRecord> records = new ArrayList<>();
    for (SequenceRecord r : parse(Files.readString(TFBS))) {
      records.add(r.withLabel(r.id().endsWith("_shuf") ? "shuffled" : "bound"));
    }
    return new SequenceSet(records, List.of("bound", "shuffled"), List.of());
  }
}
