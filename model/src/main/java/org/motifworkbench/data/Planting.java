package org.motifworkbench.data;

import java.util.SplittableRandom;
import org.motifworkbench.encoding.ReverseComplement;

/**
 * One way a class plants a site: the site model, the probability of choosing this way, the allowed
 * start range (inclusive, uniform) and whether the reverse strand is used (each strand 1/2).
 */
public record Planting(
    SiteModel site, double weight, int minStart, int maxStart, boolean bothStrands, boolean decoy) {

  public Planting {
    if (minStart < 0 || maxStart < minStart) {
      throw new IllegalArgumentException("bad start range " + minStart + ".." + maxStart);
    }
  }

  /** Uniform over every start where the site fits in a sequence of {@code length}. */
  public static Planting anywhere(
      SiteModel site, double weight, int length, boolean bothStrands, boolean decoy) {
    return new Planting(site, weight, 0, length - site.width(), bothStrands, decoy);
  }

  /** Mean likelihood ratio over every start and strand this planting could have used. */
  public double meanRatio(CharSequence x) {
    double sum = 0;
    int last = Math.min(maxStart, x.length() - site.width());
    for (int p = minStart; p <= last; p++) {
      sum += site.ratio(x, p, false);
      if (bothStrands) {
        sum += site.ratio(x, p, true);
      }
    }
    return sum / ((maxStart - minStart + 1) * (bothStrands ? 2.0 : 1.0));
  }

  /** Samples a site, writes it into {@code x} (overwriting) and returns what was planted. */
  public PlantedSite plant(char[] x, SplittableRandom random) {
    int start = minStart + random.nextInt(maxStart - minStart + 1);
    char strand = bothStrands && random.nextBoolean() ? '-' : '+';
    String bases = site.sample(random);
    String forward = strand == '+' ? bases : ReverseComplement.of(bases);
    forward.getChars(0, forward.length(), x, start);
    return new PlantedSite(site.name(), bases, strand, start, decoy);
  }
}
