package org.motifworkbench.workflow;

import java.util.List;
import java.util.Locale;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.interpret.Attribution;

/**
 * Attributions as a long TSV table, one row per sequence, method and position. Columns: {@code id},
 * {@code method}, {@code class}, {@code position_1based} (in the input sequence as read, before the
 * length policy cropped or padded it; the N padding has no row), {@code base} (as written), {@code
 * attribution} (the per-position value drawn as bars), {@code A} {@code C} {@code G} {@code T} (the
 * per-base matrix; for mutagenesis the score change of substituting that base), then one {@code
 * attention_k<width>} column per attention branch (empty without attention).
 */
public final class AttributionTsv {

  private AttributionTsv() {}

  public static String header(List<Integer> attentionKernels) {
    StringBuilder b =
        new StringBuilder("id\tmethod\tclass\tposition_1based\tbase\tattribution\tA\tC\tG\tT");
    attentionKernels.forEach(k -> b.append("\tattention_k").append(k));
    return b.append('\n').toString();
  }

  /**
   * Rows for one attribution of a sequence of {@code inputLength} bases that {@code policy} fitted
   * to the model; {@code attention} holds one track per branch (may be empty). Positions are the
   * input's own; bases the policy added as padding are left out, bases it cropped have no row.
   */
  public static String rows(
      String id,
      String className,
      Attribution a,
      List<float[]> attention,
      LengthPolicy policy,
      int inputLength) {
    StringBuilder b = new StringBuilder();
    String method = a.method().name().toLowerCase(Locale.ROOT).replace('_', '-');
    int shift = SequenceExplanation.shift(policy, inputLength);
    for (int i = 0; i < a.length(); i++) {
      int position = i - shift;
      if (position < 0 || position >= inputLength) {
        continue;
      }
      b.append(id)
          .append('\t')
          .append(method)
          .append('\t')
          .append(className)
          .append('\t')
          .append(position + 1)
          .append('\t')
          .append(a.sequence().charAt(i))
          .append('\t')
          .append(number(a.perPosition()[i]));
      for (float v : a.values()[i]) {
        b.append('\t').append(number(v));
      }
      for (float[] track : attention) {
        b.append('\t').append(number(track[i]));
      }
      b.append('\n');
    }
    return b.toString();
  }

  private static String number(float v) {
    return String.format(Locale.ROOT, "%.6g", v);
  }
}
