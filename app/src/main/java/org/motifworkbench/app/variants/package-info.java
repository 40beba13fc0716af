/**
 * The Variants view: variant effects of a VCF on the current model, a table sortable by delta, and
 * for a clicked variant the reference and alternative saliency tracks and the mutagenesis strip.
 * Built on its own, so the Genome screen can hold it in a tab.
 */
package org.motifworkbench.app.variants;
