package org.motifworkbench.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Merges windows whose value is at or above a threshold into peaks: a window stands for its full
 * extent {@code [start, start + L)}, and overlapping or adjacent windows (on one contig) join one
 * peak, as {@code bedtools merge} would join them. Windows must arrive sorted by contig and
 * position. Holds only the peaks, not the windows.
 */
public final class PeakCaller implements Consumer<WindowScore> {

  private final double threshold;
  private final int length;
  private final List<Peak> peaks = new ArrayList<>();
  private Peak open;

  /**
   * @param threshold the lowest value that counts, in the scan's unit
   * @param length the model's window length
   */
  public PeakCaller(double threshold, int length) {
    this.threshold = threshold;
    this.length = length;
  }

  @Override
  public void accept(WindowScore score) {
    if (!(score.value() >= threshold)) {
      return;
    }
    long start = score.windowStart();
    long end = start + length;
    if (open != null && open.contig().equals(score.contig()) && start <= open.end()) {
      boolean higher = score.value() > open.max();
      open =
          new Peak(
              open.contig(),
              open.start(),
              Math.max(open.end(), end),
              higher ? score.value() : open.max(),
              higher ? score.centre() : open.summit());
      return;
    }
    close();
    open = new Peak(score.contig(), start, end, score.value(), score.centre());
  }

  /** The peaks, in the order the windows came (sorted when they were). */
  public List<Peak> peaks() {
    close();
    return List.copyOf(peaks);
  }

  private void close() {
    if (open != null) {
      peaks.add(open);
      open = null;
    }
  }
}
