package org.motifworkbench.app.train;

import java.util.List;
import org.motifworkbench.interpret.FilterMotif;

/**
 * The leading first-layer filter motifs at the end of one epoch, for the Train screen's strip.
 *
 * @param epoch the epoch just finished
 * @param motifs the leading filters, most informative first
 * @param sampleSize how many training sequences they were computed from
 */
public record FilterSnapshot(int epoch, List<FilterMotif> motifs, int sampleSize) {

  public FilterSnapshot {
    motifs = List.copyOf(motifs);
  }
}
