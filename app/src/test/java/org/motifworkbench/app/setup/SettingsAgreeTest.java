package org.motifworkbench.app.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.motifworkbench.app.session.ModelSettings;
import org.motifworkbench.cli.Main;
import org.motifworkbench.data.SplitParameter;
import org.motifworkbench.encoding.LengthParameter;
import org.motifworkbench.network.NetworkParameter;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.setting.Parameter;
import org.motifworkbench.setting.Range;
import org.motifworkbench.training.TrainingParameter;
import org.motifworkbench.training.TrainingSpec;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The Model form and {@code mwb train} describe every setting alike (label and tooltip, option
 * help, allowed values) and refuse the same values, with the same message but for the name (the
 * form's label, the command's option): the network, training and input-length settings one option
 * each, the split's three shares through {@code --split}.
 */
class SettingsAgreeTest {

  /** {@code mwb train}'s options that say what to read and write and where to run, not settings. */
  private static final Set<String> RUN_OPTIONS =
      Set.of(
          "--fasta",
          "--class",
          "--labels",
          "--label-pattern",
          "--table",
          "--sequences",
          "--out",
          "--preset",
          "--config",
          "--holdout-chromosomes",
          "--test-chromosomes",
          "--val-chromosomes",
          "--threads",
          "--device",
          "--history",
          "--metrics",
          "--project",
          "--name",
          "--help",
          "--version");

  @TempDir Path dir;

  /** The settings with one option each. */
  static Stream<Parameter> parameters() {
    return Stream.of(
            TrainingParameter.values(), NetworkParameter.values(), LengthParameter.values())
        .flatMap(Stream::of);
  }

  @Test
  void everyInputOfTheFormIsDescribedOnce() {
    List<String> described =
        Stream.concat(parameters(), Stream.of(SplitParameter.values()))
            .map(Parameter::setting)
            .toList();
    List<String> inputs =
        new SettingsForm()
            .sections().stream().flatMap(s -> s.inputs().stream()).map(FormInput::id).toList();
    assertEquals(new HashSet<>(described).size(), described.size(), "a setting described twice");
    assertEquals(described.stream().sorted().toList(), inputs.stream().sorted().toList());
  }

  @Test
  void everySettingOptionOfTrainIsDescribedOnce() {
    CommandSpec train = trainCommand();
    Set<String> settingOptions =
        train.options().stream()
            .map(OptionSpec::longestName)
            .filter(n -> !RUN_OPTIONS.contains(n))
            .collect(Collectors.toSet());
    Set<String> described =
        Stream.concat(parameters(), Stream.of(SplitParameter.values()))
            .map(Parameter::option)
            .collect(Collectors.toSet());
    assertEquals(described, settingOptions);
  }

  @ParameterizedTest
  @MethodSource("parameters")
  void theFormAndTheOptionShowTheSameHelp(Parameter p) {
    FormInput input = formInput(new SettingsForm(), p);
    assertEquals(p.label(), input.label());
    assertEquals(p.description(), input.help());
    if (input instanceof TextInput text) {
      assertEquals(p.unit(), text.unit());
    } else {
      assertEquals(p.range().choices(), ((ChoiceInput<?>) input).options());
    }
    OptionSpec option = trainCommand().findOption(p.option());
    assertNotNull(option, p.option());
    assertEquals(p.description(), String.join(" ", option.description()));
    assertTrue(p.description().contains("; default " + p.defaultText()), p.description());
  }

  @ParameterizedTest
  @MethodSource("parameters")
  void theFormAndTheOptionRefuseTheSameValues(Parameter p) {
    int refused = 0;
    for (Object value : probes(p)) {
      Object set = p.isList() ? Collections.nCopies(listSize(p), value) : value;
      String form = formProblem(p, set);
      String cli = cliProblem(p, set);
      assertEquals(p.problem(p.label(), set), form, p + " = " + set + " on the form");
      assertEquals(p.problem(p.option(), set), cli, p + " = " + set + " on the command line");
      assertEquals(form == null, cli == null, p + " = " + set);
      refused += form == null ? 0 : 1;
    }
    boolean bounded =
        !p.range().equals(Range.ANY)
            && !p.range().isOnOff()
            && !(p.range().isChoice() && p.range().choices().get(0) instanceof Enum);
    assertEquals(bounded, refused > 0, p + ": " + refused + " values refused");
  }

  @Test
  void theCommandRefusesALengthPolicyItDoesNotKnow() {
    assertEquals(
        "--length-policy must be 'center', 'left' or 'fixed' (got 'middle').",
        cliError("--length-policy=middle"));
  }

  @ParameterizedTest
  @EnumSource(SplitParameter.class)
  void theFormAndSplitShowTheSameShares(SplitParameter p) {
    TextInput input = (TextInput) formInput(new SettingsForm(), p);
    assertEquals(p.label(), input.label());
    assertEquals(p.unit(), input.unit());
    assertEquals(p.percentDescription(), input.help());
    String split = String.join(" ", trainCommand().findOption(SplitParameter.OPTION).description());
    assertEquals(SplitParameter.optionDescription(), split);
    assertTrue(split.contains(p.label() + ": " + p.description()), split);
    assertTrue(
        p.percentDescription()
            .endsWith("default " + Range.format(Double.parseDouble(p.defaultText()) * 100) + " %."),
        p.percentDescription());
  }

