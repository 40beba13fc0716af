/**
 * From peak calls and a reference genome to a labelled training set: peak files (BED, MACS2
 * narrowPeak and broadPeak), a blacklist, windows centred on summits, and three kinds of background
 * windows (dinucleotide-shuffled, GC-matched, flanking), with a report of what was kept and
 * skipped.
 */
package org.motifworkbench.peaks;
