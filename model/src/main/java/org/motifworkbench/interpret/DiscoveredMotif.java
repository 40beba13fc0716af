package org.motifworkbench.interpret;

import org.motifworkbench.motif.Motif;

/**
 * A motif found by clustering high-attribution windows (seqlets) of correctly predicted sequences.
 *
 * @param motif the probability matrix, trimmed to its informative core; its site count is the
 *     support
 * @param support the number of seqlets in the cluster
 * @param meanAttribution the mean summed attribution of those seqlets
 */
public record DiscoveredMotif(Motif motif, int support, double meanAttribution) {}
