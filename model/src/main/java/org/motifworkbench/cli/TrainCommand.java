package org.motifworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.motifworkbench.data.SplitPlan;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.files.AtomicFile;
import org.motifworkbench.files.OutputGuard;
import org.motifworkbench.network.DjlRuntime;
import org.motifworkbench.network.NetworkParameter;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.network.NetworkSizing;
import org.motifworkbench.network.NetworkSpec;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.project.Project;
import org.motifworkbench.project.RunRecord;
import org.motifworkbench.sequence.DataSource;
import org.motifworkbench.sequence.InputWarning;
import org.motifworkbench.sequence.SequenceSet;
import org.motifworkbench.training.TrainingParameter;
import org.motifworkbench.training.TrainingSpec;
import org.motifworkbench.workflow.HistoryCsv;
import org.motifworkbench.workflow.RunConfig;
import org.motifworkbench.workflow.RunRecorder;
import org.motifworkbench.workflow.StrandDefault;
import org.motifworkbench.workflow.TrainingWorkflow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Trains a model on labelled sequences and saves it as one bundle file. */
@Command(
    name = "train",
    resourceBundle = "org.motifworkbench.cli.SettingOptionHelp",
    description =
        "Train a classifier on labelled sequences, evaluate it on a held-out test split "
            + "and save it as one model file (.mwb).",
    footer = {
      "",
      "Examples:",
      "  mwb train -f samples/primer-motif.fa --preset teaching --epochs 10 -o primer.mwb",
      "  mwb train -f tfbs.fa --labels tfbs.target --class bound,unbound --holdout-chromosomes "
          + "-o tfbs.mwb",
      "  mwb train -f promoters.fa -f background.fa --config my-settings.json -o promoter.mwb",
      "  mwb train -f samples/primer-motif.fa --preset teaching --project my-study"
    })
