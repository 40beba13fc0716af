package org.motifworkbench.app.variants;

import java.util.Locale;
import org.motifworkbench.variants.VariantEffect;

/** One row of the variants table: one ALT allele of a VCF line and its effect. */
public record VariantRow(VariantEffect effect) {

  public String id() {
    return effect.variant().id();
  }

  /** chr2:5,007 */
  public String position() {
    return effect.variant().locus();
  }

  /** G>T */
  public String change() {
    return effect.variant().ref() + ">" + effect.alt();
  }

  public double refScore() {
    return effect.refScore();
  }

  public double altScore() {
    return effect.altScore();
  }

  /** Alt minus ref in logits; NaN when the allele was not scored. */
  public double delta() {
    return effect.delta();
  }

  public String status() {
    return effect.status().label();
  }

  /** A score as the table shows it: 4 decimals, a dash when not scored. */
  static String format(double value) {
    return Double.isNaN(value) ? "\u2013" : String.format(Locale.ROOT, "%.4f", value);
  }
}
