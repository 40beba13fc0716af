package org.motifworkbench.interpret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.motifworkbench.encoding.ReverseComplement;

/** Discovery on hand-made attributions, where the answer is known exactly. */
class SeqletDiscoveryTest {

  private static final String MOTIF = "CGACCGAACTCC";

  /**
   * Random 60-bp sequences each carrying the motif at a random place, on either strand, with the
   * attribution high over the motif (peaking at a random motif position) and near zero elsewhere.
   */
  static List<Attribution> planted(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Attribution> out = new ArrayList<>();
    for (int s = 0; s < n; s++) {
      char[] bases = new char[60];
      for (int i = 0; i < bases.length; i++) {
        bases[i] = "ACGT".charAt(r.nextInt(4));
      }
      String site = r.nextBoolean() ? MOTIF : ReverseComplement.of(MOTIF);
      int start = r.nextInt(bases.length - site.length() + 1);
      site.getChars(0, site.length(), bases, start);
      float[] perPosition = new float[bases.length];
      for (int i = 0; i < bases.length; i++) {
        perPosition[i] = i >= start && i < start + site.length() ? 0.5f : 0.01f;
      }
      perPosition[start + r.nextInt(site.length())] = 1f;
      out.add(
          new Attribution(
              new String(bases),
              1,
              AttributionMethod.GRADIENT_X_INPUT,
              new float[bases.length][4],
              perPosition,
              1f));
    }
    return out;
  }

  @Test
  void offsetAndStrandVariantsEndUpInOneMotif() {
    List<DiscoveredMotif> motifs = SeqletDiscovery.defaults().discover(planted(200, 3));
    DiscoveredMotif best = motifs.get(0);
    assertEquals(200, best.support(), "every seqlet in the one motif: " + motifs);
    assertEquals("discovered_1", best.motif().displayName(), "no 'support' as alternate name");
    assertEquals(200, best.motif().sites(), "the support is the motif's site count");
    String consensus = best.motif().consensus();
    assertTrue(ExplainerTest.bestIdentity(consensus, MOTIF) >= 11, consensus);
  }

  @Test
  void tooFewSeqletsGiveNoMotif() {
    assertTrue(SeqletDiscovery.defaults().discover(planted(5, 4)).isEmpty());
  }
}
