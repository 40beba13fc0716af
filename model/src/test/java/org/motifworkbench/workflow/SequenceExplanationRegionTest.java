package org.motifworkbench.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.figure.NucleotidePalette;
import org.motifworkbench.figure.SequenceTrackFigure.AttentionTrack;
import org.motifworkbench.figure.SequenceTrackFigure.MarkedSite;
import org.motifworkbench.interpret.Attribution;
import org.motifworkbench.interpret.AttributionMethod;
import org.motifworkbench.interpret.ExplanationAgreement;
import org.motifworkbench.interpret.SequenceRegion;

/** Regions of an explanation: no padding drawn, long sequences around their strongest window. */
class SequenceExplanationRegionTest {

  /** A 400-bp input centred in a 600-bp model (100 N each side), strong at input bases 301-310. */
  private static SequenceExplanation padded() {
    int length = 600;
    String fitted = "N".repeat(100) + "ACGT".repeat(100) + "N".repeat(100);
    float[] perPosition = new float[length];
    float[][] values = new float[length][4];
    for (int i = 400; i < 410; i++) {
      perPosition[i] = 1f;
    }
    perPosition[50] = 99f; // in the padding: must never pull the window there
    Attribution a =
        new Attribution(fitted, 1, AttributionMethod.GRADIENT_X_INPUT, values, perPosition, 1f);
    float[] attention = new float[length - 6];
    attention[400 - 3] = 1f; // kernel 7: weight j belongs to base j + 3
    return new SequenceExplanation(
        "long",
        null,
        List.of("negative", "positive"),
        new float[] {0.1f, 0.9f},
        a,
        a,
        new ExplanationAgreement(1, 1, 1),
        List.of(new AttentionTrack(7, attention)),
        Optional.of(new MarkedSite(395, 415, "planted X")),
        400,
        new LengthPolicy(LengthPolicy.Mode.CENTER, length));
  }

  @Test
  void aLongSequenceDefaultsToItsStrongestWindowInsideItsOwnBases() {
    SequenceExplanation e = padded();
    assertEquals(new SequenceRegion(100, 500), e.bases());
    SequenceRegion shown = e.defaultRegion();
    assertEquals(SequenceExplanation.DEFAULT_WINDOW, shown.length());
    assertTrue(shown.start() >= 100 && shown.end() <= 500, shown.toString());
    assertTrue(shown.contains(400) && shown.contains(409), shown.toString());
    assertEquals(new SequenceRegion(400, 410), e.strongestRegion(10));
    assertEquals(301, e.positionNumber(400));
    assertEquals("positions 301\u2013310 of 400", e.describe(new SequenceRegion(400, 410)));
  }

  @Test
  void figuresOfARegionHoldOnlyItsBases() {
    SequenceExplanation e = padded();
    SequenceRegion region = e.region(291, 320); // fitted 390..419
    assertEquals(new SequenceRegion(390, 420), region);
    assertEquals(30, e.trackFigure(NucleotidePalette.STANDARD, region).length());
    assertEquals(30, e.mutagenesisFigure(NucleotidePalette.STANDARD, region).length());
    var logo = e.logoFigure(NucleotidePalette.STANDARD, region);
    assertEquals(291, logo.firstPosition());
    assertEquals(1f, logo.height(10, "ACGT".indexOf(e.sequence().charAt(400))));
    IllegalArgumentException outside =
        assertThrows(IllegalArgumentException.class, () -> e.region(390, 410));
    assertTrue(
        outside
            .getMessage()
            .startsWith("Positions 390-410 are not a region of long: it has" + " bases 1-400."),
        outside.getMessage());
    assertThrows(IllegalArgumentException.class, () -> e.region(20, 10));
  }
}
