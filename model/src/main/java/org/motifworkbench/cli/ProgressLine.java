package org.motifworkbench.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.motifworkbench.training.BatchProgress;
import org.motifworkbench.training.EpochResult;
import org.motifworkbench.training.TrainingListener;

/**
 * Prints training progress: a single updating line per batch on a terminal, and one line per epoch
 * with validation metrics (all that is printed when output goes to a file).
 */
final class ProgressLine implements TrainingListener {

  private final PrintWriter out;
  private final boolean interactive;
  private final int maxEpochs;

  ProgressLine(PrintWriter out, boolean interactive, int maxEpochs) {
    this.out = out;
    this.interactive = interactive;
    this.maxEpochs = maxEpochs;
  }

  @Override
  public void batchFinished(BatchProgress p) {
    if (interactive && (p.batch() % 5 == 0 || p.batch() == p.batchesPerEpoch())) {
      out.printf(
          Locale.ROOT,
          "\repoch %d/%d  batch %d/%d  loss %.4f  ETA %s   ",
          p.epoch(),
          maxEpochs,
          p.batch(),
          p.batchesPerEpoch(),
          p.smoothedLoss(),
          duration(p.etaMillis()));
      out.flush();
    }
  }

  @Override
  public void epochFinished(EpochResult e) {
    out.printf(
        Locale.ROOT,
        "%sepoch %d/%d  loss %.4f  acc %.4f  val_loss %.4f  val_acc %.4f  " + "lr %.2g  %s%s%s%n",
        interactive ? "\r" : "",
        e.epoch(),
        maxEpochs,
        e.loss(),
        e.accuracy(),
        e.validationLoss(),
        e.validationAccuracy(),
        e.learningRate(),
        duration(e.elapsedMillis()),
        e.best() ? "  *best" : "",
        e.learningRateReduced() ? "  (learning rate halved)" : "");
    out.flush();
  }

  @Override
  public void stoppedEarly(int epoch, int bestEpoch) {
    out.printf(
        Locale.ROOT,
        "Stopped early after epoch %d: validation loss has not improved since "
            + "epoch %d, whose weights are kept.%n",
        epoch,
        bestEpoch);
  }

  static String duration(long millis) {
    long s = millis / 1000;
    return s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
  }
}
