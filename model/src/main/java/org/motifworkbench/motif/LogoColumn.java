package org.motifworkbench.motif;

import java.util.List;

/**
 * One sequence-logo column: its information content in bits and its four letters ordered from the
 * smallest to the largest height, the order in which a logo stacks them from the bottom.
 */
public record LogoColumn(double bits, List<LetterHeight> letters) {

  public LogoColumn {
    letters = List.copyOf(letters);
  }
}
