package org.motifworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.motifworkbench.cli.MainTest.Run;
import picocli.CommandLine;

/** Every command and subcommand prints its usage with --help, -h and 'mwb help ...', exit 0. */
class UsageHelpTest {

  /** The name path of every command below {@code mwb}, at every depth, from picocli's model. */
  static Stream<List<String>> commands() {
    List<List<String>> out = new ArrayList<>();
    collect(Main.commandLine(), List.of(), out);
    return out.stream();
  }

  private static void collect(CommandLine cli, List<String> path, List<List<String>> out) {
    for (var e : cli.getSubcommands().entrySet()) {
      List<String> sub = new ArrayList<>(path);
      sub.add(e.getKey());
      out.add(sub);
      collect(e.getValue(), sub, out);
    }
  }

  @Test
  void theModelHoldsTheNestedCommands() {
    List<List<String>> all = commands().toList();
    assertTrue(all.contains(List.of("figure", "logos")), all.toString());
    assertTrue(all.contains(List.of("train")), all.toString());
    assertTrue(all.size() >= 12, all.toString());
    // the benchmark is an extension from the bench module, never on the core's class path
    assertFalse(all.contains(List.of("bench")), all.toString());
  }

  @ParameterizedTest
  @MethodSource("commands")
  void helpOptionPrintsTheUsage(List<String> path) {
    for (String flag : List.of("--help", "-h")) {
      List<String> args = new ArrayList<>(path);
      args.add(flag);
      Run run = MainTest.run(args.toArray(String[]::new));
      assertEquals(0, run.code(), args + ": " + run.err());
      assertEquals("", run.err(), args.toString());
      assertUsageOf(path, run.out());
    }
  }

  @ParameterizedTest
  @MethodSource("commands")
  void helpCommandPrintsTheSameUsage(List<String> path) {
    List<String> args = new ArrayList<>(List.of("help"));
    args.addAll(path);
    Run help = MainTest.run(args.toArray(String[]::new));
    assertEquals(0, help.code(), args + ": " + help.err());
    List<String> viaOption = new ArrayList<>(path);
    viaOption.add("--help");
    assertEquals(MainTest.run(viaOption.toArray(String[]::new)).out(), help.out());
  }

  @Test
  void helpWithRequiredOptionsAndPositionalsGiven() {
    // --help wins over everything else on the line, including a positional parameter.
    Run run = MainTest.run("simulate", "pwm", "--help");
    assertEquals(0, run.code(), run.err());
    assertUsageOf(List.of("simulate"), run.out());
  }

  @Test
  void unknownCommandInHelpIsAPlainError() {
    Run run = MainTest.run("help", "figure", "logo");
    assertEquals(Main.BAD_INPUT, run.code());
    assertTrue(run.err().startsWith("Unknown command: 'figure logo'."), run.err());
  }

  private static void assertUsageOf(List<String> path, String usage) {
    String name = String.join(" ", path);
    assertTrue(usage.startsWith("Usage: mwb " + name), name + ":\n" + usage);
    assertTrue(usage.contains("-h, --help"), name + ":\n" + usage);
    for (String line : usage.split("\n")) {
      assertTrue(line.length() <= Main.USAGE_WIDTH, name + ": too long: " + line);
    }
    CommandLine cli = Main.commandLine();
    for (String part : path) {
      cli = cli.getSubcommands().get(part);
    }
    // An example is only useful when it can be copied: each footer line must come out whole.
    for (String footer : cli.getCommandSpec().usageMessage().footer()) {
      assertTrue(usage.contains(footer), name + ": footer line wrapped: " + footer);
    }
  }
}
