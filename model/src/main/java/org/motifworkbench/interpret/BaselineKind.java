package org.motifworkbench.interpret;

/** The reference input integrated gradients start from. */
public enum BaselineKind {
  /** Every base 0.25: "no information" at every position. */
  UNIFORM,
  /** The sequence's own bases in shuffled order (same composition, seeded). */
  SHUFFLED
}
