/**
 * A genome scanned with a trained model: regions as samtools and IGV users type them, every window
 * along a region scored in chunks that see the same context as one long stretch, and the scores
 * written as a bedGraph track and merged into peaks (BED).
 */
package org.motifworkbench.scan;
