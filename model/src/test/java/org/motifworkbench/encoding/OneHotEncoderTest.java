package org.motifworkbench.encoding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OneHotEncoderTest {

  private static final float THIRD = 1f / 3;

  @ParameterizedTest(name = "{0} -> A={1} C={2} G={3} T={4}")
  @CsvSource({
    "A, 1, 0, 0, 0",
    "C, 0, 1, 0, 0",
    "G, 0, 0, 1, 0",
    "T, 0, 0, 0, 1",
    "U, 0, 0, 0, 1",
    "N, 0.25, 0.25, 0.25, 0.25",
    "R, 0.5, 0, 0.5, 0",
    "Y, 0, 0.5, 0, 0.5",
    "S, 0, 0.5, 0.5, 0",
    "W, 0.5, 0, 0, 0.5",
    "K, 0, 0, 0.5, 0.5",
    "M, 0.5, 0.5, 0, 0",
    "B, 0, t, t, t",
    "D, t, 0, t, t",
    "H, t, t, 0, t",
    "V, t, t, t, 0",
  })
  void everyIupacCodeEncodesAsItsBaseFractionsInBothCases(
      char code, String a, String c, String g, String t) {
    float[] expected = {value(a), value(c), value(g), value(t)};

    assertArrayEquals(expected, OneHotEncoder.encode(String.valueOf(code), 1));
    assertArrayEquals(
        expected, OneHotEncoder.encode(String.valueOf(Character.toLowerCase(code)), 1));
  }

  @Test
  void layoutIsChannelsFirstWithNPadding() {
    float[] encoded = OneHotEncoder.encode("ACg", 5);

    assertArrayEquals(
        new float[] {
          1, 0, 0, .25f, .25f, // A
          0, 1, 0, .25f, .25f, // C
          0, 0, 1, .25f, .25f, // G
          0, 0, 0, .25f, .25f, // T
        },
        encoded);
  }

  @Test
  void encodesIntoABatchBufferAtAnOffsetOverwritingOldValues() {
    float[] batch = new float[2 * 4 * 3];
    Arrays.fill(batch, 9f);

    OneHotEncoder.encode("TTT", batch, 12, 3);
    OneHotEncoder.encode("A", batch, 0, 3);

    assertEquals("ANN", OneHotEncoder.decode(batch, 0, 3));
    assertEquals("TTT", OneHotEncoder.decode(batch, 12, 3));
    assertEquals(0f, batch[12]);
  }

  @Test
  void decodeRoundTripsEveryCodeInUpperCase() {
    String codes = "ACGTRYSWKMBDHVNacgtryswkmbdhvn";

    assertEquals(
        codes.toUpperCase(Locale.ROOT),
        OneHotEncoder.decode(OneHotEncoder.encode(codes, 30), 0, 30));
    assertEquals("T", OneHotEncoder.decode(OneHotEncoder.encode("u", 1), 0, 1));
  }

  @Test
  void decodeTakesTheArgmaxOfArbitraryScores() {
    float[] scores = {
      0.1f, 0.9f, // A
      0.7f, 0.2f, // C
      0.3f, 0.1f, // G
      0.0f, 0.6f, // T
    };

    assertEquals("CA", OneHotEncoder.decode(scores, 0, 2));
  }

  @Test
  void rejectsTooLongSequencesAndNonDnaCharacters() {
    assertThrows(IllegalArgumentException.class, () -> OneHotEncoder.encode("ACGT", 3));
    assertThrows(IllegalArgumentException.class, () -> OneHotEncoder.encode("AC-T", 4));
    assertThrows(IllegalArgumentException.class, () -> OneHotEncoder.encode("ACé", 4));
    assertThrows(
        IndexOutOfBoundsException.class, () -> OneHotEncoder.encode("A", new float[7], 0, 2));
  }

  @Test
  void channelOrderIsAcgt() {
    assertEquals("ACGT", OneHotEncoder.channelBases());
  }

  @Test
  void agreesWithTheFourValueTableEncodingOnRandomMixedInput() {
    // The previous encoder wrote all four channels of every position from a table of fractions;
    // the faster one zero-fills and sets one channel for plain bases. Same floats, bit for bit.
    String letters = "ACGTUacgtuNnRYSWKMBDHVryswkmbdhv";
    Random random = new Random(5);
    for (int round = 0; round < 2000; round++) {
      int length = 1 + random.nextInt(300);
      int n = random.nextInt(length + 1);
      StringBuilder bases = new StringBuilder();
      for (int i = 0; i < n; i++) {
        bases.append(
            random.nextInt(4) == 0
                ? letters.charAt(random.nextInt(letters.length()))
                : "ACGT".charAt(random.nextInt(4)));
      }
      int offset = random.nextInt(50);
      float[] out = new float[offset + 4 * length + random.nextInt(20)];
      Arrays.fill(out, Float.NaN);
      float[] expected = out.clone();
      fourValueEncoding(bases, expected, offset, length);

      OneHotEncoder.encode(bases, out, offset, length);

      assertArrayEquals(expected, out, bases.toString());
    }
  }

  @Test
  void everyCharacterThatIsNotACodeIsRejectedWithItsPosition() {
    String allowed = "ACGTURYSWKMBDHVN";
    for (char c = 0; c < 0x3000; c++) {
      if (allowed.indexOf(Character.toUpperCase(c)) >= 0 && c < 128) {
        continue;
      }
      String bases = "AC" + c + "T";
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> OneHotEncoder.encode(bases, 4));
      assertEquals("'" + c + "' at position 3 is not a DNA base or IUPAC code", e.getMessage());
    }
  }

  /** The previous encoder's arithmetic: each channel the base's share of the code's bases. */
  private static void fourValueEncoding(CharSequence bases, float[] out, int offset, int length) {
    String codes = "-ACMGRSVTWYHKDBN";
    for (int i = 0; i < length; i++) {
      int mask = 15;
      if (i < bases.length()) {
        char c = Character.toUpperCase(bases.charAt(i));
        mask = codes.indexOf(c == 'U' ? 'T' : c);
      }
      float share = 1f / Integer.bitCount(mask);
      for (int row = 0; row < 4; row++) {
        out[offset + row * length + i] = (mask & (1 << row)) != 0 ? share : 0f;
      }
    }
  }

  private static float value(String s) {
    return s.equals("t") ? THIRD : Float.parseFloat(s);
  }
}
