package org.motifworkbench.data;

import java.util.ArrayList;
import java.util.List;
import org.motifworkbench.sequence.DnaAlphabet;

/**
 * The classic promoter tutorial: random sequences; each positive gets one motif (chosen uniformly)
 * at a uniform position on the forward strand; a share of negatives gets a poly-A/C/G/T decoy run.
 * With {@code clean}, negatives containing any motif are drawn again.
 */
public record PromoterRecipe(
    int length,
    int count,
    long seed,
    double positiveFraction,
    List<String> motifs,
    double decoyFraction,
    int decoyLength,
    boolean clean)
    implements SyntheticRecipe {

  public static final List<String> TUTORIAL_MOTIFS = List.of("TATAAA", "CAAT", "GGGCGG", "TTGACA");

  public PromoterRecipe {
    motifs = List.copyOf(motifs);
  }

  /** The tutorial recipe: 200 bp, 50% positives, 30% of negatives with a 6-bp decoy. */
  public static PromoterRecipe tutorial(int count, long seed) {
    return new PromoterRecipe(200, count, seed, 0.5, TUTORIAL_MOTIFS, 0.3, 6, false);
  }

  /** The same task with clean negatives (no motif anywhere). */
  public PromoterRecipe withClean(boolean cleanNegatives) {
    return new PromoterRecipe(
        length, count, seed, positiveFraction, motifs, decoyFraction, decoyLength, cleanNegatives);
  }

  @Override
  public String name() {
    return clean ? "promoter-clean" : "promoter";
  }

  @Override
  public List<String> problems() {
    List<String> out = RecipeChecks.common(length, count);
    RecipeChecks.fraction(out, "share of positives", positiveFraction, false);
    RecipeChecks.fraction(out, "share of negatives with a decoy", decoyFraction, true);
    if (motifs.isEmpty()) {
      out.add("Give at least one motif.");
    }
    for (String m : motifs) {
      if (!m.matches("[ACGTacgt]+")) {
        out.add("The motif '" + m + "' must be made of the letters A, C, G and T.");
      } else if (m.length() > length) {
        out.add("The motif " + m + " is longer than the sequences (" + length + ").");
      }
    }
    if (decoyFraction > 0 && (decoyLength < 1 || decoyLength > length)) {
      out.add("The decoy length must be between 1 and the sequence length.");
    }
    return out;
  }

  @Override
  public List<ClassProcess> processes() {
    List<Planting> positive = new ArrayList<>();
    for (String m : motifs) {
      SiteModel site = SiteModel.exact(m);
      positive.add(Planting.anywhere(site, 1.0 / motifs.size(), length, false, false));
    }
    List<Planting> decoys = new ArrayList<>();
    for (char base : DnaAlphabet.ACGT.toCharArray()) {
      SiteModel run = SiteModel.exact(String.valueOf(base).repeat(decoyLength));
      decoys.add(Planting.anywhere(run, decoyFraction / 4, length, false, true));
    }
    List<String> forbidden = clean ? motifs.stream().map(String::toUpperCase).toList() : List.of();
    return List.of(
        new ClassProcess("negative", decoyFraction > 0 ? decoys : List.of(), forbidden),
        new ClassProcess("positive", positive, List.of()));
  }

  @Override
  public double[] classPriors() {
    return new double[] {1 - positiveFraction, positiveFraction};
  }
}
