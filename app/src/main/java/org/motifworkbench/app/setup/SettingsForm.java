package org.motifworkbench.app.setup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.motifworkbench.app.session.ModelSettings;
import org.motifworkbench.data.SplitMode;
import org.motifworkbench.data.SplitPlan;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.network.NetworkSpec;
import org.motifworkbench.sequence.SequenceSet;
import org.motifworkbench.training.TrainingParameter;
import org.motifworkbench.training.TrainingSpec;

/**
 * The inputs of the model form, one per setting of {@link ModelSettings}, in four sections: shows
 * settings as text and reads the text back into settings, with a message for every problem.
 */
final class SettingsForm {

  /**
   * What the form's inputs say: the settings (null when an input cannot be read), the network (null
   * when one of its inputs cannot be read) and every problem; usable when there is none.
   */
  record Reading(ModelSettings settings, NetworkSpec network, List<String> problems) {
    boolean valid() {
      return problems.isEmpty();
    }
  }

  static final String AUTO = "auto";

  // Network
  final TextInput kernelSizes =
      new TextInput(
          "kernelSizes",
          "Kernel sizes",
          "bases, comma list",
          "Filter widths, one branch per size: each branch looks for motifs about"
              + " this many bases long.");
  final TextInput filters =
      new TextInput(
          "filters",
          "Filters per branch",
          "detectors",
          "Filters per branch: how many motif detectors each branch learns.");
  final TextInput convDropout =
      new TextInput(
          "convDropout",
          "Convolution dropout",
          "fraction, 0 to <1",
          "Share of detector outputs switched off at random while training, so"
              + " the network cannot lean on a single detector. 0 = off.");
  final ChoiceInput<Boolean> attention =
      new ChoiceInput<>(
          "pooling",
          "Pooling",
          "How each branch sums up a whole sequence: attention learns which positions matter (and can"
              + " show them to you); max simply takes the strongest match anywhere.",
          List.of(true, false),
          on -> on ? "Attention (learns where to look)" : "Max (strongest match anywhere)");
  final TextInput denseUnits =
      new TextInput(
          "denseUnits",
          "Dense layers",
          "units, comma list",
          "Sizes of the fully connected layers that combine what the detectors found. Leave empty for"
              + " none.");
  final TextInput denseDropouts =
      new TextInput(
          "denseDropouts",
          "Dense dropout",
          "fraction per layer",
          "Dropout after each dense layer: one rate per dense layer, e.g." + " 0.5, 0.3.");
  final TextInput momentum =
      new TextInput(
          "batchNormMomentum",
          "Batch-norm momentum",
          "0 to 1",
          "How slowly the running averages used for prediction follow the data: 0.9 as in"
              + " PyTorch; 0.99 as in Keras is slower and can keep validation at chance for a few epochs.");
  final TextInput epsilon =
      new TextInput(
          "batchNormEpsilon",
          "Batch-norm epsilon",
          "small > 0",
          "A tiny number added so the normalisation never divides by zero (1e-5 or 0.001).");
  final ChoiceInput<String> initializer =
      new ChoiceInput<>(
          "initializer",
          "Initial weights",
          "How the starting weights are drawn at random before training.",
          List.of("pytorch", "he", "glorot"),
          SettingsForm::describeInitializer);

  // Training: labels, units, help and allowed values from the catalogue the CLI reads too
  final TextInput epochs = input(TrainingParameter.EPOCHS);
  final TextInput batchSize = input(TrainingParameter.BATCH_SIZE);
  final TextInput learningRate = input(TrainingParameter.LEARNING_RATE);
  final TextInput seed = input(TrainingParameter.SEED);
  final TextInput stopPatience = input(TrainingParameter.EARLY_STOPPING_PATIENCE);
  final TextInput plateauPatience = input(TrainingParameter.PLATEAU_PATIENCE);
  final TextInput plateauFactor = input(TrainingParameter.PLATEAU_FACTOR);
  final TextInput minLearningRate = input(TrainingParameter.MIN_LEARNING_RATE);
  final ChoiceInput<String> classWeights =
      choice(
          TrainingParameter.CLASS_WEIGHTS,
          String.class,
          w ->
              "balanced".equals(w)
                  ? "Balanced (rare classes count more)"
                  : "None (all sequences equal)");
  final ChoiceInput<Boolean> reverseComplement =
      choice(
          TrainingParameter.REVERSE_COMPLEMENT,
          Boolean.class,
          on -> on ? "On (signal on either strand)" : "Off");

