package org.motifworkbench.data;

import java.util.Locale;

/**
 * The ready-made synthetic data sets a teacher or first-time user can generate by name, with a
 * sentence on what each teaches. The command line ({@code mwb simulate}) and the workbench's
 * "Generate teaching data set" build them here, so both make the same data from the same seed.
 */
public enum TeachingTask {
  PRIMER("primer", "Find a planted motif",
      "50-bp sequences; half carry the primer CGACCGAACTCC somewhere. A model reaches 100%, and "
          + "its saliency points at the primer.", 2000),
  PROMOTER_CLEAN("promoter-clean", "Promoter motifs (clean)",
      "200-bp sequences; positives carry TATAAA, CAAT, GGGCGG or TTGACA, negatives none of them. "
          + "A model can reach ~100%.", 4000),
  PROMOTER("promoter", "Promoter motifs (the tutorial's task)",
      "As above, but negatives may carry the motifs by chance, exactly as in the Keras tutorial: "
          + "no model can pass ~83% (the data set's ceiling).", 10000),
  SPLICE("splice", "Splice sites (three classes)",
      "Donor, acceptor and no site: GT and AG with their flanking consensus near the centre.",
      3000);

  private final String id;
  private final String title;
  private final String description;
  private final int defaultCount;

  TeachingTask(String id, String title, String description, int defaultCount) {
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

  /** The task's own sequence length. */
  public int defaultLength() {
    return task(1, 1, null).length();
  }

  /**
   * The generator recipe.
   *
   * @param length sequence length in bases, or null for the task's own
   */
  public SyntheticTask task(int count, long seed, Integer length) {
    return switch (this) {
      case PRIMER -> {
        PrimerTask d = PrimerTask.defaults(count, seed);
        yield new PrimerTask(length == null ? d.length() : length, count, seed, d.consensus(),
            d.positiveFraction());
      }
      case PROMOTER -> promoter(PromoterTask.tutorial(count, seed), length);
      case PROMOTER_CLEAN -> promoter(PromoterTask.tutorial(count, seed).withClean(true), length);
      case SPLICE -> {
        SpliceTask d = SpliceTask.defaults(count, seed);
        yield new SpliceTask(length == null ? d.length() : length, count, seed, d.jitter());
      }
    };
  }

  /** The task with this command-line name; a plain error listing the names otherwise. */
  public static TeachingTask parse(String name) {
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    for (TeachingTask t : values()) {
      if (t.id.equals(wanted)) {
        return t;
      }
    }
    throw new IllegalArgumentException("Unknown task '" + name
        + "'. Choose promoter, promoter-clean, primer, splice or pwm.");
  }

  private static PromoterTask promoter(PromoterTask p, Integer length) {
    return length == null ? p : new PromoterTask(length, p.count(), p.seed(),
        p.positiveFraction(), p.motifs(), p.decoyFraction(), p.decoyLength(), p.clean());
  }
}
