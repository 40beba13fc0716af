package org.motifworkbench.app.train;

import java.text.NumberFormat;
import java.util.Locale;
import org.motifworkbench.app.session.ModelSettings;
import org.motifworkbench.app.session.OpenedData;
import org.motifworkbench.app.session.TrainedModel;
import org.motifworkbench.training.BatchProgress;
import org.motifworkbench.training.EpochResult;
import org.motifworkbench.training.TrainingResult;

/** The Train screen's sentences: what will be trained, how far it is, and how it ended. */
final class TrainingText {

  private static final NumberFormat COUNT = NumberFormat.getIntegerInstance();

  private TrainingText() {}

  /** "primer-motif.fa · 2,000 sequences · 2 classes · Small and fast (teaching) · ...". */
  static String plan(OpenedData data, ModelSettings settings) {
    if (data == null) {
      return "No data open: open a data set on the Data screen first.";
    }
    int classes = data.sequences().classNames().size();
    String length;
    try {
      length =
          settings.length() > 0
              ? settings.length() + " bases"
              : settings.lengthPolicy(data.sequences()).length() + " bases (the longest sequence)";
    } catch (RuntimeException e) {
      length = "unknown";
    }
    return data.displayName()
        + " \u00b7 "
        + COUNT.format(data.sequences().size())
        + " sequences \u00b7 "
        + classes
        + (classes == 1 ? " class" : " classes")
        + " \u00b7 "
        + settings.preset().title()
        + " \u00b7 up to "
        + settings.training().epochs()
        + " epochs \u00b7 input "
        + length;
  }

  /** "Epoch 3 of 50 · batch 12 of 25 · about 40 s left (early stopping may end it sooner)". */
  static String progress(BatchProgress p, int maxEpochs) {
    return "Epoch "
        + p.epoch()
        + " of "
        + maxEpochs
        + " \u00b7 batch "
        + p.batch()
        + " of "
        + p.batchesPerEpoch()
        + " \u00b7 at most "
        + duration(p.etaMillis())
        + " left";
  }

  /** How a run ended, in one or two sentences. */
  static String result(TrainingJob.Finished finished) {
    TrainingResult t = finished.training();
    int ran = t.history().size();
    String how =
        switch (t.stopReason()) {
          case COMPLETED ->
              "Finished all " + ran + (ran == 1 ? " epoch" : " epochs") + ": " + trained(t) + ".";
          case EARLY_STOPPED ->
              "Stopped early after epoch "
                  + ran
                  + ": the validation loss had not"
                  + " improved since epoch "
                  + t.bestEpoch()
                  + " ("
                  + trained(t)
                  + ").";
          case CANCELLED ->
              finished.kept()
                  ? "Stopped at your request after "
                      + ran
                      + (ran == 1 ? " epoch" : " epochs")
                      + " ("
                      + trained(t)
                      + ")."
                  : "Stopped at your request before the first epoch ended: no model was kept, so the"
                      + " model from before (if any) is unchanged.";
        };
    if (!finished.kept()) {
      return how;
    }
    EpochResult best = t.best();
    StringBuilder s =
        new StringBuilder(how)
            .append(" The model keeps the weights of epoch ")
            .append(t.bestEpoch());
    if (best != null && !Double.isNaN(best.validationAccuracy())) {
      s.append(" (validation accuracy ").append(fixed(best.validationAccuracy())).append(")");
    }
    s.append('.');
    TrainedModel model = finished.model();
    if (model.test() != null) {
      s.append(" Test accuracy ").append(fixed(model.test().accuracy()));
      if (!Double.isNaN(finished.ceiling())) {
        s.append(" (best possible on this data: ").append(fixed(finished.ceiling())).append(')');
      }
      s.append('.');
    }
    return s.toString();
  }

  /** Who computed the run and how long it took: "trained by the Java kernels in 12 s". */
  private static String trained(TrainingResult t) {
    return "trained"
        + (t.backend() == null ? "" : " by the " + t.backend().label())
        + " in "
        + duration(t.elapsedMillis());
  }

  /** "12 s", "3 min 5 s", "1 h 20 min". */
  static String duration(long millis) {
    long seconds = Math.max(0, Math.round(millis / 1000.0));
    if (seconds < 60) {
      return seconds + " s";
    }
    long minutes = seconds / 60;
    if (minutes < 60) {
      return minutes + " min " + (seconds % 60) + " s";
    }
    return minutes / 60 + " h " + minutes % 60 + " min";
  }

  static String fixed(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
