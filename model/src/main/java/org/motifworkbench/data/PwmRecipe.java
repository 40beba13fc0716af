package org.motifworkbench.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.motifworkbench.motif.Motif;

/**
 * Sites sampled from position weight matrices (e.g. JASPAR motifs) planted on either strand at a
 * uniform position; one class per motif, plus an optional background class of random sequences.
 * Classes have equal shares.
 */
public record PwmRecipe(
    int length,
    int count,
    long seed,
    List<Motif> motifs,
    boolean backgroundClass,
    boolean bothStrands)
    implements SyntheticRecipe {

  public static final String BACKGROUND = "background";

  public PwmRecipe {
    motifs = List.copyOf(motifs);
  }

  /** 101-bp sequences, both strands, the motifs versus a background class. */
  public static PwmRecipe defaults(List<Motif> motifs, int count, long seed) {
    return new PwmRecipe(101, count, seed, motifs, true, true);
  }

  @Override
  public String name() {
    return "pwm";
  }

  @Override
  public List<String> problems() {
    List<String> out = RecipeChecks.common(length, count);
    if (motifs.size() + (backgroundClass ? 1 : 0) < 2) {
      out.add("Give at least two motifs, or one motif and the background class.");
    }
    for (Motif m : motifs) {
      if (m.width() > length) {
        out.add("The motif " + m.id() + " (" + m.width() + " bases) is longer than the sequences.");
      }
    }
    return out;
  }

  /** Class names: each motif's name (its id when names repeat), then "background" if used. */
  public List<String> classNames() {
    Set<String> seen = new HashSet<>();
    List<String> names = new ArrayList<>();
    for (Motif m : motifs) {
      boolean clash =
          motifs.stream().filter(o -> o.displayName().equals(m.displayName())).count() > 1;
      String name = clash || m.displayName().equals(BACKGROUND) ? m.id() : m.displayName();
      names.add(seen.add(name) ? name : name + "_" + names.size());
    }
    if (backgroundClass) {
      names.add(BACKGROUND);
    }
    return names;
  }

  @Override
  public List<ClassProcess> processes() {
    List<String> names = classNames();
    List<ClassProcess> out = new ArrayList<>();
    for (int i = 0; i < motifs.size(); i++) {
      SiteModel site = SiteModel.of(motifs.get(i).id(), motifs.get(i));
      out.add(
          new ClassProcess(
              names.get(i),
              List.of(Planting.anywhere(site, 1, length, bothStrands, false)),
              List.of()));
    }
    if (backgroundClass) {
      out.add(ClassProcess.background(BACKGROUND));
    }
    return out;
  }

  @Override
  public double[] classPriors() {
    int k = motifs.size() + (backgroundClass ? 1 : 0);
    double[] priors = new double[k];
    java.util.Arrays.fill(priors, 1.0 / k);
    return priors;
  }

  /** The parameters stored in the sidecar: motif ids instead of whole matrices. */
  @Override
  public Object parameters() {
    return new Parameters(
        length, count, seed, motifs.stream().map(Motif::id).toList(), backgroundClass, bothStrands);
  }

  /** Sidecar form of the parameters. */
  public record Parameters(
      int length,
      int count,
      long seed,
      List<String> motifs,
      boolean backgroundClass,
      boolean bothStrands) {}
}
