package org.motifworkbench.sequence;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IdRegistryTest {

  private static SourceLocation line(int n) {
    return new SourceLocation("in.fa", n);
  }

  @Test
  void aRepeatedIdNamesTheLineItWasFirstSeenOn() {
    IdRegistry ids = new IdRegistry();
    ids.add("seq1", line(1));
    ids.add("seq2", line(4));

    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> ids.add("seq2", line(9)));

    assertEquals(
        "in.fa:9: the sequence id 'seq2' is used twice, first on line 4 and again on line 9."
            + " Every sequence needs its own id; rename or remove one of them, then load the file"
            + " again.",
        e.getMessage());
  }

  @Test
  void idsWithTheSameHashCodeAreStillDifferent() {
    IdRegistry ids = new IdRegistry();
    assertEquals("Aa".hashCode(), "BB".hashCode());

    ids.add("Aa", line(1));
    ids.add("BB", line(2));
    ids.add("AaAa", line(3));
    ids.add("BBBB", line(4));
    ids.add("AaBB", line(5));

    assertThrows(InvalidInputException.class, () -> ids.add("BB", line(6)));
  }

  @Test
  void caseAndNonAsciiAndVeryLongIdsAreComparedExactly() {
    IdRegistry ids = new IdRegistry();
    String longId = "x".repeat(10_000);
    ids.add("gène", line(1));
    ids.add("GÈNE", line(2));
    ids.add("gene", line(3));
    ids.add(longId, line(4));
    ids.add(longId + "y", line(5));

    assertTrue(
        assertThrows(InvalidInputException.class, () -> ids.add("gène", line(6)))
            .getMessage()
            .contains("first on line 1"));
    assertTrue(
        assertThrows(InvalidInputException.class, () -> ids.add("x".repeat(10_000), line(7)))
            .getMessage()
            .contains("first on line 4"));
  }

  @Test
  void agreesWithAMapOnHundredsOfThousandsOfIdsWithRepeats() {
    IdRegistry ids = new IdRegistry();
    Map<String, Integer> reference = new HashMap<>();
    Random random = new Random(7);
    int duplicates = 0;
    for (int n = 1; n <= 300_000; n++) {
      String id =
          switch (n % 3) {
            case 0 -> "seq" + random.nextInt(400_000);
            case 1 -> "chr" + random.nextInt(30) + ":" + random.nextInt(1_000_000);
            default -> Long.toHexString(random.nextLong() & 0xfffffL) + "_é";
          };
      Integer first = reference.putIfAbsent(id, n);
      SourceLocation here = line(n);
      if (first == null) {
        assertDoesNotThrow(() -> ids.add(id, here), id);
      } else {
        duplicates++;
        String message =
            assertThrows(InvalidInputException.class, () -> ids.add(id, here)).getMessage();
        assertTrue(message.contains("first on line " + first + " and again on line " + n), id);
      }
    }
    assertTrue(duplicates > 10_000, "the test must exercise repeats: " + duplicates);
  }
}
