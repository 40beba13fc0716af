package org.motifworkbench.app.labcheck;

import java.util.List;
import java.util.Locale;

/**
 * What a lab check measured, and its verdict against the teaching plan's budget.
 *
 * @param lesson the lesson whose training was run, e.g. "1. Find the planted motif"
 * @param dataFile the data set's file name, e.g. "primer-motif.fa"
 * @param sequences how many sequences the data set holds
 * @param epochsRun epochs trained (early stopping may end before the maximum)
 * @param maxEpochs the lesson's epochs
 * @param seconds how long training and scoring the test split took (what a student waits for)
 * @param testAccuracy accuracy on the held-out test split, 0-1
 * @param requiredAccuracy the accuracy the lesson asks for (0-1)
 * @param engine the engine and who computes, e.g. "PyTorch 2.7.1 on CPU, models computed by ..."
 * @param device "CPU" or "GPU 0"
 * @param cores processor cores the JVM sees
 * @param budgetSeconds the plan's allowance for this training
 * @param verdict how the result compares with the plan
 */
public record LabCheckReport(
    String lesson,
    String dataFile,
    int sequences,
    int epochsRun,
    int maxEpochs,
    double seconds,
    double testAccuracy,
    double requiredAccuracy,
    String engine,
    String device,
    int cores,
    double budgetSeconds,
    Verdict verdict) {

  /** How a computer fares against the plan. */
  public enum Verdict {
    /** Within the budget and the model learned: the plan's timings hold. */
    READY,
    /** Up to twice the budget: the lessons work, the class needs extra time. */
    SLOW,
    /** Over twice the budget: the plan's timings do not hold on this computer. */
    TOO_SLOW,
    /** The model stayed below the lesson's accuracy: something is wrong with this installation. */
    NOT_LEARNING
  }

  /** The verdict for {@code seconds} and {@code testAccuracy} against the budget and the bar. */
  public static Verdict judge(
      double seconds, double budgetSeconds, double testAccuracy, double requiredAccuracy) {
    if (!(testAccuracy >= requiredAccuracy)) {
      return Verdict.NOT_LEARNING;
    }
    if (seconds <= budgetSeconds) {
      return Verdict.READY;
    }
    return seconds <= 2 * budgetSeconds ? Verdict.SLOW : Verdict.TOO_SLOW;
  }

  /** The verdict in one sentence, e.g. "Ready: lesson 1's training takes 12 s here; ...". */
  public String verdictText() {
    String took = String.format(Locale.ROOT, "training takes %s here", seconds(seconds));
    String allows = String.format(Locale.ROOT, "the plan allows %s", seconds(budgetSeconds));
    return switch (verdict) {
      case READY -> "Ready: lesson 1's " + took + "; " + allows + ".";
      case SLOW ->
          String.format(
              Locale.ROOT,
              "Usable, but slow: lesson 1's %s; %s. Every lesson's training will take about %.1f"
                  + " times as long as planned: allow extra time, or let students work in pairs"
                  + " on the faster computers.",
              took,
              allows,
              seconds / budgetSeconds);
      case TOO_SLOW ->
          String.format(
              Locale.ROOT,
              "Too slow for the plan: lesson 1's %s; %s (%.1f times as long). Close other"
                  + " programs and check again; if it stays slow, let students work in pairs on"
                  + " the faster computers, or run the training steps as a demonstration.",
              took,
              allows,
              seconds / budgetSeconds);
      case NOT_LEARNING ->
          String.format(
              Locale.ROOT,
              "Problem: the model reached only %.0f%% test accuracy here, and lesson 1 expects at"
                  + " least %.0f%%. Reinstall the workbench from its archive and check again; if"
                  + " it fails again, report it with this text.",
              100 * testAccuracy,
              100 * requiredAccuracy);
    };
  }

  /** The whole report, one fact per line, for the dialog and for copying into an e-mail. */
  public List<String> lines() {
    return List.of(
        verdictText(),
        String.format(
            Locale.ROOT,
            "Time: %s for %d of %d epochs on %s (%,d sequences), including scoring the test"
                + " sequences.",
            seconds(seconds),
            epochsRun,
            maxEpochs,
            dataFile,
            sequences),
        String.format(
            Locale.ROOT,
            "Test accuracy: %.1f%% (the lesson asks for at least %.0f%%).",
            100 * testAccuracy,
            100 * requiredAccuracy),
        "Engine: " + engine + ".",
        String.format(Locale.ROOT, "Device: %s; processor cores: %d.", device, cores),
        "Lesson: " + lesson + ".");
  }

  private static String seconds(double s) {
    return s < 10
        ? String.format(Locale.ROOT, "%.1f s", s)
        : String.format(Locale.ROOT, "%.0f s", s);
  }
}
