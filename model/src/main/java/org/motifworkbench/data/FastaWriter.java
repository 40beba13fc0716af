package org.motifworkbench.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.motifworkbench.files.AtomicFile;
import org.motifworkbench.sequence.SequenceRecord;

/** Writes records as FASTA: {@code >id description}, then the bases in lines of 80. */
public final class FastaWriter {

  public static final int LINE_WIDTH = 80;

  private FastaWriter() {}

  public static String format(List<SequenceRecord> records) {
    StringBuilder sb = new StringBuilder();
    for (SequenceRecord r : records) {
      sb.append('>').append(r.id());
      if (!r.description().isEmpty()) {
        sb.append(' ').append(r.description());
      }
      sb.append('\n');
      String bases = r.bases();
      for (int i = 0; i < bases.length(); i += LINE_WIDTH) {
        sb.append(bases, i, Math.min(bases.length(), i + LINE_WIDTH)).append('\n');
      }
    }
    return sb.toString();
  }

  /** Writes atomically: a temporary file beside {@code file}, then a rename. */
  public static void write(Path file, List<SequenceRecord> records) throws IOException {
    AtomicFile.writeString(file, format(records));
  }
}
