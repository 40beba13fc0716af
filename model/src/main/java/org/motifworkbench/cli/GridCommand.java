package org.motifworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.motifworkbench.data.SplitParameter;
import org.motifworkbench.data.SplitPlan;
import org.motifworkbench.encoding.LengthParameter;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.evaluation.Interval;
import org.motifworkbench.files.OutputGuard;
import org.motifworkbench.network.DjlRuntime;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.project.Project;
import org.motifworkbench.project.RunRecord;
import org.motifworkbench.project.TestResult;
import org.motifworkbench.sequence.DataSource;
import org.motifworkbench.sequence.InputWarning;
import org.motifworkbench.sequence.SequenceSet;
import org.motifworkbench.training.BatchProgress;
import org.motifworkbench.training.EpochResult;
import org.motifworkbench.workflow.GridCombination;
import org.motifworkbench.workflow.GridEstimate;
import org.motifworkbench.workflow.GridRequest;
import org.motifworkbench.workflow.GridResult;
import org.motifworkbench.workflow.GridSearch;
import org.motifworkbench.workflow.GridSpec;
import org.motifworkbench.workflow.TrainingWorkflow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Trains every combination of a settings grid on one split, each a run of a project, and prints
 * them ranked by validation accuracy.
 */
@Command(
    name = "grid",
    resourceBundle = "org.motifworkbench.cli.SettingOptionHelp",
    description =
        "Search a grid of settings: train every combination of the values in a grid file, one "
            + "after the other on the same split, add each as a run to a project, and rank them "
            + "by validation accuracy (never by test). Run the same command again to resume.",
    footer = {
      "",
      "Grid file (JSON): a preset, base settings as for 'mwb train --config', and lists of values:",
      "  {\"preset\": \"teaching\", \"base\": {\"training\": {\"epochs\": 5}},",
      "   \"grid\": {\"network.filters\": [16, 32], \"training.learningRate\": [0.001, 0.003]}}",
      "",
      "Examples:",
      "  mwb grid --config samples/grid-example.json -f samples/promoter-clean.fa --project my-study",
      "  mwb runs --project my-study"
    })
