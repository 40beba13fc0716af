package org.motifworkbench.interpret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The three pairwise rank correlations and their plain-words line. */
class ExplanationAgreementTest {

  private static Attribution of(AttributionMethod method, float... perPosition) {
    return new Attribution(
        "N".repeat(perPosition.length),
        0,
        method,
        new float[perPosition.length][4],
        perPosition,
        0f);
  }

  @Test
  void methodsRankingTheBasesAlikeAgree() {
    ExplanationAgreement a =
        ExplanationAgreement.of(
            of(AttributionMethod.GRADIENT_X_INPUT, 0, 0.1f, 0.9f, 0.2f, 0),
            of(AttributionMethod.INTEGRATED_GRADIENTS, 0, 0.2f, 1.5f, 0.3f, 0.01f),
            of(AttributionMethod.MUTAGENESIS, -0.1f, 0.3f, 2.0f, 0.2f, 0),
            0,
            5);
    assertTrue(a.agrees());
    // scipy.stats.spearmanr: 0.9747, 0.8721 and 0.9000
    assertEquals(0.8720815992723809, a.inputVsMutagenesis(), 1e-9);
    assertEquals("Explanations agree: rank correlation 0.87 to 0.97", a.summary());
  }

  @Test
  void theWeakestPairIsNamedWhenTheyDisagree() {
    // mutagenesis ranks the positions in reverse: rho = -1 against both gradient methods
    ExplanationAgreement a =
        ExplanationAgreement.of(
            of(AttributionMethod.GRADIENT_X_INPUT, 1, 2, 3, 4),
            of(AttributionMethod.INTEGRATED_GRADIENTS, 1, 2, 3, 4),
            of(AttributionMethod.MUTAGENESIS, 4, 3, 2, 1),
            0,
            4);
    assertEquals(1.0, a.inputVsIntegrated(), 1e-12);
    assertEquals(-1.0, a.inputVsMutagenesis(), 1e-12);
    assertFalse(a.agrees());
    assertEquals(
        "Explanations disagree: rank correlation -1.00 between gradient × input and mutagenesis",
        a.summary());
  }

  @Test
  void onlyTheGivenPositionsCount() {
    // positions 0 and 5 (padding, say) would reverse the order; 1..4 agree perfectly
    ExplanationAgreement a =
        ExplanationAgreement.of(
            of(AttributionMethod.GRADIENT_X_INPUT, 9, 1, 2, 3, 4, -9),
            of(AttributionMethod.INTEGRATED_GRADIENTS, -9, 1, 2, 3, 4, 9),
            of(AttributionMethod.MUTAGENESIS, 0, 1, 2, 3, 4, 0),
            1,
            5);
    assertEquals(1.0, a.inputVsIntegrated(), 1e-12);
    assertEquals("Explanations agree: rank correlation 1.00 to 1.00", a.summary());
  }

  @Test
  void aFlatExplanationCannotBeCompared() {
    ExplanationAgreement a =
        ExplanationAgreement.of(
            of(AttributionMethod.GRADIENT_X_INPUT, 0, 0, 0),
            of(AttributionMethod.INTEGRATED_GRADIENTS, 1, 2, 3),
            of(AttributionMethod.MUTAGENESIS, 1, 2, 3),
            0,
            3);
    assertFalse(a.agrees());
    assertTrue(a.summary().startsWith("Explanations cannot be compared"), a.summary());
    assertEquals("n/a", ExplanationAgreement.format(a.inputVsMutagenesis()));
  }
}
