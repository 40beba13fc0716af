package org.motifworkbench.sequence;

/**
 * The four DNA bases in the order used everywhere in the workbench: one-hot channels, matrix
 * columns, motif rows, figure rows and palettes all index A, C, G, T as 0, 1, 2, 3.
 */
public final class DnaAlphabet {

  /** The bases in index order. */
  public static final String ACGT = "ACGT";

  private DnaAlphabet() {}

  /** 0..3 for A, C, G, T (either case), -1 for anything else (N, IUPAC codes, U). */
  public static int index(char base) {
    return switch (base) {
      case 'A', 'a' -> 0;
      case 'C', 'c' -> 1;
      case 'G', 'g' -> 2;
      case 'T', 't' -> 3;
      default -> -1;
    };
  }
}