  @ParameterizedTest
  @EnumSource(SplitParameter.class)
  void theFormAndSplitRefuseTheSameShares(SplitParameter p) {
    String expected = p.problem(p.fractionName(), 1.25);
    SettingsForm form = new SettingsForm();
    form.show(ModelSettings.defaults());
    ((TextInput) formInput(form, p)).setText("125");
    form.read(NetworkPreset.DEFAULT, null);
    String mark = ((TextInput) formInput(form, p)).getProblem();
    assertNotNull(mark);
    assertTrue(mark.contains(expected), mark);
    List<String> fractions = new ArrayList<>(List.of("0", "0", "0"));
    fractions.set(List.of(SplitParameter.values()).indexOf(p), "1.25");
    String cli = cliError(SplitParameter.OPTION + "=" + String.join(",", fractions));
    assertTrue(cli.contains(expected), cli);
  }

  /** Values at and just beyond each end of the range, or every choice and one that is not. */
  private static List<Object> probes(Parameter p) {
    Range range = p.range();
    List<Object> out = new ArrayList<>();
    if (range.isChoice()) {
      out.addAll(range.choices());
      if (range.choices().get(0) instanceof String) {
        out.add("heavy");
      }
      return out;
    }
    boolean whole = sample(p) instanceof Integer;
    if (range.equals(Range.ANY)) {
      return List.of(Integer.MIN_VALUE, 0, Integer.MAX_VALUE);
    }
    double step = whole ? 1 : 0.25;
    double max = Double.isInfinite(range.max()) ? range.min() + 1000 : range.max();
    for (double v :
        new double[] {range.min() - step, range.min(), range.min() + step, max, max + step}) {
      out.add(whole ? (Object) (int) v : (Object) v);
    }
    return out;
  }

  /** The default of a setting (a list's first entry), to tell whole numbers from decimals. */
  private static Object sample(Parameter p) {
    Object value;
    if (p instanceof TrainingParameter t) {
      value = t.valueIn(TrainingSpec.defaults());
    } else if (p instanceof NetworkParameter n) {
      value = n.valueIn(NetworkPreset.DEFAULT.spec());
    } else {
      value = ModelSettings.defaults().length(); // the input length, a whole number
    }
    return value instanceof List<?> list ? list.get(0) : value;
  }

  /** As many entries as the default has, so dense layers and their rates stay one per layer. */
  private static int listSize(Parameter p) {
    return ((List<?>) ((NetworkParameter) p).valueIn(NetworkPreset.DEFAULT.spec())).size();
  }

  private static FormInput formInput(SettingsForm form, Parameter p) {
    return form.sections().stream()
        .flatMap(s -> s.inputs().stream())
        .filter(i -> i.id().equals(p.setting()))
        .findFirst()
        .orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static String formProblem(Parameter p, Object value) {
    SettingsForm form = new SettingsForm();
    form.show(ModelSettings.defaults());
    if (p == TrainingParameter.MIN_LEARNING_RATE) {
      form.learningRate.setText("1"); // the minimum may not be above the learning rate
    }
    FormInput input = formInput(form, p);
    if (input instanceof TextInput text) {
      text.setText(typed(value));
    } else {
      ((ChoiceInput<Object>) input).setValue(value);
    }
    SettingsForm.Reading reading = form.read(NetworkPreset.DEFAULT, null);
    if (input instanceof TextInput text) {
      return text.getProblem();
    }
    return reading.problems().stream()
        .filter(m -> m.startsWith(p.label() + " must be"))
        .findFirst()
        .orElse(null);
  }

  /** The option's problem with {@code value}, or null when the command went on to read the data. */
  private String cliProblem(Parameter p, Object value) {
    List<String> args = new ArrayList<>();
    if (p == TrainingParameter.MIN_LEARNING_RATE) {
      args.add("--lr=1");
    }
    if (value instanceof Boolean on) {
      args.add(on ? p.option() : "--no-" + p.option().substring(2));
    } else {
      args.add(p.option() + "=" + typed(value));
    }
    String problem = cliError(args.toArray(String[]::new));
    if (problem.startsWith(p.option() + " must be")) {
      return problem;
    }
    assertTrue(problem.contains("none.fa"), "past the option checks: " + problem);
    return null;
  }

  /** The error {@code mwb train} gives with these options, without "Error: ". */
  private String cliError(String... options) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "train",
                "-f",
                dir.resolve("none.fa").toString(),
                "-o",
                dir.resolve("out.mwb").toString()));
    args.addAll(List.of(options));
    CommandLine cli = Main.commandLine();
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err));
    cli.setOut(new PrintWriter(new StringWriter()));
    cli.execute(args.toArray(String[]::new));
    String message = err.toString().trim();
    assertTrue(message.startsWith("Error: "), args + ": " + message);
    return message.substring("Error: ".length());
  }

  private static CommandSpec trainCommand() {
    return Main.commandLine().getSubcommands().get("train").getCommandSpec();
  }

  private static String typed(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().map(SettingsAgreeTest::typed).collect(Collectors.joining(","));
    }
    return value instanceof Double d
        ? BigDecimal.valueOf(d).toPlainString()
        : String.valueOf(value);
  }
}
