package org.motifworkbench.data;

/** How sequences are divided into training, validation and test parts. */
public enum SplitMode {
  /** Random, with each class divided in the same proportions. */
  STRATIFIED,
  /** Whole chromosomes go to one part, so neighbouring sequences cannot leak between parts. */
  CHROMOSOME
}
