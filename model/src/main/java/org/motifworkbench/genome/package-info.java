/**
 * Genomic data: a reference genome read through its index (htsjdk), intervals in BED's 0-based
 * half-open coordinates, and a synthetic genome for tests and examples. Peaks, scans and variant
 * effects build on these.
 */
package org.motifworkbench.genome;
