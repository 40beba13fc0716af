package org.motifworkbench.app.lessons;

import java.util.Locale;
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
 */
public record LessonData(
    String sample, TeachingDataset teachingSet, int count, long seed, Integer length) {

  /** A sample shipped in the samples folder. */
  public static LessonData sample(String fileName) {
    return new LessonData(fileName, null, 0, 0, null);
  }

  /** A teaching set generated from {@code teachingSet}. */
  public static LessonData generated(
      TeachingDataset teachingSet, int count, long seed, Integer length) {
    return new LessonData(null, teachingSet, count, seed, length);
  }

  public boolean isSample() {
    return sample != null;
  }

  /**
   * The file the data set is read from: the sample's name, or e.g. "promoter-4000-seed7.fa" for a
   * generated one (the same recipe always gives the same name, so it is generated once).
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
        + ".fa";
  }

  /** "primer-motif.fa", or "a generated promoter data set (4,000 sequences)". */
  public String describe() {
    return isSample()
        ? sample
        : String.format(
            Locale.ROOT, "a generated %s data set (%,d sequences)", teachingSet.id(), count);
  }
}
