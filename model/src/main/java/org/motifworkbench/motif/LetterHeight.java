package org.motifworkbench.motif;

/** One letter of a sequence-logo column: the base (A, C, G or T) and its height in bits. */
public record LetterHeight(char base, double height) {}
