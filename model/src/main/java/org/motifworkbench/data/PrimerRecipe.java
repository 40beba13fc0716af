package org.motifworkbench.data;

import java.util.List;

/**
 * Primer detection: short random sequences, a share of which (the positives) carry one copy of a
 * consensus (IUPAC codes allowed) at a uniform position on the forward strand.
 */
public record PrimerRecipe(
    int length, int count, long seed, String consensus, double positiveFraction)
    implements SyntheticRecipe {

  public static final String DEFAULT_CONSENSUS = "CGACCGAACTCC";

  /** 50-bp sequences, half with {@value #DEFAULT_CONSENSUS}. */
  public static PrimerRecipe defaults(int count, long seed) {
    return new PrimerRecipe(50, count, seed, DEFAULT_CONSENSUS, 0.5);
  }

  @Override
  public String name() {
    return "primer";
  }

  @Override
  public List<String> problems() {
    List<String> out = RecipeChecks.common(length, count);
    RecipeChecks.fraction(out, "share of positives", positiveFraction, false);
    if (consensus == null || !SiteModel.isDna(consensus)) {
      out.add("The consensus must be made of DNA letters (A, C, G, T or IUPAC codes).");
    } else if (consensus.length() > length) {
      out.add("The consensus is longer than the sequences (" + length + ").");
    }
    return out;
  }

  @Override
  public List<ClassProcess> processes() {
    Planting primer = Planting.anywhere(SiteModel.exact(consensus), 1, length, false, false);
    return List.of(
        ClassProcess.background("negative"),
        new ClassProcess("positive", List.of(primer), List.of()));
  }

  @Override
  public double[] classPriors() {
    return new double[] {1 - positiveFraction, positiveFraction};
  }
}
