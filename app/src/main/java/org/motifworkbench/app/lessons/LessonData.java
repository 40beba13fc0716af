package org.motifworkbench.app.lessons;

import java.math.BigDecimal;
import java.util.Locale;
import org.motifworkbench.data.SyntheticRecipe;
import org.motifworkbench.data.TeachingDataset;

/**
 * The data set a lesson (or one of its steps) opens: a sample shipped with the workbench, or a
 * synthetic teaching set generated from a recipe.
 *
 * @param sample the sample's file name in the samples folder, or null for a generated set
 * @param teachingSet the teaching data set to generate, or null for a sample
 * @param count sequences to generate (0 for a sample)
 * @param seed the generator's seed
 * @param length sequence length, or null for the data set's own
 * @param positives the share of positives (0 to 1, exclusive), or null for the data set's own; only
 *     for the primer and promoter tasks
 */
public record LessonData(
    String sample,
    TeachingDataset teachingSet,
    int count,
    long seed,
    Integer length,
    Double positives) {

  /** A data set with the generator's own share of positives. */
  public LessonData(
      String sample, TeachingDataset teachingSet, int count, long seed, Integer length) {
    this(sample, teachingSet, count, seed, length, null);
  }

  /** A sample shipped in the samples folder. */
  public static LessonData sample(String fileName) {
    return new LessonData(fileName, null, 0, 0, null, null);
  }

  /** A teaching set generated from {@code teachingSet}. */
  public static LessonData generated(
      TeachingDataset teachingSet, int count, long seed, Integer length) {
    return new LessonData(null, teachingSet, count, seed, length, null);
  }

  /** A teaching set generated from {@code teachingSet} with a share of positives. */
  public static LessonData generated(
      TeachingDataset teachingSet, int count, long seed, Integer length, Double positives) {
    return new LessonData(null, teachingSet, count, seed, length, positives);
  }

  public boolean isSample() {
    return sample != null;
  }

  /**
   * The file the data set is read from: the sample's name, or e.g. "promoter-4000-seed7.fa" for a
   * generated one ("promoter-clean-4000-seed7-pos0.1.fa" with a share of positives); the same
   * recipe always gives the same name, so it is generated once.
   */
  public String fileName() {
    if (isSample()) {
      return sample;
    }
    return teachingSet.id()
        + "-"
        + count
        + "-seed"
        + seed
        + (length == null ? "" : "-" + length + "bp")
        + (positives == null
            ? ""
            : "-pos" + BigDecimal.valueOf(positives).stripTrailingZeros().toPlainString())
        + ".fa";
  }

  /**
   * The generator's recipe for a generated set: the teaching set's own, with this length and share
   * of positives. Null for a sample.
   */
  public SyntheticRecipe recipe() {
    if (isSample()) {
      return null;
    }
    return teachingSet.recipe(count, seed, length, positives);
  }

  /** "primer-motif.fa", or "a generated promoter data set (4,000 sequences)". */
  public String describe() {
    return isSample()
        ? sample
        : String.format(
                Locale.ROOT, "a generated %s data set (%,d sequences", teachingSet.id(), count)
            + (positives == null
                ? ""
                : String.format(Locale.ROOT, ", %.0f%% positives", 100 * positives))
            + ")";
  }
}
