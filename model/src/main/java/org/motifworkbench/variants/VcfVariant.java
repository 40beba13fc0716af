package org.motifworkbench.variants;

import java.util.List;
import java.util.Objects;

/**
 * One data line of a VCF file, as far as variant scoring needs it.
 *
 * @param line the line number in the file (1-based), for messages
 * @param id the ID column, {@code .} when missing
 * @param contig the CHROM column
 * @param position the POS column, 1-based (the first base of REF)
 * @param ref the REF allele, upper case
 * @param alts the ALT alleles as written ({@code <DEL>}, {@code *}, breakends kept as text), empty
 *     for a missing ALT ({@code .})
 */
public record VcfVariant(
    int line, String id, String contig, long position, String ref, List<String> alts) {

  public VcfVariant {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(contig, "contig");
    Objects.requireNonNull(ref, "ref");
    alts = List.copyOf(alts);
  }

  /** Where the variant is, as IGV shows it: {@code chr1:1,234} (1-based). */
  public String locus() {
    return contig + ":" + String.format(java.util.Locale.ROOT, "%,d", position);
  }
}
