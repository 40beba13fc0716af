package org.motifworkbench.peaks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.motifworkbench.data.FastaWriter;
import org.motifworkbench.sequence.SequenceRecord;

/**
 * A labelled training set made from peaks: peak windows ({@code label=peak}) then background
 * windows ({@code label=background}), each named by its coordinates ({@code chr1:100-300}, 0-based
 * start as in BED), with the report of how it was made.
 */
public record PeakDataset(List<SequenceRecord> records, DatasetReport report) {

  public static final String PEAK = "peak";
  public static final String BACKGROUND = "background";

  public PeakDataset {
    records = List.copyOf(records);
  }

  /** Writes the records as FASTA, atomically (a temporary file, then a rename). */
  public void write(Path fasta) throws IOException {
    FastaWriter.write(fasta, records);
  }
}
