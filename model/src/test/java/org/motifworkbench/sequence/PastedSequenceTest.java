package org.motifworkbench.sequence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Sequences typed or pasted into the Inspect screen. */
class PastedSequenceTest {

  @Test
  void bareBasesWithWhitespaceAndLineBreaks() {
    SequenceRecord r = PastedSequence.parse("  acgt ACGT\n\tNNAC\r\n");
    assertEquals("acgtACGTNNAC", r.bases());
    assertEquals(PastedSequence.DEFAULT_ID, r.id());
  }

  @Test
  void aFastaHeaderIsSkippedAndNamesTheSequence() {
    SequenceRecord r = PastedSequence.parse(">seq7 label=positive pos=3\nACGT\nGG\n");
    assertEquals("ACGTGG", r.bases());
    assertEquals("seq7", r.id());
    assertEquals("label=positive pos=3", r.description());
  }

  @Test
  void aWrongCharacterIsNamedWithItsPosition() {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> PastedSequence.parse(">x\nACGT\nAC-GT"));
    assertTrue(
        e.getMessage().startsWith("Position 7 contains '-', which is not a DNA base."),
        e.getMessage());
    assertTrue(e.getMessage().endsWith("(line 3 of the text)"), e.getMessage());
    InvalidInputException protein =
        assertThrows(InvalidInputException.class, () -> PastedSequence.parse("ACGTX"));
    assertTrue(protein.getMessage().endsWith("explain it again."), protein.getMessage());
  }

  @Test
  void emptyTextAndSeveralRecordsAreRefused() {
    assertThrows(InvalidInputException.class, () -> PastedSequence.parse(" \n>only a header\n"));
    InvalidInputException two =
        assertThrows(InvalidInputException.class, () -> PastedSequence.parse(">a\nAC\n>b\nGT"));
    assertTrue(two.getMessage().contains("one sequence at a time"), two.getMessage());
  }
}
