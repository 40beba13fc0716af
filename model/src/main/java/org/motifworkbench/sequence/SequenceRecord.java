package org.motifworkbench.sequence;

import java.util.Objects;

/**
 * One DNA sequence as read from input: its id, the rest of its header line, its bases (as written,
 * upper or lower case, IUPAC allowed), its class label (null when unlabelled) and where it was
 * read.
 */
public record SequenceRecord(
    String id, String description, String bases, String label, SourceLocation source) {

  public SequenceRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(bases, "bases");
    description = description == null ? "" : description;
  }

  public int length() {
    return bases.length();
  }

  public SequenceRecord withLabel(String newLabel) {
    return new SequenceRecord(id, description, bases, newLabel, source);
  }
}
