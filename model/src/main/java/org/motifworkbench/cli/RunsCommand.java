package org.motifworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.motifworkbench.files.AtomicFile;
import org.motifworkbench.files.OutputGuard;
import org.motifworkbench.project.Project;
import org.motifworkbench.project.RunRecord;
import org.motifworkbench.project.TestResult;
import org.motifworkbench.workflow.SettingsTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Lists a project's runs, as the app's Runs screen does. */
@Command(
    name = "runs",
    description =
        "List the training runs of a project: data, changed settings, epochs, validation and test"
            + " metrics with 95% bootstrap intervals, time and back end.",
    footer = {
      "",
      "Examples:",
      "  mwb runs --project my-study",
      "  mwb runs --project my-study -o runs.tsv"
    })
final class RunsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--project", required = true, paramLabel = "DIR", description = "project folder")
  Path project;

  @Option(
      names = {"-o", "--out"},
      description = "also write the table as TSV here (every setting in its own column)")
  Path out;

  static final List<String> COLUMNS =
      List.of(
          "id",
          "name",
          "ended",
          "origin",
          "data",
          "preset",
          "changed",
          "epochs",
          "best_epoch",
          "stop",
          "val_accuracy",
          "val_loss",
          "test_n",
          "test_accuracy",
          "test_accuracy_low",
          "test_accuracy_high",
          "test_roc_auc",
          "test_roc_auc_low",
          "test_roc_auc_high",
          "ceiling",
          "seconds",
          "backend",
          "device",
          "grid",
          "grid_index");

  @Override
  public Integer call() throws Exception {
    OutputGuard.reading(List.of()).file(out);
    Project p = Project.open(project);
    List<RunRecord> runs = p.runs();
    PrintWriter o = spec.commandLine().getOut();
    if (runs.isEmpty()) {
      o.println("The project " + p.folder() + " has no runs yet.");
    } else {
      o.printf(
          Locale.ROOT,
          "%-20s %-14s %-10s %6s %8s %-22s %-22s %8s  %s%n",
          "id",
          "name",
          "preset",
          "epochs",
          "val acc",
          "test acc [95% CI]",
          "ROC AUC [95% CI]",
          "time",
          "changed settings");
      for (RunRecord r : runs) {
        o.printf(
            Locale.ROOT,
            "%-20s %-14s %-10s %6s %8s %-22s %-22s %7.0fs  %s%n",
            r.id(),
            clip(r.name(), 14),
            r.preset().toLowerCase(Locale.ROOT),
            r.bestEpoch() + "/" + r.epochs(),
            number(r.validationAccuracy()),
            withInterval(r.test(), true),
            withInterval(r.test(), false),
            r.seconds(),
            changed(r.changed()));
      }
    }
    for (String problem : p.problems()) {
      spec.commandLine().getErr().println("Warning: " + problem);
    }
    if (out != null) {
      AtomicFile.writeString(out, tsv(runs));
      o.println("Table written to " + out);
    }
    return 0;
  }

  static String tsv(List<RunRecord> runs) {
    List<String> settingKeys = new ArrayList<>();
    for (RunRecord r : runs) {
      for (String key : r.settings().keySet()) {
        if (!settingKeys.contains(key)) {
          settingKeys.add(key);
        }
      }
    }
    StringBuilder t = new StringBuilder();
    List<String> header = new ArrayList<>(COLUMNS);
    header.addAll(settingKeys);
    t.append(String.join("\t", header)).append('\n');
    for (RunRecord r : runs) {
      TestResult test = r.test();
      boolean intervals = test != null && test.intervals() != null;
      List<String> row =
          new ArrayList<>(
              List.of(
                  r.id(),
                  r.name(),
                  String.valueOf(r.createdAt()),
                  String.valueOf(r.origin()),
                  String.valueOf(r.dataName()),
                  r.preset(),
                  changed(r.changed()),
                  Integer.toString(r.epochs()),
                  Integer.toString(r.bestEpoch()),
                  String.valueOf(r.stopReason()),
                  number(r.validationAccuracy()),
                  number(r.validationLoss()),
                  test == null ? "" : Integer.toString(test.n()),
                  test == null ? "" : number(test.accuracy()),
                  intervals ? number(test.intervals().accuracy().low()) : "",
                  intervals ? number(test.intervals().accuracy().high()) : "",
                  test == null ? "" : number(test.rocAuc()),
                  intervals ? number(test.intervals().rocAuc().low()) : "",
                  intervals ? number(test.intervals().rocAuc().high()) : "",
                  number(r.ceiling()),
                  String.format(Locale.ROOT, "%.1f", r.seconds()),
                  String.valueOf(r.backend()),
                  String.valueOf(r.device()),
                  r.gridId() == null ? "" : r.gridId(),
                  r.gridIndex() < 0 ? "" : Integer.toString(r.gridIndex())));
      for (String key : settingKeys) {
        row.add(r.settings().getOrDefault(key, ""));
      }
      t.append(String.join("\t", row.stream().map(RunsCommand::cell).toList())).append('\n');
    }
    return t.toString();
  }

  private static String cell(String value) {
    return value.replace('\t', ' ').replace('\n', ' ');
  }

  private static String changed(Map<String, String> changed) {
    List<String> parts = new ArrayList<>();
    changed.forEach((k, v) -> parts.add(SettingsTable.shortName(k) + "=" + v));
    return parts.isEmpty() ? "preset as is" : String.join(", ", parts);
  }

  private static String withInterval(TestResult test, boolean accuracy) {
    if (test == null) {
      return "no test split";
    }
    double value = accuracy ? test.accuracy() : test.rocAuc();
    String text = number(value);
    if (test.intervals() != null) {
      var interval = accuracy ? test.intervals().accuracy() : test.intervals().rocAuc();
      text += " [" + interval.format(3) + "]";
    }
    return text;
  }

  private static String number(double value) {
    return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.4f", value);
  }

  private static String clip(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1) + "\u2026";
  }
}
