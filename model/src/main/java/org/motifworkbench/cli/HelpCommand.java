package org.motifworkbench.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.Parameters;

/**
 * {@code mwb help [COMMAND...]}: the usage of the tool or of a command at any depth, such as {@code
 * mwb help figure logos} (picocli's own help command only looks at the first name).
 */
@Command(
    name = "help",
    helpCommand = true,
    description = "Show the usage of mwb or of a command, e.g. 'mwb help figure logos'.")
final class HelpCommand implements Runnable, CommandLine.IHelpCommandInitializable2 {

  @Parameters(
      paramLabel = "COMMAND",
      arity = "0..*",
      description = "the command and subcommand names whose usage to show")
  List<String> names = new ArrayList<>();

  private CommandLine self;
  private ColorScheme colors;
  private PrintWriter out;

  @Override
  public void init(
      CommandLine helpCommandLine, ColorScheme colorScheme, PrintWriter out, PrintWriter err) {
    this.self = helpCommandLine;
    this.colors = colorScheme;
    this.out = out;
  }

  @Override
  public void run() {
    CommandLine target = self.getParent();
    List<String> path = new ArrayList<>();
    for (String name : names) {
      path.add(name);
      CommandLine sub = target.getSubcommands().get(name);
      if (sub == null) {
        throw new CommandLine.ParameterException(
            self,
            "Unknown command: '"
                + String.join(" ", path)
                + "'. The commands are listed by 'mwb --help'.");
      }
      target = sub;
    }
    target.usage(out, colors);
  }
}
