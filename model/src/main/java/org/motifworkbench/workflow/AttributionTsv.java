package org.motifworkbench.workflow;

import java.util.List;
import java.util.Locale;
import org.motifworkbench.interpret.Attribution;

/**
 * Attributions as a long TSV table, one row per sequence, method and position. Columns: {@code id},
 * {@code method}, {@code class}, {@code position} (1-based), {@code base} (as written),
 * {@code attribution} (the per-position value drawn as bars), {@code A} {@code C} {@code G}
 * {@code T} (the per-base matrix; for mutagenesis the score change of substituting that base), then
 * one {@code attention_k<width>} column per attention branch (empty without attention).
 */
public final class AttributionTsv {

  private AttributionTsv() {}

  public static String header(List<Integer> attentionKernels) {
    StringBuilder b = new StringBuilder("id\tmethod\tclass\tposition\tbase\tattribution\tA\tC\tG\tT");
    attentionKernels.forEach(k -> b.append("\tattention_k").append(k));
    return b.append('\n').toString();
  }

  /** Rows for one attribution; {@code attention} holds one track per branch (may be empty). */
  public static String rows(String id, String className, Attribution a, List<float[]> attention) {
    StringBuilder b = new StringBuilder();
    String method = a.method().name().toLowerCase(Locale.ROOT).replace('_', '-');
    for (int i = 0; i < a.length(); i++) {
      b.append(id).append('\t').append(method).append('\t').append(className).append('\t')
          .append(i + 1).append('\t').append(a.sequence().charAt(i)).append('\t')
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
