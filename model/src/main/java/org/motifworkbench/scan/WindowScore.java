package org.motifworkbench.scan;

/**
 * One scanned window's score: the window starts at {@code windowStart} (0-based) on {@code contig},
 * its centre is {@code windowStart + L/2} (the base the track puts the value on), and {@code value}
 * is the signal class's probability or logit, as the scan was asked.
 */
public record WindowScore(String contig, long windowStart, long centre, double value) {}
