package org.motifworkbench.variants;

/**
 * What happened to one variant allele. Only {@link #OK} rows carry scores; every other status says
 * why the allele was not scored, in the words the effects table's {@code status} column uses.
 */
public enum VariantStatus {
  OK("ok"),
  /** REF differs from the genome's bases (compared upper case): a different build, or an error. */
  REF_MISMATCH("ref mismatch"),
  /** The genome has no sequence of that name. */
  CONTIG_MISSING("contig missing"),
  /** REF reaches past the end of the contig: the VCF belongs to another build. */
  POSITION_OFF_CONTIG("position off contig"),
  /** The window of the model's length around the variant runs off an end of the contig. */
  WINDOW_OFF_CONTIG("window off contig"),
  /** REF and ALT differ in length: an insertion or deletion. */
  INDEL("skipped: indel"),
  /** REF and ALT have the same length above one base: a multi-nucleotide substitution. */
  MULTI_BASE("skipped: multi-base substitution"),
  /** A symbolic allele ({@code <DEL>}, {@code <NON_REF>}) or a breakend. */
  SYMBOLIC("skipped: symbolic allele"),
  /** {@code *}: the allele is deleted by an overlapping deletion. */
  SPANNING_DELETION("skipped: spanning deletion"),
  /** ALT is {@code .}: a site with no alternative allele. */
  NO_ALT("skipped: no alternative allele");

  private final String label;

  VariantStatus(String label) {
    this.label = label;
  }

  /** The text of the effects table's status column. */
  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label;
  }
}
