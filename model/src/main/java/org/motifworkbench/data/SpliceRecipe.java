package org.motifworkbench.data;

import java.util.ArrayList;
import java.util.List;
import org.motifworkbench.motif.Motif;

/**
 * Three classes: a donor-like site (exon MAG|GTRAGT intron), an acceptor-like site (polypyrimidine
 * tract, then YAG|G) or nothing, each site drawn from per-position base probabilities and placed
 * near the middle, shifted by up to {@code jitter} bases.
 */
public record SpliceRecipe(int length, int count, long seed, int jitter)
    implements SyntheticRecipe {

  /** Donor: positions -3..-1 of the exon, then +1..+6 of the intron; rows A, C, G, T. */
  static final double[][] DONOR = {
    {0.35, 0.35, 0.20, 0.10}, // M
    {0.60, 0.10, 0.10, 0.20}, // A
    {0.10, 0.05, 0.80, 0.05}, // G
    {0.00, 0.00, 1.00, 0.00}, // G (intron start)
    {0.00, 0.00, 0.00, 1.00}, // T
    {0.60, 0.025, 0.35, 0.025}, // R
    {0.70, 0.10, 0.10, 0.10}, // A
    {0.10, 0.05, 0.80, 0.05}, // G
    {0.15, 0.20, 0.15, 0.50}, // T
  };

  /** Acceptor: 12 pyrimidine-rich positions, N, Y, A, G | G. */
  static final double[][] ACCEPTOR = acceptor();

  private static double[][] acceptor() {
    List<double[]> rows = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      rows.add(new double[] {0.05, 0.45, 0.05, 0.45});
    }
    rows.add(new double[] {0.25, 0.25, 0.25, 0.25}); // N
    rows.add(new double[] {0.05, 0.60, 0.05, 0.30}); // Y
    rows.add(new double[] {1.00, 0.00, 0.00, 0.00}); // A
    rows.add(new double[] {0.00, 0.00, 1.00, 0.00}); // G (intron end)
    rows.add(new double[] {0.15, 0.10, 0.60, 0.15}); // G (exon start)
    return rows.toArray(new double[0][]);
  }

  /** 80-bp sequences, sites shifted by up to 10 bases around the middle. */
  public static SpliceRecipe defaults(int count, long seed) {
    return new SpliceRecipe(80, count, seed, 10);
  }

  @Override
  public String name() {
    return "splice";
  }

  @Override
  public List<String> problems() {
    List<String> out = RecipeChecks.common(length, count);
    if (length < ACCEPTOR.length) {
      out.add("The sequences must be at least " + ACCEPTOR.length + " bases long to hold a site.");
    }
    if (jitter < 0) {
      out.add("The position jitter cannot be negative.");
    }
    return out;
  }

  @Override
  public List<ClassProcess> processes() {
    return List.of(
        siteClass("donor", DONOR),
        siteClass("acceptor", ACCEPTOR),
        ClassProcess.background("random"));
  }

  private ClassProcess siteClass(String name, double[][] matrix) {
    SiteModel site = new SiteModel(name, new Motif(name, "", matrix));
    int centre = (length - site.width()) / 2;
    int min = Math.max(0, centre - jitter);
    int max = Math.min(length - site.width(), centre + jitter);
    return new ClassProcess(
        name, List.of(new Planting(site, 1, min, max, false, false)), List.of());
  }

  @Override
  public double[] classPriors() {
    return new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0};
  }
}