final class GridCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin InputOptions input;

  @Option(
      names = "--config",
      required = true,
      paramLabel = "FILE",
      description = "grid file (JSON): 'preset', 'base' settings and 'grid' value lists")
  Path config;

  @Option(
      names = "--project",
      required = true,
      paramLabel = "DIR",
      description = "project folder the runs are added to (made when it has no project)")
  Path project;

  @Option(
      names = "--preset",
      defaultValue = "default",
      description = "preset when the grid file names none (default: ${DEFAULT-VALUE})")
  String preset;

  // The split and length options are mwb train's (same names, same checks).

  @Option(names = "--split", split = ",", paramLabel = "TRAIN,VAL,TEST", descriptionKey = "split")
  List<Double> split = new ArrayList<>();

  @Option(
      names = "--holdout-chromosomes",
      description =
          "split by whole chromosomes (headers "
              + "like chr3:100-201), so neighbouring sequences never leak between train and test")
  boolean byChromosome;

  @Option(names = "--test-chromosomes", split = ",", description = "chromosomes held out for test")
  List<String> testChromosomes = new ArrayList<>();

  @Option(names = "--val-chromosomes", split = ",", description = "chromosomes for validation")
  List<String> valChromosomes = new ArrayList<>();

  @Option(names = "--length-policy", descriptionKey = "lengthMode")
  String lengthMode;

  @Option(names = "--length", descriptionKey = "length")
  Integer length;

  @Option(names = "--threads", description = "CPU threads for the engine (default: all cores)")
  Integer threads;

  @Option(
      names = "--device",
      description = "cpu, gpu(0), gpu(1)...: where to train (default: as 'mwb train')")
  String device;

  @Override
  public Integer call() throws Exception {
    OptionRange.check(LengthParameter.LENGTH, length);
    OptionRange.choice(LengthParameter.MODE, lengthMode);
    splitPlan(0); // the shares' problems, before any file is read
    if (threads != null) {
      DjlRuntime.requestThreads(OptionRange.THREADS.check(threads));
    }
    PrintWriter o = spec.commandLine().getOut();
    GridSpec grid = GridSpec.read(config, NetworkPreset.parse(preset));
    DataSource source = input.toDataSource();
    SequenceSet data = source.load();
    for (InputWarning w : data.warnings()) {
      o.println("Warning: " + w);
    }
    LengthPolicy policy = lengthPolicy(data);
    OutputGuard.reading(input.files(config)).folder(project, Project.FILE_NAME);
    Project target = ProjectOption.openOrCreate(project);
    GridRequest request =
        new GridRequest(
            grid,
            data,
            source,
            policy,
            splitPlan(0),
            TrainingWorkflow.knownCeiling(source),
            device(DjlRuntime.start().devices()));
    o.printf(
        Locale.ROOT,
        "%d sequences, classes %s, input %s%n",
        data.size(),
        data.classCounts(),
        policy);
    o.printf(
        Locale.ROOT,
        "Grid %s: %d combinations of %s, preset %s, into project %s%n",
        request.id(),
        grid.size(),
        String.join(" x ", grid.axes().stream().map(GridSpec.Axis::setting).toList()),
        grid.preset().name().toLowerCase(Locale.ROOT),
        target.folder());
    o.println("Engine: " + DjlRuntime.start().summary());
    CancellationToken cancel = new CancellationToken();
    CountDownLatch ended = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              cancel.cancel();
              awaitQuietly(ended); // the finished runs are saved; let the summary print
            });
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      @SuppressWarnings("SystemConsoleNull") // on JDK 17 a console exists only on a terminal
      boolean interactive = System.console() != null;
      GridResult result =
          GridSearch.run(request, target, new Printer(o, interactive, grid.size()), cancel);
      o.println();
      o.print(table(result));
      if (result.cancelled()) {
        o.println(
            "Cancelled: the finished runs are kept in "
                + target.folder()
                + ". Run the same command again to resume.");
        o.flush();
        return 130;
      }
      o.flush();
      return 0;
    } finally {
      ended.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // Ctrl+C: the hook already runs
      }
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The ranked runs: rank, name, validation accuracy and loss, test accuracy with its 95% interval,
   * the best marked with *.
   */
  static String table(GridResult result) {
    if (result.ranked().isEmpty()) {
      return "No combination has finished yet.\n";
    }
    StringBuilder sb = new StringBuilder();
    int nameWidth =
        Math.max(4, result.ranked().stream().mapToInt(r -> r.name().length()).max().orElse(4));
    String row = "%-6s %-" + nameWidth + "s  %7s  %8s  %s%n";
    sb.append(
        String.format(
            Locale.ROOT, row, "rank", "name", "val acc", "val loss", "test acc [95% CI]"));
    int rank = 1;
    for (RunRecord r : result.ranked()) {
      String mark = r.id().equals(result.best().id()) ? "*" : "";
      sb.append(
          String.format(
              Locale.ROOT,
              row,
              rank++ + mark,
              r.name(),
              number(r.validationAccuracy()),
              number(r.validationLoss()),
              test(r.test())));
    }
    sb.append(
        "* best by validation accuracy (ties: validation loss); the test split chose"
            + " nothing.\n");
    return sb.toString();
  }

  private static String number(double value) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.4f", value);
  }

  private static String test(TestResult test) {
    if (test == null) {
      return "n/a (no test split)";
    }
    Interval ci = test.intervals() == null ? Interval.UNDEFINED : test.intervals().accuracy();
    return number(test.accuracy()) + (ci.defined() ? " [" + ci.format(3) + "]" : "");
  }

  /** Prints each combination's header, its epochs as {@code mwb train} does, and estimates. */
  private static final class Printer implements GridSearch.Listener {
    private final PrintWriter out;
    private final boolean interactive;
    private final int size;
    private ProgressLine line;
    private String lastEstimate;

    Printer(PrintWriter out, boolean interactive, int size) {
      this.out = out;
      this.interactive = interactive;
      this.size = size;
    }

    private String position(GridCombination c) {
      return "combination " + (c.index() + 1) + "/" + size;
    }

    @Override
    public void combinationSkipped(GridCombination c, RunRecord run) {
      out.println(
          "Skipped "
              + position(c)
              + " ("
              + c.label()
              + "): already in the project as run "
              + run.id()
              + ".");
      out.flush();
    }

    @Override
    public void combinationStarted(GridCombination c) {
      out.println();
      out.println("Training " + position(c) + ": " + c.label());
      out.flush();
      line = new ProgressLine(out, interactive, c.config().training().epochs());
    }

    @Override
    public void combinationFinished(GridCombination c, RunRecord run) {
      out.printf(
          Locale.ROOT,
          "Run %s added: best epoch %d, val acc %s, test acc %s%n",
          run.id(),
          run.bestEpoch(),
          number(run.validationAccuracy()),
          test(run.test()));
      out.flush();
    }

    @Override
    public void combinationCancelled(GridCombination c) {
      out.println();
      out.println("Cancelled during " + position(c) + ": it is not kept.");
      out.flush();
    }

    @Override
    public void batchFinished(GridCombination c, BatchProgress p) {
      line.batchFinished(p);
    }

    @Override
    public void epochFinished(GridCombination c, EpochResult e) {
      line.epochFinished(e);
    }

    @Override
    public void stoppedEarly(GridCombination c, int epoch, int bestEpoch) {
      line.stoppedEarly(epoch, bestEpoch);
    }

    @Override
    public void estimated(GridEstimate e) {
      String text = e.combinations() + " " + e.text();
      if (text.equals(lastEstimate)) {
        return;
      }
      lastEstimate = text;
      out.println(
          "Time left for "
              + e.combinations()
              + (e.combinations() == 1 ? " combination: " : " combinations: ")
              + e.text());
      out.flush();
    }
  }

  private String device(List<String> available) {
    if (device == null) {
      return null;
    }
    String wanted =
        device.trim().toLowerCase(Locale.ROOT).replace("gpu", "gpu(").replace("((", "(");
    if (wanted.startsWith("gpu(") && !wanted.endsWith(")")) {
      wanted = wanted + ")";
    }
    if (wanted.equals("gpu()")) {
      wanted = "gpu(0)";
    }
    if (!available.contains(wanted)) {
      throw new IllegalArgumentException(
          "The engine has no device '"
              + device
              + "'; it sees "
              + String.join(", ", available)
              + ". 'mwb engine' explains how to use a GPU.");
    }
    return wanted;
  }

  /** The input length policy from the options, or fitting the data (as {@code mwb train}). */
  private LengthPolicy lengthPolicy(SequenceSet data) {
    LengthPolicy.Mode mode =
        lengthMode == null
            ? LengthPolicy.Mode.CENTER
            : (LengthPolicy.Mode) OptionRange.choice(LengthParameter.MODE, lengthMode);
    if (length != null) {
      return new LengthPolicy(mode, length);
    }
    LengthPolicy fitting = LengthPolicy.fitting(data);
    return lengthMode == null ? fitting : new LengthPolicy(mode, fitting.length());
  }

  /** The split from the options; its seed is set from the grid's base settings later. */
  private SplitPlan splitPlan(int seedValue) {
    SplitPlan plan =
        byChromosome || !testChromosomes.isEmpty()
            ? SplitPlan.chromosomes(seedValue, testChromosomes, valChromosomes)
            : SplitPlan.stratified(seedValue);
    if (!split.isEmpty()) {
      if (split.size() != 3) {
        throw new IllegalArgumentException(
            SplitParameter.OPTION + " needs three fractions: train,val,test.");
      }
      plan = plan.withFractions(split.get(0), split.get(1), split.get(2));
    }
    List<String> problems = plan.problems();
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join(" ", problems));
    }
    return plan;
  }
}
