package org.motifworkbench.interpret;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.motifworkbench.motif.InformationContent;
import org.motifworkbench.network.SequenceClassifier;

/**
 * The first-layer filters that look most like motifs right now, for watching a network learn: each
 * filter's motif from a small sample of sequences ({@link FilterMotifExtractor}), the reliable ones
 * first, then by information content (bits summed over the columns). Cheap enough to run at every
 * epoch end on a few hundred sequences.
 */
public final class LeadingFilters {

  /** Sequences a live view looks at: a few hundred keep the cost to a few percent of an epoch. */
  public static final int SAMPLE_SIZE = 300;

  private LeadingFilters() {}

  /** Up to {@code size} sequences spread evenly over {@code sequences}, always the same ones. */
  public static List<String> sample(List<String> sequences, int size) {
    int n = sequences.size();
    if (n <= size) {
      return List.copyOf(sequences);
    }
    List<String> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add(sequences.get((int) ((long) i * n / size)));
    }
    return out;
  }

  /**
   * The {@code count} leading filter motifs of {@code classifier} on {@code sample}. Runs the
   * network in inference mode without recording gradients, so it may run between training epochs.
   */
  public static List<FilterMotif> of(
      SequenceClassifier classifier, List<String> sample, int count) {
    // one forward pass over the whole sample, where the extractor's batched path makes two
    List<FilterMotif> all =
        FilterMotifExtractor.defaults()
            .extract(classifier, sample, classifier.filterActivations(sample));
    return rank(all).subList(0, Math.min(count, all.size()));
  }

  /** Reliable filters first, then by information content, highest first. */
  public static List<FilterMotif> rank(List<FilterMotif> motifs) {
    InformationContent ic = InformationContent.uncorrected();
    return motifs.stream()
        .sorted(
            Comparator.comparing((FilterMotif f) -> !f.reliable())
                .thenComparing(f -> -ic.total(f.motif())))
        .toList();
  }

  /** The information content of a filter's motif in bits, as the ranking uses it. */
  public static double bits(FilterMotif motif) {
    return InformationContent.uncorrected().total(motif.motif());
  }
}
