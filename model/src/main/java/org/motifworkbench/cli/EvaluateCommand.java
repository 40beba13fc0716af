package org.motifworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.motifworkbench.bundle.ModelBundle;
import org.motifworkbench.evaluation.ClassificationMetrics;
import org.motifworkbench.files.AtomicFile;
import org.motifworkbench.files.OutputGuard;
import org.motifworkbench.interpret.AttributionMethod;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.progress.ProgressListener;
import org.motifworkbench.sequence.InputWarning;
import org.motifworkbench.sequence.SequenceSet;
import org.motifworkbench.workflow.EvaluationWorkflow;
import org.motifworkbench.workflow.ExplanationScores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Scores a saved model on its recorded test split or on any labelled data. */
@Command(
    name = "evaluate",
    description =
        "Score a model: on the held-out test split recorded in the model file (default) "
            + "or on any labelled data given with the same options as 'train'.",
    footer = {
      "",
      "Examples:",
      "  mwb evaluate -m primer.mwb",
      "  mwb evaluate -m primer.mwb -f new-data.fa --json metrics.json",
      "  mwb evaluate -m primer.mwb --explanation-score"
    })
final class EvaluateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = {"-m", "--model"},
      required = true,
      description = "model file (.mwb)")
  Path model;

  @Mixin InputOptions input;

  @Option(names = "--json", description = "write the metrics as JSON here")
  Path json;

  @Option(
      names = "--both-strands",
      description =
          "average each probability over the sequence "
              + "and its reverse complement (for models trained on both strands)")
  boolean bothStrands;

  @Option(names = "--tsv", description = "write per-class metrics as TSV here")
  Path tsv;

  @Option(
      names = "--explanation-score",
      description =
          "on synthetic data with planted sites: "
              + "for each attribution method, the share of correctly classified sequences whose "
              + "attribution peak lies inside the planted site")
  boolean explanationScore;

  @Option(
      names = "--explanation-limit",
      defaultValue = "200",
      description =
          "explain at most "
              + "this many sequences per method for --explanation-score (default ${DEFAULT-VALUE})")
  int explanationLimit;

  @Override
  public Integer call() throws Exception {
    new OptionRange("--explanation-limit", 1, 10_000_000, "sequences").check(explanationLimit);
    PrintWriter o = spec.commandLine().getOut();
    OutputGuard.reading(input.files(model)).file(json).file(tsv);
    try (ModelBundle bundle = ModelBundle.load(model)) {
      SequenceSet data =
          input.isEmpty()
              ? EvaluationWorkflow.recordedTestSet(bundle)
              : input.toDataSource().load();
      for (InputWarning w : data.warnings()) {
        o.println("Warning: " + w); // e.g. records without bases, which are not scored
      }
      o.printf(
          Locale.ROOT,
          "Evaluating %s on %d sequences (%s)%n",
          model.getFileName(),
          data.size(),
          input.isEmpty() ? "the recorded test split" : "the given data");
      ClassificationMetrics metrics = EvaluationWorkflow.evaluate(bundle, data, bothStrands);
      o.println(metrics.report());
      if (json != null) {
        AtomicFile.writeString(json, metrics.toJson());
      }
      if (tsv != null) {
        AtomicFile.writeString(tsv, metrics.toTsv());
      }
      if (explanationScore) {
        printExplanationScore(o, bundle, data);
      }
    }
    return 0;
  }

  private void printExplanationScore(PrintWriter o, ModelBundle bundle, SequenceSet data) {
    if (!ExplanationScores.hasPlantedSites(data)) {
      o.println(
          "No explanation score: no sequence header names a planted site (motif=... "
              + "pos=...), as the synthetic data of 'mwb simulate' does.");
      return;
    }
    ExplanationScores.Result result =
        ExplanationScores.compute(
            bundle,
            data,
            explanationLimit,
            List.of(AttributionMethod.values()),
            ProgressListener.NONE,
            CancellationToken.none());
    o.println();
    o.println(result.report().stripTrailing()); // println: picocli's writer flushes on it only
  }
}