  // Input length
  final ChoiceInput<LengthPolicy.Mode> lengthMode =
      new ChoiceInput<>(
          "lengthMode",
          "Other lengths",
          "What happens to sequences shorter or longer than the input length."
              + " Centre crops or pads with N equally at both ends; left keeps the first bases and pads"
              + " at the end; fixed refuses sequences of another length.",
          List.of(LengthPolicy.Mode.CENTER, LengthPolicy.Mode.LEFT, LengthPolicy.Mode.FIXED),
          SettingsForm::describeMode);
  final TextInput length =
      new TextInput(
          "inputLength",
          "Input length",
          "bases, or auto",
          "How many bases the network reads. 'auto' (or 0) uses the longest sequence in the data.");

  // Split
  final TextInput trainShare =
      new TextInput(
          "trainShare", "Training", "% of sequences", "Sequences the network learns from.");
  final TextInput validationShare =
      new TextInput(
          "validationShare",
          "Validation",
          "% of sequences",
          "Sequences checked after every epoch; they decide early stopping and"
              + " learning-rate reductions.");
  final TextInput testShare =
      new TextInput(
          "testShare",
          "Test",
          "% of sequences",
          "Sequences held back until the end, to measure the finished model fairly.");

  private final List<FormSection> sections =
      List.of(
          new FormSection(
              "Network",
              "The multi-scale convolutional network that learns the motifs.",
              List.of(
                  kernelSizes,
                  filters,
                  convDropout,
                  attention,
                  denseUnits,
                  denseDropouts,
                  momentum,
                  epsilon,
                  initializer)),
          new FormSection(
              "Training",
              "How the network learns from the training sequences.",
              List.of(
                  epochs,
                  batchSize,
                  learningRate,
                  seed,
                  stopPatience,
                  plateauPatience,
                  plateauFactor,
                  minLearningRate,
                  classWeights,
                  reverseComplement)),
          new FormSection(
              "Input length",
              "Every sequence is brought to one length before training.",
              List.of(length, lengthMode)),
          new FormSection(
              "Data split",
              "Stratified: every class is split in the same proportions,"
                  + " at random by the seed.",
              List.of(trainShare, validationShare, testShare)));

  List<FormSection> sections() {
    return sections;
  }

  /** Every text input, for listening to edits. */
  List<TextInput> textInputs() {
    return sections.stream()
        .flatMap(s -> s.inputs().stream())
        .filter(TextInput.class::isInstance)
        .map(TextInput.class::cast)
        .toList();
  }

  List<ChoiceInput<?>> choiceInputs() {
    List<ChoiceInput<?>> out = new ArrayList<>();
    sections.forEach(
        s ->
            s.inputs().stream()
                .filter(ChoiceInput.class::isInstance)
                .forEach(i -> out.add((ChoiceInput<?>) i)));
    return out;
  }

