package org.motifworkbench.encoding;

/**
 * Reverse complements of DNA, as letters (IUPAC codes and case kept) or as encoded 4 x L blocks, so
 * augmentation can flip encoded batches without encoding again.
 */
public final class ReverseComplement {

  private static final char[] COMPLEMENT = buildComplements();

  private ReverseComplement() {}

  /**
   * The reverse complement: A<->T, C<->G, R<->Y, K<->M, B<->V, D<->H, S, W and N unchanged, U to A;
   * lower case stays lower case.
   *
   * @throws IllegalArgumentException for a character that is not a DNA base or IUPAC code
   */
  public static String of(CharSequence bases) {
    int n = bases.length();
    char[] out = new char[n];
    for (int i = 0; i < n; i++) {
      char ch = bases.charAt(i);
      char complement = ch < 128 ? COMPLEMENT[ch] : 0;
      if (complement == 0) {
        throw new IllegalArgumentException(
            "'" + ch + "' at position " + (i + 1) + " is not a DNA base or IUPAC code");
      }
      out[n - 1 - i] = complement;
    }
    return new String(out);
  }

  /**
   * Writes the reverse complement of the encoded block at {@code src[srcOffset]} (4 x length,
   * channels A, C, G, T) to {@code dst[dstOffset]}; the two blocks must not overlap.
   */
  public static void ofEncoded(float[] src, int srcOffset, float[] dst, int dstOffset, int length) {
    for (int row = 0; row < OneHotEncoder.CHANNELS; row++) {
      int from = srcOffset + row * length;
      int to = dstOffset + (OneHotEncoder.CHANNELS - 1 - row) * length + length - 1;
      for (int i = 0; i < length; i++) {
        dst[to - i] = src[from + i];
      }
    }
  }

  /** Reverse complements the encoded 4 x length block at {@code data[offset]} in place. */
  public static void inPlace(float[] data, int offset, int length) {
    flipPair(data, offset, offset + 3 * length, length);
    flipPair(data, offset + length, offset + 2 * length, length);
  }

  /** Sets row x to reversed row y and row y to reversed row x. */
  private static void flipPair(float[] data, int x, int y, int length) {
    for (int i = 0, j = length - 1; i <= j; i++, j--) {
      float xi = data[x + i];
      float xj = data[x + j];
      data[x + i] = data[y + j];
      data[x + j] = data[y + i];
      data[y + i] = xj;
      data[y + j] = xi;
    }
  }

  private static char[] buildComplements() {
    char[] table = new char[128];
    String from = "ACGTURYKMSWNBVDH";
    String to = "TGCAAYRMKSWNVBHD";
    for (int i = 0; i < from.length(); i++) {
      table[from.charAt(i)] = to.charAt(i);
      table[Character.toLowerCase(from.charAt(i))] = Character.toLowerCase(to.charAt(i));
    }
    return table;
  }
}
