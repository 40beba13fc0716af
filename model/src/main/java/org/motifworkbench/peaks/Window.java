package org.motifworkbench.peaks;

import org.motifworkbench.genome.GenomicInterval;

/**
 * A window cut from the genome: where it lies, its bases in upper case, whether any were
 * soft-masked (lower case) in the genome, and its GC fraction.
 */
record Window(GenomicInterval interval, String bases, boolean softMasked, double gc) {}