  /** Fills every input from {@code settings} and clears all problems. */
  void show(ModelSettings settings) {
    NetworkSpec n = settings.network();
    kernelSizes.setText(NumberText.formatList(n.kernelSizes()));
    filters.setText(Integer.toString(n.filters()));
    convDropout.setText(NumberText.format(n.convDropout()));
    attention.setValue(n.attention());
    denseUnits.setText(NumberText.formatList(n.denseUnits()));
    denseDropouts.setText(NumberText.formatList(n.denseDropouts()));
    momentum.setText(NumberText.format(n.batchNormMomentum()));
    epsilon.setText(NumberText.format(n.batchNormEpsilon()));
    initializer.setValue(n.initializer());
    TrainingSpec t = settings.training();
    epochs.setText(Integer.toString(t.epochs()));
    batchSize.setText(Integer.toString(t.batchSize()));
    learningRate.setText(NumberText.format(t.learningRate()));
    seed.setText(Integer.toString(t.seed()));
    stopPatience.setText(Integer.toString(t.earlyStoppingPatience()));
    plateauPatience.setText(Integer.toString(t.plateauPatience()));
    plateauFactor.setText(NumberText.format(t.plateauFactor()));
    minLearningRate.setText(NumberText.format(t.minLearningRate()));
    classWeights.setValue(t.classWeights());
    reverseComplement.setValue(t.reverseComplement());
    lengthMode.setValue(settings.lengthMode());
    length.setText(settings.length() == 0 ? AUTO : Integer.toString(settings.length()));
    SplitPlan split = settings.split();
    trainShare.setText(NumberText.formatPercent(split.trainFraction()));
    validationShare.setText(NumberText.formatPercent(split.validationFraction()));
    testShare.setText(NumberText.formatPercent(split.testFraction()));
    textInputs().forEach(i -> i.setProblem(null));
  }

  /**
   * Reads the inputs and marks each input that has a problem, whether its text cannot be read or
   * its value is out of range; kernels are checked against the input length {@code data} gets
   * (null: no data open). The preset is kept for display, the split seed follows the training seed.
   */
  Reading read(NetworkPreset preset, SequenceSet data) {
    Reader r = new Reader();
    NetworkSpec network =
        NetworkSpec.builder()
            .setKernelSizes(r.wholeNumbers(kernelSizes))
            .setFilters(r.wholeNumber(filters))
            .optConvDropout(r.decimal(convDropout))
            .optAttention(attention.getValue())
            .optDenseUnits(r.wholeNumbers(denseUnits))
            .optDenseDropouts(r.decimals(denseDropouts))
            .optBatchNormMomentum(r.decimal(momentum))
            .optBatchNormEpsilon(r.decimal(epsilon))
            .optInitializer(initializer.getValue())
            .build();
    boolean networkRead = r.unreadable.isEmpty();
    TrainingSpec training =
        TrainingSpec.builder()
            .optEpochs(r.wholeNumber(epochs))
            .optBatchSize(r.wholeNumber(batchSize))
            .optLearningRate(r.decimal(learningRate))
            .optSeed(r.wholeNumber(seed))
            .optEarlyStoppingPatience(r.wholeNumber(stopPatience))
            .optPlateauPatience(r.wholeNumber(plateauPatience))
            .optPlateauFactor(r.decimal(plateauFactor))
            .optMinLearningRate(r.decimal(minLearningRate))
            .optClassWeights(classWeights.getValue())
            .optReverseComplement(reverseComplement.getValue())
            .build();
    int inputLength =
        AUTO.equals(length.getText().trim().toLowerCase(Locale.ROOT)) ? 0 : r.wholeNumber(length);
    SplitPlan split =
        new SplitPlan(
            SplitMode.STRATIFIED,
            r.percent(trainShare),
            r.percent(validationShare),
            r.percent(testShare),
            training.seed(),
            null,
            null);
    ModelSettings settings =
        new ModelSettings(preset, network, training, lengthMode.getValue(), inputLength, split);
    List<String> problems = new ArrayList<>(r.problems);
    // With the length unreadable, the data's length would stand in for it: no kernel check then.
    SequenceSet lengthSource = r.unreadable.contains(length) ? null : data;
    problems.addAll(markOutOfRange(settings.problemsBySetting(lengthSource), r.unreadable));
    return new Reading(
        r.unreadable.isEmpty() ? settings : null, networkRead ? network : null, problems);
  }

