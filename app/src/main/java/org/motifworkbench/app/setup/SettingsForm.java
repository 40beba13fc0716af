package org.motifworkbench.app.setup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.motifworkbench.app.session.ModelSettings;
import org.motifworkbench.data.SplitMode;
import org.motifworkbench.data.SplitParameter;
import org.motifworkbench.data.SplitPlan;
import org.motifworkbench.encoding.LengthParameter;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.network.NetworkParameter;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.network.NetworkSpec;
import org.motifworkbench.sequence.SequenceSet;
import org.motifworkbench.setting.Parameter;
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

  // Network, training, input length and split: labels, units, help and allowed values from the
  // catalogues the command line reads too
  final TextInput kernelSizes = input(NetworkParameter.KERNEL_SIZES);
  final TextInput filters = input(NetworkParameter.FILTERS);
  final TextInput convDropout = input(NetworkParameter.CONV_DROPOUT);
  final ChoiceInput<Boolean> attention =
      choice(
          NetworkParameter.ATTENTION,
          Boolean.class,
          on -> on ? "Attention (learns where to look)" : "Max (strongest match anywhere)");
  final TextInput denseUnits = input(NetworkParameter.DENSE_UNITS);
  final TextInput denseDropouts = input(NetworkParameter.DENSE_DROPOUTS);
  final TextInput momentum = input(NetworkParameter.BATCH_NORM_MOMENTUM);
  final TextInput epsilon = input(NetworkParameter.BATCH_NORM_EPSILON);
  final ChoiceInput<String> initializer =
      choice(NetworkParameter.INITIALIZER, String.class, SettingsForm::describeInitializer);

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

  final ChoiceInput<LengthPolicy.Mode> lengthMode =
      choice(LengthParameter.MODE, LengthPolicy.Mode.class, SettingsForm::describeMode);
  final TextInput length = input(LengthParameter.LENGTH);

  // The shares are typed in percent: their tooltips give the same range and default in percent.
  final TextInput trainShare = share(SplitParameter.TRAIN_FRACTION);
  final TextInput validationShare = share(SplitParameter.VALIDATION_FRACTION);
  final TextInput testShare = share(SplitParameter.TEST_FRACTION);

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
   * What differs between two settings as the form shows them, in words: "the preset", one or two
   * inputs' labels ("Filters per branch and Epochs"), or "4 settings".
   */
  static String describeChange(ModelSettings before, ModelSettings after) {
    if (before.preset() != after.preset()) {
      return "the preset";
    }
    SettingsForm a = new SettingsForm();
    SettingsForm b = new SettingsForm();
    a.show(before);
    b.show(after);
    List<String> labels = new ArrayList<>();
    List<FormInput> inputsA = a.inputs();
    List<FormInput> inputsB = b.inputs();
    for (int i = 0; i < inputsA.size(); i++) {
      if (!Objects.equals(shown(inputsA.get(i)), shown(inputsB.get(i)))) {
        labels.add(inputsA.get(i).label());
      }
    }
    return switch (labels.size()) {
      case 0 -> "the settings"; // differs where the form shows nothing, e.g. a lesson's split
      case 1 -> labels.get(0);
      case 2 -> labels.get(0) + " and " + labels.get(1);
      default -> labels.size() + " settings";
    };
  }

  /** Every input, section by section. */
  List<FormInput> inputs() {
    return sections.stream().flatMap(s -> s.inputs().stream()).toList();
  }

  private static Object shown(FormInput input) {
    return input instanceof TextInput text ? text.getText() : ((ChoiceInput<?>) input).getValue();
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
    // "auto" is 0 in the settings; a typed 0 is refused like any length out of range
    int inputLength =
        AUTO.equals(length.getText().trim().toLowerCase(Locale.ROOT))
            ? 0
            : r.wholeNumberIn(length, LengthParameter.LENGTH);
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

  /**
   * The text input of a setting named as in {@link ModelSettings#problemsBySetting} (each input's
   * id is its setting's name), or null.
   */
  private TextInput inputFor(String setting) {
    return textInputs().stream().filter(i -> i.id().equals(setting)).findFirst().orElse(null);
  }

  /** The text input of a setting, described by its parameter. */
  private static TextInput input(Parameter parameter) {
    return new TextInput(
        parameter.setting(), parameter.label(), parameter.unit(), parameter.description());
  }

  /** The text input of a share of the split, typed in percent. */
  private static TextInput share(SplitParameter parameter) {
    return new TextInput(
        parameter.setting(), parameter.label(), parameter.unit(), parameter.percentDescription());
  }

  /** The choice of a setting, offering the parameter's allowed values in order. */
  private static <T> ChoiceInput<T> choice(
      Parameter parameter, Class<T> type, Function<T, String> describe) {
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

    /** A whole number within {@code parameter}'s range; one outside it counts as unreadable. */
    int wholeNumberIn(TextInput input, Parameter parameter) {
      int value = wholeNumber(input);
      String problem = parameter.problem(parameter.label(), value);
      if (problem != null && !unreadable.contains(input)) {
        input.setProblem(problem);
        problems.add(problem);
        unreadable.add(input);
        return 0;
      }
      return value;
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
