package org.motifworkbench.workflow;

import java.util.List;
import java.util.Locale;
import org.motifworkbench.training.EpochResult;

/**
 * A training history as CSV, one row per epoch, for spreadsheets and plotting scripts. Columns:
 * {@code epoch}, {@code loss}, {@code accuracy}, {@code val_loss}, {@code val_accuracy} (empty
 * without validation data), {@code learning_rate} (during the epoch), {@code seconds} (elapsed
 * since the start), {@code best} (1 when this epoch's weights were kept), {@code lr_reduced} (1
 * when the learning rate was lowered after it).
 */
public final class HistoryCsv {

  public static final String HEADER =
      "epoch,loss,accuracy,val_loss,val_accuracy,learning_rate,seconds,best,lr_reduced";

  private HistoryCsv() {}

  public static String format(List<EpochResult> history) {
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    for (EpochResult e : history) {
      out.append(e.epoch())
          .append(',')
          .append(number(e.loss()))
          .append(',')
          .append(number(e.accuracy()))
          .append(',')
          .append(number(e.validationLoss()))
          .append(',')
          .append(number(e.validationAccuracy()))
          .append(',')
          .append(String.format(Locale.ROOT, "%.6g", e.learningRate()))
          .append(',')
          .append(String.format(Locale.ROOT, "%.1f", e.elapsedMillis() / 1000.0))
          .append(',')
          .append(e.best() ? 1 : 0)
          .append(',')
          .append(e.learningRateReduced() ? 1 : 0)
          .append('\n');
    }
    return out.toString();
  }

  private static String number(double v) {
    return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6f", v);
  }
}
