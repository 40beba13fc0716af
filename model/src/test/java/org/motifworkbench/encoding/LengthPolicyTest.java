package org.motifworkbench.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.motifworkbench.encoding.LengthPolicy.Mode;
import org.motifworkbench.sequence.InvalidInputException;
import org.motifworkbench.sequence.SequenceRecord;
import org.motifworkbench.sequence.SequenceSet;
import org.motifworkbench.sequence.SourceLocation;

class LengthPolicyTest {

  private static SequenceRecord record(String bases) {
    return new SequenceRecord("s1", "", bases, "x", new SourceLocation("in.fa", 7));
  }

  @ParameterizedTest(name = "{0} {1}: {2} -> {3}")
  @CsvSource({
    "CENTER, 4, ACGTAC, CGTA",
    "CENTER, 4, ACGTACG, CGTA",
    "CENTER, 3, ACGTAC, CGT",
    "CENTER, 6, ACGT, NACGTN",
    "CENTER, 7, ACGT, NACGTNN",
    "CENTER, 4, ACGT, ACGT",
    "LEFT, 3, ACGTAC, ACG",
    "LEFT, 6, ACGT, ACGTNN",
    "FIXED, 4, acgt, acgt",
  })
  void fitsSequencesToTheLength(Mode mode, int length, String bases, String expected) {
    assertEquals(expected, new LengthPolicy(mode, length).apply(record(bases)));
  }

  @Test
  void fixedRejectsOtherLengthsNamingTheRecordAndSuggestingAlternatives() {
    LengthPolicy fixed = new LengthPolicy(Mode.FIXED, 101);

    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> fixed.apply(record("ACGT")));

    assertEquals(new SourceLocation("in.fa", 7), e.location());
    String message = e.getMessage();
    assertTrue(message.startsWith("in.fa:7: the sequence 's1' is 4 bases long"), message);
    assertTrue(message.contains("exactly 101"), message);
    assertTrue(message.contains("'center'") && message.contains("'left'"), message);
  }

  @Test
  void fittingPicksFixedForOneLengthElseCenterAtTheMaximum() {
    assertEquals(new LengthPolicy(Mode.FIXED, 101), LengthPolicy.fitting(101, 101, 101));
    assertEquals(new LengthPolicy(Mode.CENTER, 300), LengthPolicy.fitting(200, 300, 250));
    SequenceSet set =
        new SequenceSet(List.of(record("ACG"), record("ACGTA")), List.of("x", "y"), List.of());
    assertEquals(new LengthPolicy(Mode.CENTER, 5), LengthPolicy.fitting(set));
  }

  @Test
  void oneRecordPastTheCapIsRefusedNamingItInsteadOfBecomingTheInputLength() {
    SequenceRecord normal = record("ACGT".repeat(50));
    SequenceRecord huge =
        new SequenceRecord(
            "chr1_whole",
            "",
            "A".repeat(LengthPolicy.MAX_LENGTH + 1),
            "x",
            new SourceLocation("genome.fa", 3));
    SequenceSet set = new SequenceSet(List.of(normal, huge, normal), List.of("x"), List.of());

    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> LengthPolicy.fitting(set));

    assertEquals(new SourceLocation("genome.fa", 3), e.location());
    assertTrue(
        e.getMessage()
            .startsWith("genome.fa:3: the sequence 'chr1_whole' is 100,001 bases" + " long"),
        e.getMessage());
    assertTrue(e.getMessage().contains("--length"), e.getMessage());
  }

  @Test
  void theCapItselfIsAnInputLength() {
    SequenceSet set =
        new SequenceSet(
            List.of(record("A".repeat(LengthPolicy.MAX_LENGTH)), record("ACGT")),
            List.of("x"),
            List.of());
    assertEquals(new LengthPolicy(Mode.CENTER, 100_000), LengthPolicy.fitting(set));
  }

  @ParameterizedTest(name = "length {0}")
  @CsvSource({"0", "-1", "100001", "2147483647"})
  void lengthsOutsideOneToTheCapAreRefusedWithTheRange(int length) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new LengthPolicy(Mode.CENTER, length));
    assertEquals(
        "The input length must be between 1 and 100000 bases (got " + length + ").",
        e.getMessage());
  }

  @Test
  void invalidArgumentsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new LengthPolicy(Mode.LEFT, 0));
    assertThrows(IllegalArgumentException.class, () -> new LengthPolicy(null, 5));
    assertThrows(IllegalArgumentException.class, LengthPolicy::fitting);
  }
}
