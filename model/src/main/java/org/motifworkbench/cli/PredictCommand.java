package org.motifworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.motifworkbench.bundle.ModelBundle;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.files.OutputGuard;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.workflow.PredictionWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Scores every sequence of a FASTA file with a saved model. */
@Command(
    name = "predict",
    description =
        "Predict the class of every sequence in a FASTA file (any size, plain or .gz). "
            + "Writes id, predicted class and one probability column per class (TSV, or CSV when the "
            + "output ends in .csv).",
    footer = {"", "Example:", "  mwb predict -m primer.mwb -i new.fa -o predictions.tsv"})
final class PredictCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = {"-m", "--model"},
      required = true,
      description = "model file (.mwb)")
  Path model;

  @Option(
      names = {"-i", "--input"},
      required = true,
      description = "FASTA file to score")
  Path input;

  @Option(
      names = {"-o", "--out"},
      required = true,
      description = "table to write (.tsv or .csv)")
  Path out;

  @Option(
      names = "--length-policy",
      description =
          "fit sequences of other lengths to the model: "
              + "center (crop or pad with N around the middle) or left (default: the model's own policy)")
  String lengthMode;

  @Option(
      names = "--both-strands",
      description =
          "average each probability over the sequence "
              + "and its reverse complement (for models trained on both strands)")
  boolean bothStrands;

  @Option(
      names = "--batch-size",
      defaultValue = "250",
      description = "sequences per batch, 1 to " + "8192 (default ${DEFAULT-VALUE})")
  int batchSize;

  @Override
  public Integer call() throws Exception {
    OptionRange.PREDICT_BATCH.check(batchSize);
    PrintWriter o = spec.commandLine().getOut();
    OutputGuard.reading(model, input).file(out);
    // The workbench runs on JDK 17, where a console exists only when a terminal is attached.
    @SuppressWarnings("SystemConsoleNull")
    boolean interactive = System.console() != null;
    try (ModelBundle bundle = ModelBundle.load(model)) {
      long start = System.nanoTime();
      LengthPolicy.Mode mode =
          lengthMode == null
              ? bundle.manifest().lengthPolicy().mode()
              : LengthPolicy.Mode.parse(lengthMode);
      PredictionWriter.Written written =
          PredictionWriter.predict(
              bundle,
              input,
              out,
              mode,
              batchSize,
              bothStrands,
              (fraction, message) -> {
                if (interactive) {
                  o.printf(Locale.ROOT, "\r%3.0f%%  %s", fraction * 100, message);
                  o.flush();
                }
              },
              CancellationToken.none());
      double seconds = (System.nanoTime() - start) / 1e9;
      long n = written.rows() - written.empty();
      o.printf(
          Locale.ROOT,
          "%sScored %d sequences in %.1f s (%.0f per second) -> %s%n",
          interactive ? "\r" : "",
          n,
          seconds,
          n / Math.max(seconds, 1e-9),
          out);
      if (written.empty() > 0) {
        o.printf(
            Locale.ROOT,
            "Warning: %d records have a header but no bases, e.g. %s; their "
                + "rows are kept, with no prediction and empty probabilities.%n",
            written.empty(),
            String.join(", ", written.emptyExamples()));
      }
    }
    return 0;
  }
}
