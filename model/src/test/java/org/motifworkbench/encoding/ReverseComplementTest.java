package org.motifworkbench.encoding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReverseComplementTest {

  private static final String ALL_CODES = "ACGTRYSWKMBDHVNacgtryswkmbdhvn";

  @ParameterizedTest
  @CsvSource({
    "ACGT, ACGT",
    "AAAC, GTTT",
    "acgTN, NAcgt",
    "RYKMSWBVDHN, NDHBVWSKMRY",
    "ryk, mry",
    "U, A",
    "gaUu, aAtc",
  })
  void complementsEveryIupacCodeKeepingCase(String bases, String expected) {
    assertEquals(expected, ReverseComplement.of(bases));
  }

  @Test
  void twiceIsTheIdentity() {
    String random = randomSequence(1000, new Random(3));

    assertEquals(random, ReverseComplement.of(ReverseComplement.of(random)));
  }

  @Test
  void rejectsNonDna() {
    assertThrows(IllegalArgumentException.class, () -> ReverseComplement.of("AC-G"));
  }

  @Test
  void encodedFlipMatchesEncodingTheReverseComplement() {
    for (int length : new int[] {1, 2, 7, 30, 31}) {
      String bases = randomSequence(length - (length > 3 ? 2 : 0), new Random(length));
      float[] encoded = OneHotEncoder.encode(bases, length);
      float[] expected = OneHotEncoder.encode(ReverseComplement.of(padded(bases, length)), length);

      float[] copy = new float[encoded.length + 5];
      ReverseComplement.ofEncoded(encoded, 0, copy, 5, length);
      float[] inPlace = encoded.clone();
      ReverseComplement.inPlace(inPlace, 0, length);

      assertArrayEquals(expected, java.util.Arrays.copyOfRange(copy, 5, copy.length));
      assertArrayEquals(expected, inPlace);
      ReverseComplement.inPlace(inPlace, 0, length);
      assertArrayEquals(encoded, inPlace);
    }
  }

  @Test
  void inPlaceFlipsOnlyTheBlockAtTheOffset() {
    float[] batch = new float[2 * 4 * 3];
    OneHotEncoder.encode("ACG", batch, 0, 3);
    OneHotEncoder.encode("AAR", batch, 12, 3);

    ReverseComplement.inPlace(batch, 12, 3);

    assertEquals("ACG", OneHotEncoder.decode(batch, 0, 3));
    assertEquals("YTT", OneHotEncoder.decode(batch, 12, 3));
  }

  private static String padded(String bases, int length) {
    return bases + "N".repeat(length - bases.length());
  }

  private static String randomSequence(int n, Random random) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(ALL_CODES.charAt(random.nextInt(ALL_CODES.length())));
    }
    return sb.toString();
  }
}
