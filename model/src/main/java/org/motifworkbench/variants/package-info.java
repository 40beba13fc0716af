/**
 * Variant effects: a VCF read through htsjdk, each SNV's window of the model's length scored with
 * the reference and the alternative base, and the effects as a table. Pure functions of (model,
 * genome, variants, options) to records, so the same code can run on one batch of a partitioned VCF
 * elsewhere.
 */
package org.motifworkbench.variants;
