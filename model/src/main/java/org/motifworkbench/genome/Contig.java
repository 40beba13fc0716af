package org.motifworkbench.genome;

/** One sequence of a reference genome (a chromosome or scaffold): its name and length in bases. */
public record Contig(String name, long length) {

  public Contig {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("a contig needs a name");
    }
    if (length < 0) {
      throw new IllegalArgumentException("negative contig length " + length);
    }
  }
}
