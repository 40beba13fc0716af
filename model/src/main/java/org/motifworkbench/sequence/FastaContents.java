package org.motifworkbench.sequence;

import java.util.List;

/** Everything read from one FASTA file: its records in file order and the warnings raised. */
public record FastaContents(List<SequenceRecord> records, List<InputWarning> warnings) {

  public FastaContents {
    records = List.copyOf(records);
    warnings = List.copyOf(warnings);
  }
}
