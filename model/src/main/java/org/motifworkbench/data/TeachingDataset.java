package org.motifworkbench.data;

import java.util.Locale;

/**
 * The ready-made synthetic data sets a teacher or first-time user can generate by name, with a
 * sentence on what each teaches. The command line ({@code mwb simulate}) and the workbench's
 * "Generate teaching data set" build them here, so both make the same data from the same seed.
 */
public enum TeachingDataset {
  PRIMER(
      "primer",
      "Find a planted motif",
      "50-bp sequences; half carry the primer CGACCGAACTCC at a random position (forward "
          + "strand), the others are random bases. The ceiling is 100%: a small model reaches it, "
          + "and its saliency points at the primer.",
      2000),
  PROMOTER_CLEAN(
      "promoter-clean",
      "Promoter motifs (clean)",
      "200-bp sequences; positives carry TATAAA, CAAT, GGGCGG or TTGACA (forward strand). "
          + "Negatives are random bases redrawn until they hold none of the four, and 3 in 10 "
          + "carry a run of six identical letters as a decoy. The ceiling is 100%.",
      4000),
  PROMOTER(
      "promoter",
      "Promoter motifs (the tutorial's task)",
      "As above, but negatives may hold the motifs by chance, as in the Keras tutorial: CAAT "
          + "alone is in about half of them, so no model can pass about 83% on average (the data "
          + "set's ceiling).",
      10000),
  SPLICE(
      "splice",
      "Splice sites (three classes)",
      "Donor, acceptor and no site: GT and AG with their flanking consensus near the centre.",
      3000);

  private final String id;
  private final String title;
  private final String description;
  private final int defaultCount;

  TeachingDataset(String id, String title, String description, int defaultCount) {
    this.id = id;
    this.title = title;
    this.description = description;
    this.defaultCount = defaultCount;
  }

  /** The name used on the command line, e.g. "promoter-clean". */
  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  /** What the data set holds and what a model can reach, in one or two sentences. */
  public String description() {
    return description;
  }

  /** A size that trains in well under a minute on a 2-core laptop with the teaching network. */
  public int defaultCount() {
    return defaultCount;
  }

  /** The data set's own sequence length. */
  public int defaultLength() {
    return recipe(1, 1, null).length();
  }

  /**
   * The generator recipe.
   *
   * @param length sequence length in bases, or null for the data set's own
   */
  public SyntheticRecipe recipe(int count, long seed, Integer length) {
    return recipe(count, seed, length, null);
  }

  /** True when the data set has a positive class whose share can be chosen. */
  public boolean hasPositiveShare() {
    return this != SPLICE;
  }

  /**
   * The generator recipe with a chosen share of positives (an imbalanced data set: 0.1 gives one
   * positive in ten).
   *
   * @param length sequence length in bases, or null for the data set's own
   * @param positives share of positives, or null for the data set's own (one half)
   * @throws IllegalArgumentException when the data set has no positive class (splice)
   */
  public SyntheticRecipe recipe(int count, long seed, Integer length, Double positives) {
    if (positives != null && !hasPositiveShare()) {
      throw new IllegalArgumentException(
          "The "
              + id
              + " data set has no positive class: a share of positives applies to promoter, "
              + "promoter-clean and primer.");
    }
    return switch (this) {
      case PRIMER -> {
        PrimerRecipe d = PrimerRecipe.defaults(count, seed);
        yield new PrimerRecipe(
            length == null ? d.length() : length,
            count,
            seed,
            d.consensus(),
            positives == null ? d.positiveFraction() : positives);
      }
      case PROMOTER -> promoter(PromoterRecipe.tutorial(count, seed), length, positives);
      case PROMOTER_CLEAN ->
          promoter(PromoterRecipe.tutorial(count, seed).withClean(true), length, positives);
      case SPLICE -> {
        SpliceRecipe d = SpliceRecipe.defaults(count, seed);
        yield new SpliceRecipe(length == null ? d.length() : length, count, seed, d.jitter());
      }
    };
  }

  /** The data set with this command-line name; a plain error listing the names otherwise. */
  public static TeachingDataset parse(String name) {
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    for (TeachingDataset t : values()) {
      if (t.id.equals(wanted)) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "Unknown task '" + name + "'. Choose promoter, promoter-clean, primer, splice or pwm.");
  }

  private static PromoterRecipe promoter(PromoterRecipe p, Integer length, Double positives) {
    return length == null && positives == null
        ? p
        : new PromoterRecipe(
            length == null ? p.length() : length,
            p.count(),
            p.seed(),
            positives == null ? p.positiveFraction() : positives,
            p.motifs(),
            p.decoyFraction(),
            p.decoyLength(),
            p.clean());
  }
}
