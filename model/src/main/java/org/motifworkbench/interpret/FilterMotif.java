package org.motifworkbench.interpret;

import org.motifworkbench.motif.Motif;

/**
 * The motif a first-layer filter responds to: the base frequencies of the input windows that
 * activated it above the threshold (Basset's procedure), with the number of such sites.
 *
 * @param kernel the filter width (its branch)
 * @param filter the filter's index within its branch
 * @param motif the probability matrix (width = kernel), with pseudocounts; its site count is {@code
 *     sites} (0 when none passed)
 * @param sites the number of windows that passed the threshold
 * @param maxActivation the filter's largest activation over the data
 * @param reliable false when too few sites were found for the matrix to mean much
 */
public record FilterMotif(
    int kernel, int filter, Motif motif, int sites, double maxActivation, boolean reliable) {}
