package org.motifworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.motifworkbench.bundle.ModelBundle;
import org.motifworkbench.evaluation.ClassificationMetrics;
import org.motifworkbench.files.AtomicFile;
import org.motifworkbench.sequence.SequenceSet;
import org.motifworkbench.workflow.EvaluationWorkflow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Scores a saved model on its recorded test split or on any labelled data. */
@Command(
    name = "evaluate",
    description = "Score a model: on the held-out test split recorded in the model file (default) "
        + "or on any labelled data given with the same options as 'train'.",
    footer = {"", "Examples:",
      "  mwb evaluate -m primer.mwb",
      "  mwb evaluate -m primer.mwb -f new-data.fa --json metrics.json"})
final class EvaluateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = {"-m", "--model"}, required = true, description = "model file (.mwb)")
  Path model;

  @Mixin InputOptions input;

  @Option(names = "--json", description = "write the metrics as JSON here") Path json;

  @Option(names = "--tsv", description = "write per-class metrics as TSV here") Path tsv;

  @Override
  public Integer call() throws Exception {
    PrintWriter o = spec.commandLine().getOut();
    try (ModelBundle bundle = ModelBundle.load(model)) {
      SequenceSet data = input.isEmpty() ? EvaluationWorkflow.recordedTestSet(bundle)
          : input.toDataSource().load();
      o.printf(Locale.ROOT, "Evaluating %s on %d sequences (%s)%n", model.getFileName(),
          data.size(), input.isEmpty() ? "the recorded test split" : "the given data");
      ClassificationMetrics metrics = EvaluationWorkflow.evaluate(bundle, data);
      o.println(metrics.report());
      if (json != null) {
        AtomicFile.writeString(json, metrics.toJson());
      }
      if (tsv != null) {
        AtomicFile.writeString(tsv, metrics.toTsv());
      }
    }
    return 0;
  }
}
