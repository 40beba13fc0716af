package org.motifworkbench.app.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.motifworkbench.app.session.ModelSettings;
import org.motifworkbench.cli.Main;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.training.TrainingParameter;
import org.motifworkbench.training.TrainingSpec;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The Model form and {@code mwb train} describe every training setting alike (label and tooltip,
 * option help, allowed values) and refuse the same values, with the same message but for the name
 * (the form's label, the command's option).
 */
class TrainingSettingsAgreeTest {

  @TempDir Path dir;

  static Stream<TrainingParameter> parameters() {
    return Arrays.stream(TrainingParameter.values());
  }

  @ParameterizedTest
  @MethodSource("parameters")
  void theFormAndTheOptionShowTheSameHelp(TrainingParameter p) {
    FormInput input = formInput(new SettingsForm(), p);
    assertEquals(p.label(), input.label());
    assertEquals(p.description(), input.help());
    if (input instanceof TextInput text) {
      assertEquals(p.unit(), text.unit());
    } else {
      assertEquals(p.range().choices(), ((ChoiceInput<?>) input).options());
    }
    OptionSpec option =
        Main.commandLine().getSubcommands().get("train").getCommandSpec().findOption(p.option());
    assertNotNull(option, p.option());
    assertEquals(p.description(), String.join(" ", option.description()));
    assertTrue(p.description().contains("default " + p.defaultText()), p.description());
  }

  @ParameterizedTest
  @MethodSource("parameters")
  void theFormAndTheOptionRefuseTheSameValues(TrainingParameter p) {
    int refused = 0;
    for (Object value : probes(p)) {
      String form = formProblem(p, value);
      String cli = cliProblem(p, value);
      assertEquals(p.problem(p.label(), value), form, p + " = " + value + " on the form");
      assertEquals(p.problem(p.option(), value), cli, p + " = " + value + " on the command line");
      assertEquals(form == null, cli == null, p + " = " + value);
      refused += form == null ? 0 : 1;
    }
    boolean bounded =
        !p.range().equals(TrainingParameter.Range.ANY)
            && !p.range().equals(TrainingParameter.Range.ON_OFF);
    assertEquals(bounded, refused > 0, p + ": " + refused + " values refused");
  }

  /** Values at and just beyond each end of the range, or every choice and one that is not. */
  private static List<Object> probes(TrainingParameter p) {
    TrainingParameter.Range range = p.range();
    List<Object> out = new ArrayList<>();
    if (range.isChoice()) {
      out.addAll(range.choices());
      if (range.choices().get(0) instanceof String) {
        out.add("heavy");
      }
      return out;
    }
    boolean whole = p.valueIn(TrainingSpec.defaults()) instanceof Integer;
    if (range.equals(TrainingParameter.Range.ANY)) {
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

  private static FormInput formInput(SettingsForm form, TrainingParameter p) {
    return form.sections().stream()
        .flatMap(s -> s.inputs().stream())
        .filter(i -> i.id().equals(p.setting()))
        .findFirst()
        .orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static String formProblem(TrainingParameter p, Object value) {
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

  private String cliProblem(TrainingParameter p, Object value) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "train",
                "-f",
                dir.resolve("none.fa").toString(),
                "-o",
                dir.resolve("out.mwb").toString()));
    if (p == TrainingParameter.MIN_LEARNING_RATE) {
      args.add("--lr=1");
    }
    if (value instanceof Boolean on) {
      args.add(on ? p.option() : "--no-" + p.option().substring(2));
    } else {
      args.add(p.option() + "=" + typed(value));
    }
    CommandLine cli = Main.commandLine();
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err));
    cli.setOut(new PrintWriter(new StringWriter()));
    cli.execute(args.toArray(String[]::new));
    String message = err.toString().trim();
    assertTrue(message.startsWith("Error: "), args + ": " + message);
    String problem = message.substring("Error: ".length());
    if (problem.startsWith(p.option() + " must be")) {
      return problem;
    }
    assertTrue(problem.contains("none.fa"), "past the option checks: " + problem);
    return null;
  }

  private static String typed(Object value) {
    return value instanceof Double d
        ? BigDecimal.valueOf(d).toPlainString()
        : String.valueOf(value);
  }
}
