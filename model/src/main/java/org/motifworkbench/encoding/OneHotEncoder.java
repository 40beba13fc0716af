package org.motifworkbench.encoding;

import java.util.Arrays;
import org.motifworkbench.sequence.DnaAlphabet;

/**
 * One-hot encodes DNA in channels-first layout: 4 rows (A, C, G, T) of L positions, so element
 * [c][i] is at offset {@code c * L + i}; IUPAC codes become fractions of the bases they stand for.
 */
public final class OneHotEncoder {

  /** Number of channels: A, C, G, T in this order. */
  public static final int CHANNELS = 4;

  /** Value of each channel at padding and N positions. */
  public static final float N_VALUE = 0.25f;

  /** IUPAC letter for each set of bases, indexed by a bit mask with A=1, C=2, G=4, T=8. */
  private static final char[] CODE_OF_MASK = "-ACMGRSVTWYHKDBN".toCharArray();

  /** Four floats per ASCII character; NaN in the first slot marks a character that is not DNA. */
  private static final float[] TABLE = buildTable();

  private static final byte AMBIGUOUS = -1;
  private static final byte NOT_DNA = -2;

  /** Per ASCII character: the channel of a plain base, else AMBIGUOUS or NOT_DNA. */
  private static final byte[] CHANNEL = buildChannels();

  private OneHotEncoder() {}

  /**
   * Writes the encoding of {@code bases}, padded with N up to {@code length}, into {@code out} from
   * {@code offset} on (4 * length floats).
   *
   * @throws IllegalArgumentException if the bases are longer than {@code length} or contain a
   *     character that is not a DNA base or IUPAC code (apply a {@link LengthPolicy} and read input
   *     through the sequence readers first)
   */
  public static void encode(CharSequence bases, float[] out, int offset, int length) {
    int n = bases.length();
    if (n > length) {
      throw new IllegalArgumentException(
          "sequence of " + n + " bases does not fit length " + length + "; apply a LengthPolicy");
    }
    if (offset < 0 || offset + (long) CHANNELS * length > out.length) {
      throw new IndexOutOfBoundsException(
          "4 x " + length + " floats from offset " + offset + " do not fit " + out.length);
    }
    // Most bases are plain A, C, G or T: zero the block (a fast bulk fill) and set one channel.
    // Only ambiguity codes read all four values from the table.
    for (int row = 0; row < CHANNELS; row++) {
      int start = offset + row * length;
      Arrays.fill(out, start, start + n, 0f);
      Arrays.fill(out, start + n, start + length, N_VALUE);
    }
    final byte[] channel = CHANNEL;
    final float[] table = TABLE;
    for (int i = 0; i < n; i++) {
      char ch = bases.charAt(i);
      int k = ch < 128 ? channel[ch] : NOT_DNA;
      if (k >= 0) {
        out[offset + k * length + i] = 1f;
      } else if (k == AMBIGUOUS) {
        for (int row = 0; row < CHANNELS; row++) {
          out[offset + row * length + i] = table[(ch << 2) + row];
        }
      } else {
        throw new IllegalArgumentException(
            "'" + ch + "' at position " + (i + 1) + " is not a DNA base or IUPAC code");
      }
    }
  }

  /** The encoding of {@code bases} padded with N to {@code length}, as a new 4 * length array. */
  public static float[] encode(CharSequence bases, int length) {
    float[] out = new float[CHANNELS * length];
    encode(bases, out, 0, length);
    return out;
  }

  /**
   * Turns an encoded 4 x length block back into upper-case letters: at each position the channels
   * holding the largest value, as one IUPAC code (A, R for A=G, N for all four equal).
   */
  public static String decode(float[] data, int offset, int length) {
    char[] out = new char[length];
    for (int i = 0; i < length; i++) {
      float max = Float.NEGATIVE_INFINITY;
      for (int row = 0; row < CHANNELS; row++) {
        max = Math.max(max, data[offset + row * length + i]);
      }
      int mask = 0;
      for (int row = 0; row < CHANNELS; row++) {
        if (max - data[offset + row * length + i] <= 1e-6f) {
          mask |= 1 << row;
        }
      }
      out[i] = CODE_OF_MASK[mask];
    }
    return new String(out);
  }

  private static float[] buildTable() {
    float[] table = new float[128 * CHANNELS];
    Arrays.fill(table, Float.NaN);
    for (int mask = 1; mask < CODE_OF_MASK.length; mask++) {
      char code = CODE_OF_MASK[mask];
      put(table, code, mask);
      put(table, Character.toLowerCase(code), mask);
    }
    put(table, 'U', 8);
    put(table, 'u', 8);
    return table;
  }

  private static byte[] buildChannels() {
    byte[] channels = new byte[128];
    for (int ch = 0; ch < 128; ch++) {
      int k = ch << 2;
      if (Float.isNaN(TABLE[k])) {
        channels[ch] = NOT_DNA;
        continue;
      }
      channels[ch] = AMBIGUOUS;
      for (int row = 0; row < CHANNELS; row++) {
        if (TABLE[k + row] == 1f) {
          channels[ch] = (byte) row;
        }
      }
    }
    return channels;
  }

  private static void put(float[] table, char code, int mask) {
    float share = 1f / Integer.bitCount(mask);
    for (int row = 0; row < CHANNELS; row++) {
      table[code * CHANNELS + row] = (mask & (1 << row)) != 0 ? share : 0f;
    }
  }

  /** The base each channel stands for, in channel order: "ACGT". */
  public static String channelBases() {
    return DnaAlphabet.ACGT;
  }
}