final class TrainCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin InputOptions input;

  @Mixin TrainingInputOptions inputs;

  @Option(
      names = {"-o", "--out"},
      description = "model file to write (.mwb); optional with --project")
  Path out;

  @Option(
      names = "--project",
      paramLabel = "DIR",
      description =
          "also keep the run in this project folder (made when it holds none), so the app's"
              + " Runs screen shows it")
  Path project;

  @Option(names = "--name", description = "the run's name in the project (default: Run N)")
  String runName;

  @Option(
      names = "--preset",
      defaultValue = "default",
      description = "tutorial, default, teaching or deepbind (default: ${DEFAULT-VALUE})")
  String preset;

  @Option(names = "--config", description = "JSON file with 'network' and 'training' settings")
  Path config;

  // Settings: each option's help and allowed values are its Parameter's (TrainingParameter,
  // NetworkParameter, LengthParameter, SplitParameter), keyed by the setting's name
  // (SettingOptionHelp), as on the Model form.

  @Option(names = "--epochs", descriptionKey = "epochs")
  Integer epochs;

  @Option(names = "--batch-size", descriptionKey = "batchSize")
  Integer batch;

  @Option(names = "--lr", descriptionKey = "learningRate")
  Double learningRate;

  @Option(names = "--seed", descriptionKey = "seed")
  Integer seed;

  @Option(names = "--patience", descriptionKey = "earlyStoppingPatience")
  Integer patience;

  @Option(names = "--plateau-patience", descriptionKey = "plateauPatience")
  Integer plateauPatience;

  @Option(names = "--plateau-factor", descriptionKey = "plateauFactor")
  Double plateauFactor;

  @Option(names = "--min-lr", descriptionKey = "minLearningRate")
  Double minLearningRate;

  @Option(names = "--class-weights", descriptionKey = "classWeights")
  String classWeights;

  @Option(names = "--rc-augment", negatable = true, descriptionKey = "reverseComplement")
  Boolean rcAugment;

  @Option(names = "--kernels", split = ",", paramLabel = "SIZES", descriptionKey = "kernelSizes")
  List<Integer> kernels = new ArrayList<>();

  @Option(names = "--filters", descriptionKey = "filters")
  Integer filters;

  @Option(names = "--conv-dropout", descriptionKey = "convDropout")
  Double convDropout;

  @Option(names = "--attention", negatable = true, descriptionKey = "attention")
  Boolean attention;

  @Option(
      names = "--dense-units",
      split = ",",
      paramLabel = "UNITS|none",
      descriptionKey = "denseUnits")
  List<String> denseUnits = new ArrayList<>();

  @Option(
      names = "--dense-dropouts",
      split = ",",
      paramLabel = "RATES",
      descriptionKey = "denseDropouts")
  List<Double> denseDropouts = new ArrayList<>();

  @Option(names = "--bn-momentum", descriptionKey = "batchNormMomentum")
  Double batchNormMomentum;

  @Option(names = "--bn-epsilon", descriptionKey = "batchNormEpsilon")
  Double batchNormEpsilon;

  @Option(names = "--init", descriptionKey = "initializer")
  String initializer;

  @Option(
      names = "--history",
      description = "also write the per-epoch training history as CSV " + "here")
  Path historyCsv;

  @Option(names = "--metrics", description = "also write the test metrics as JSON here")
  Path metricsJson;

  @Override
  public Integer call() throws Exception {
    checkSettingOptions();
    if (out == null && project == null) {
      throw new ParameterException(
          spec.commandLine(),
          "Give the model file to write (-o FILE.mwb), a project (--project" + " DIR), or both.");
    }
    OutputGuard.reading(input.files(config)).file(out).file(historyCsv).file(metricsJson);
    Project kept = project == null ? null : ProjectOption.openOrCreate(project);
    PrintWriter o = spec.commandLine().getOut();
    RunConfig run = runConfig();
    DataSource source = input.toDataSource();
    SequenceSet data = source.load();
    for (InputWarning w : data.warnings()) {
      o.println("Warning: " + w);
    }
    LengthPolicy policy = inputs.lengthPolicy(data);
    double ceiling = TrainingWorkflow.knownCeiling(source);
    o.printf(
        Locale.ROOT,
        "%d sequences, classes %s, input %s%n",
        data.size(),
        data.classCounts(),
        policy);
    if (!Double.isNaN(ceiling)) {
      o.printf(Locale.ROOT, "Best possible accuracy on this data (Bayes-optimal): %.4f%n", ceiling);
    }
    if (rcAugment == null && config == null) {
      StrandDefault strands = StrandDefault.of(data);
      run =
          new RunConfig(run.network(), run.training().withReverseComplement(strands.bothStrands()));
      o.println(strands.reason());
    }
    SplitPlan plan = inputs.splitPlan(run.training().seed());
    NetworkSizing sizing =
        kernels.isEmpty() && config == null
            ? NetworkSizing.of(run.network(), plan.split(data).train().length, policy.length())
            : NetworkSizing.asSet(run.network());
    checkKernels(sizing.spec(), policy);
    o.println(sizing.summary());
    o.println("Engine: " + DjlRuntime.start().summary());
    TrainingWorkflow.Request request =
        new TrainingWorkflow.Request(
            data,
            source,
            policy,
            plan,
            sizing.spec(),
            run.training(),
            ceiling,
            inputs.device(DjlRuntime.start().devices()));
    CancellationToken cancel = new CancellationToken();
    Thread hook = new Thread(cancel::cancel);
    Runtime.getRuntime().addShutdownHook(hook);
    // The workbench runs on JDK 17, where a console exists only when a terminal is attached.
    @SuppressWarnings("SystemConsoleNull")
    boolean interactive = System.console() != null;
    ProgressLine progress = new ProgressLine(o, interactive, run.training().epochs());
    TrainingWorkflow.Outcome outcome = TrainingWorkflow.run(request, progress, cancel);
    if (!outcome.kept()) {
      removeHook(hook);
      o.println("Training was cancelled before its first epoch ended: no model was saved.");
      return 1;
    }
    try (var bundle = outcome.bundle()) {
      String stop =
          outcome.training().stopReason().name().toLowerCase(Locale.ROOT).replace('_', ' ');
      if (out != null) {
        bundle.save(out);
        o.printf(
            Locale.ROOT,
            "Best epoch %d (%s). Model saved to %s%n",
            outcome.training().bestEpoch(),
            stop,
            out);
      }
      if (kept != null) {
        String name = runName != null ? runName : kept.nextRunName();
        RunRecord added =
            kept.addRun(
                RunRecorder.record(
                    request,
                    outcome,
                    outcome.training().elapsedMillis() / 1000.0,
                    "command line",
                    name),
                bundle);
        o.printf(
            Locale.ROOT,
            "Best epoch %d (%s). Run '%s' (%s) added to the project %s%n",
            outcome.training().bestEpoch(),
            stop,
            added.name(),
            added.id(),
            kept.folder());
      }
      if (outcome.test() != null) {
        o.println();
        o.println("Held-out test split:");
        o.println(outcome.test().report());
        if (outcome.testIntervals() != null) {
          o.printf(
              Locale.ROOT,
              "95%% bootstrap intervals (%d resamples of the test split): accuracy %s,"
                  + " ROC AUC %s%n",
              outcome.testIntervals().resamples(),
              outcome.testIntervals().accuracy().format(3),
              outcome.testIntervals().rocAuc().format(3));
        }
        if (!Double.isNaN(ceiling)) {
          o.printf(
              Locale.ROOT,
              "Test accuracy %.4f against a ceiling of %.4f%n",
              outcome.test().accuracy(),
              ceiling);
        }
        for (String warning : outcome.warnings()) {
          o.println();
          o.println("Warning: " + warning);
        }
        if (metricsJson != null) {
          AtomicFile.writeString(metricsJson, outcome.test().toJson());
        }
      }
      if (historyCsv != null) {
        AtomicFile.writeString(historyCsv, HistoryCsv.format(outcome.training().history()));
      }
    } finally {
      removeHook(hook);
    }
    return 0;
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the JVM is exiting because the user pressed Ctrl+C; the hook already ran
    }
  }

  /** Refuses a setting's option outside its parameter's range, naming it, before files are read. */
  private void checkSettingOptions() {
    OptionRange.check(TrainingParameter.EPOCHS, epochs);
    OptionRange.check(TrainingParameter.BATCH_SIZE, batch);
    OptionRange.check(TrainingParameter.LEARNING_RATE, learningRate);
    OptionRange.check(TrainingParameter.SEED, seed);
    OptionRange.check(TrainingParameter.EARLY_STOPPING_PATIENCE, patience);
    OptionRange.check(TrainingParameter.PLATEAU_PATIENCE, plateauPatience);
    OptionRange.check(TrainingParameter.PLATEAU_FACTOR, plateauFactor);
    OptionRange.check(TrainingParameter.MIN_LEARNING_RATE, minLearningRate);
    OptionRange.check(TrainingParameter.CLASS_WEIGHTS, classWeights);
    OptionRange.check(TrainingParameter.REVERSE_COMPLEMENT, rcAugment);
    OptionRange.check(NetworkParameter.KERNEL_SIZES, kernels);
    OptionRange.check(NetworkParameter.FILTERS, filters);
    OptionRange.check(NetworkParameter.CONV_DROPOUT, convDropout);
    OptionRange.check(NetworkParameter.ATTENTION, attention);
    OptionRange.check(NetworkParameter.DENSE_UNITS, denseUnits());
    OptionRange.check(NetworkParameter.DENSE_DROPOUTS, denseDropouts);
    OptionRange.check(NetworkParameter.BATCH_NORM_MOMENTUM, batchNormMomentum);
    OptionRange.check(NetworkParameter.BATCH_NORM_EPSILON, batchNormEpsilon);
    OptionRange.check(NetworkParameter.INITIALIZER, initializer);
    inputs.check();
  }

  /**
   * The dense layers given by {@code --dense-units}: empty for "none", null when not given.
   *
   * @throws IllegalArgumentException naming the option when a size is not a whole number
   */
  private List<Integer> denseUnits() {
    if (denseUnits.isEmpty()) {
      return null;
    }
    if (denseUnits.size() == 1 && denseUnits.get(0).trim().equalsIgnoreCase("none")) {
      return List.of();
    }
    List<Integer> units = new ArrayList<>();
    for (String u : denseUnits) {
      try {
        units.add(Integer.parseInt(u.trim()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            NetworkParameter.DENSE_UNITS.option()
                + " takes whole numbers separated by commas, or none (got '"
                + u
                + "').",
            e);
      }
    }
    return units;
  }

  private RunConfig runConfig() {
    NetworkPreset p = NetworkPreset.parse(preset);
    RunConfig base = config != null ? RunConfig.read(config, p) : RunConfig.of(p);
    TrainingSpec.Builder t = base.training().toBuilder();
    if (epochs != null) {
      t.optEpochs(epochs);
    }
    if (batch != null) {
      t.optBatchSize(batch);
    }
    if (learningRate != null) {
      t.optLearningRate(learningRate);
    }
    if (seed != null) {
      t.optSeed(seed);
    }
    if (patience != null) {
      t.optEarlyStoppingPatience(patience);
    }
    if (plateauPatience != null) {
      t.optPlateauPatience(plateauPatience);
    }
    if (plateauFactor != null) {
      t.optPlateauFactor(plateauFactor);
    }
    if (minLearningRate != null) {
      t.optMinLearningRate(minLearningRate);
    }
    if (classWeights != null) {
      t.optClassWeights(classWeights);
    }
    if (rcAugment != null) {
      t.optReverseComplement(rcAugment);
    }
    RunConfig run = new RunConfig(network(base.network()), t.build());
    List<String> problems = run.validate();
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join(" ", problems));
    }
    return run;
  }

  /** {@code base} with the network options given. */
  private NetworkSpec network(NetworkSpec base) {
    NetworkSpec.Builder n = base.toBuilder();
    if (!kernels.isEmpty()) {
      n.setKernelSizes(kernels);
    }
    if (filters != null) {
      n.setFilters(filters);
    }
    if (convDropout != null) {
      n.optConvDropout(convDropout);
    }
    if (attention != null) {
      n.optAttention(attention);
    }
    List<Integer> units = denseUnits();
    if (units != null) {
      n.optDenseUnits(units);
      if (units.isEmpty() && denseDropouts.isEmpty()) {
        n.optDenseDropouts(List.of()); // no layers, so no rates
      }
    }
    if (!denseDropouts.isEmpty()) {
      n.optDenseDropouts(denseDropouts);
    }
    if (batchNormMomentum != null) {
      n.optBatchNormMomentum(batchNormMomentum);
    }
    if (batchNormEpsilon != null) {
      n.optBatchNormEpsilon(batchNormEpsilon);
    }
    if (initializer != null) {
      n.optInitializer(initializer);
    }
    return n.build();
  }

  /**
   * Refuses kernels wider than the input before training (the default network has already left them
   * out: see {@link NetworkSizing}).
   */
  private void checkKernels(NetworkSpec network, LengthPolicy policy) {
    List<String> problems = network.problemsForInputLength(policy.length());
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          String.join(" ", problems)
              + (inputs.length != null
                  ? " (The input length is --length " + inputs.length + ".)"
                  : " (The input length is the longest sequence in the data; --length sets another.)"));
    }
  }
}
