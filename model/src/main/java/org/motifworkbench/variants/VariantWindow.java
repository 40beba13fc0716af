package org.motifworkbench.variants;

import java.util.Locale;
import org.motifworkbench.genome.GenomicInterval;
import org.motifworkbench.genome.ReferenceGenome;

/**
 * The window of the model's length L around an SNV, with the reference and the alternative base.
 * The variant sits at index L / 2 of the window: the centre for odd L; for even L the first base
 * right of the middle (L / 2 bases before it, L / 2 - 1 after), as {@code LengthPolicy}'s centring
 * crops.
 *
 * @param interval the window on the genome (0-based, half-open)
 * @param offset the variant's index in the window (L / 2)
 * @param ref the window's bases as in the genome, upper-cased
 * @param alt the same with the alternative base at {@code offset}
 */
public record VariantWindow(GenomicInterval interval, int offset, String ref, String alt) {

  /** The 0-based start of the window of {@code length} bases around 1-based {@code position}. */
  public static long start(long position, int length) {
    return position - 1 - length / 2;
  }

  /**
   * Cuts the window around an SNV out of the genome.
   *
   * @throws IllegalArgumentException when the window runs off the contig or the allele is not a
   *     single base
   */
  public static VariantWindow of(
      ReferenceGenome genome, String contig, long position, String altBase, int length) {
    if (altBase.length() != 1) {
      throw new IllegalArgumentException("not a single-base allele: " + altBase);
    }
    long start = start(position, length);
    GenomicInterval interval = new GenomicInterval(contig, start, start + length);
    String ref = genome.bases(interval).toUpperCase(Locale.ROOT);
    return of(interval, ref, altBase);
  }

  static VariantWindow of(GenomicInterval interval, String ref, String altBase) {
    int offset = ref.length() / 2;
    String alt =
        ref.substring(0, offset) + altBase.toUpperCase(Locale.ROOT) + ref.substring(offset + 1);
    return new VariantWindow(interval, offset, ref, alt);
  }
}
