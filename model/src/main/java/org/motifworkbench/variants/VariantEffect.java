package org.motifworkbench.variants;

import java.util.Objects;

/**
 * The effect of one ALT allele of a VCF line on the model's score of one class. Scores are class
 * scores (logits, as the contract of {@code ComputeBackend.classScore} defines them) of the window
 * of the model's length centred on the variant, with the reference base and with the alternative
 * base; they are NaN when the allele was not scored ({@link #status} says why).
 *
 * @param variant the VCF line
 * @param alt this row's ALT allele ({@code .} for a missing ALT)
 * @param status what happened
 * @param detail for a status other than ok, what exactly (the genome's bases at a REF mismatch, the
 *     missing contig's hint), else empty
 * @param refScore class score of the reference window
 * @param altScore class score of the alternative window
 * @param refProbability probability of the class for the reference window
 * @param altProbability probability of the class for the alternative window
 */
public record VariantEffect(
    VcfVariant variant,
    String alt,
    VariantStatus status,
    String detail,
    float refScore,
    float altScore,
    float refProbability,
    float altProbability) {

  public VariantEffect {
    Objects.requireNonNull(variant, "variant");
    Objects.requireNonNull(alt, "alt");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(detail, "detail");
  }

  /** A row that was not scored. */
  static VariantEffect skipped(
      VcfVariant variant, String alt, VariantStatus status, String detail) {
    return new VariantEffect(
        variant, alt, status, detail, Float.NaN, Float.NaN, Float.NaN, Float.NaN);
  }

  public boolean scored() {
    return status == VariantStatus.OK;
  }

  /** Alternative minus reference class score, in logits; NaN when not scored. */
  public float delta() {
    return altScore - refScore;
  }
}