  /**
   * Marks each readable input with the problems of its setting and returns them all, once each. A
   * problem that concerns an unreadable input is left out: it is about the stand-in value.
   */
  private List<String> markOutOfRange(
      Map<String, List<String>> bySetting, Set<TextInput> unreadable) {
    Set<String> ofUnreadable = new HashSet<>();
    bySetting.forEach(
        (setting, messages) -> {
          if (unreadable.contains(inputFor(setting))) {
            ofUnreadable.addAll(messages);
          }
        });
    Map<TextInput, List<String>> marks = new LinkedHashMap<>();
    Set<String> out = new LinkedHashSet<>();
    bySetting.forEach(
        (setting, messages) ->
            messages.stream()
                .filter(m -> !ofUnreadable.contains(m))
                .forEach(
                    m -> {
                      out.add(m);
                      TextInput input = inputFor(setting);
                      if (input != null) {
                        marks.computeIfAbsent(input, i -> new ArrayList<>()).add(m);
                      }
                    }));
    textInputs().stream()
        .filter(i -> !unreadable.contains(i))
        .forEach(i -> i.setProblem(marks.containsKey(i) ? String.join(" ", marks.get(i)) : null));
    return List.copyOf(out);
  }

  /** The text input of a setting named as in {@link ModelSettings#problemsBySetting}, or null. */
  private TextInput inputFor(String setting) {
    return switch (setting) {
      case "length" -> length;
      case "trainFraction" -> trainShare;
      case "validationFraction" -> validationShare;
      case "testFraction" -> testShare;
      default -> textInputs().stream().filter(i -> i.id().equals(setting)).findFirst().orElse(null);
    };
  }

  /** The text input of a training setting, described by its parameter. */
  private static TextInput input(TrainingParameter parameter) {
    return new TextInput(
        parameter.setting(), parameter.label(), parameter.unit(), parameter.description());
  }

  /** The choice of a training setting, offering the parameter's allowed values in order. */
  private static <T> ChoiceInput<T> choice(
      TrainingParameter parameter, Class<T> type, Function<T, String> describe) {
    List<T> options = parameter.range().choices().stream().map(type::cast).toList();
    return new ChoiceInput<>(
        parameter.setting(), parameter.label(), parameter.description(), options, describe);
  }

  private static String describeInitializer(String name) {
    return switch (name) {
      case "pytorch" -> "PyTorch default (uniform)";
      case "he" -> "He (normal)";
      case "glorot" -> "Glorot (Keras default)";
      default -> name;
    };
  }

  private static String describeMode(LengthPolicy.Mode mode) {
    return switch (mode) {
      case CENTER -> "Centre (crop or pad both ends)";
      case LEFT -> "Left (keep the start)";
      case FIXED -> "Fixed (lengths must match)";
    };
  }

  /** Reads inputs one by one, collecting problems and marking the inputs that cannot be read. */
  private static final class Reader {
    private final List<String> problems = new ArrayList<>();
    private final Set<TextInput> unreadable = new HashSet<>();

    int wholeNumber(TextInput input) {
      return read(input, () -> NumberText.wholeNumber(input), 0);
    }

    double decimal(TextInput input) {
      return read(input, () -> NumberText.decimal(input), 0.0);
    }

    double percent(TextInput input) {
      return read(input, () -> NumberText.percent(input), 0.0);
    }

    List<Integer> wholeNumbers(TextInput input) {
      return read(input, () -> NumberText.wholeNumbers(input), List.of());
    }

    List<Double> decimals(TextInput input) {
      return read(input, () -> NumberText.decimals(input), List.of());
    }

    private <T> T read(TextInput input, Parse<T> parse, T fallback) {
      try {
        return parse.get();
      } catch (NumberText.Unreadable e) {
        input.setProblem(e.getMessage());
        problems.add(e.getMessage());
        unreadable.add(input);
        return fallback;
      }
    }
  }

  @FunctionalInterface
  private interface Parse<T> {
    T get() throws NumberText.Unreadable;
  }
}
