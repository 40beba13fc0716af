package org.motifworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.ServiceLoader;
import org.motifworkbench.network.DjlRuntime;
import org.motifworkbench.progress.CancelledException;
import org.motifworkbench.sequence.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code mwb} command-line tool: simulate, train, evaluate and predict without the GUI. */
// INHERIT gives every subcommand, to any depth, --help and --version and the usage width; at
// picocli's default of 80 columns the examples in the footers broke inside file names.
@Command(
    name = "mwb",
    scope = CommandLine.ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    usageHelpWidth = Main.USAGE_WIDTH,
    versionProvider = VersionProvider.class,
    description = "Motif Workbench: DNA sequence classification and motif interpretation.",
    subcommands = {
      SimulateCommand.class,
      DatasetCommand.class,
      TrainCommand.class,
      RunsCommand.class,
      GridCommand.class,
      EvaluateCommand.class,
      PredictCommand.class,
      ExplainCommand.class,
      MotifsCommand.class,
      MatchCommand.class,
      ScanCommand.class,
      FigureCommand.class,
      ClassCommand.class,
      VariantsCommand.class,
      EngineCommand.class
    })
public final class Main implements Runnable {

  /** Exit code for bad input (a file, a flag or a value the user can fix). */
  static final int BAD_INPUT = 2;

  /** Columns of the usage text; every example line in a footer fits in it. */
  static final int USAGE_WIDTH = 100;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    DjlRuntime.configureOffline();
    try {
      System.exit(commandLine().execute(args));
    } catch (OutOfMemoryError e) {
      // the work's arrays are unreachable here, so there is memory again to say what happened
      System.err.println(
          "Error: the work needed more memory than Java may use. Try a smaller"
              + " --batch-size or --length, or allow more memory, e.g. MWB_JAVA_OPTS=-Xmx8g.");
      System.exit(BAD_INPUT);
    }
  }

  /**
   * The configured command line: the core's commands, then those of every {@link CommandExtension}
   * on the class path (such as {@code bench}), then {@code help}, last in the list as before. Also
   * used by tests (the app's test that the Model form and {@code mwb train} describe the training
   * settings alike reads its options).
   */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    for (CommandExtension extension : ServiceLoader.load(CommandExtension.class)) {
      cli.addSubcommand(extension.command());
    }
    cli.addSubcommand(new HelpCommand());
    cli.setExecutionExceptionHandler(Main::handle);
    return cli;
  }

  private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
    PrintWriter err = cli.getErr();
    if (e instanceof InvalidInputException || e instanceof IllegalArgumentException) {
      err.println("Error: " + e.getMessage());
      return BAD_INPUT;
    }
    if (e instanceof CancelledException) {
      err.println("Cancelled.");
      return 130;
    }
    Throwable io = e instanceof UncheckedIOException u ? u.getCause() : e;
    if (io instanceof FileSystemException f) {
      err.println(
          "Error: "
              + f.getFile()
              + ": "
              + (f instanceof NoSuchFileException
                  ? "the file or folder does not exist."
                  : f instanceof AccessDeniedException
                      ? "permission denied."
                      : f.getReason() != null ? f.getReason() + "." : f.getMessage()));
      return BAD_INPUT;
    }
    if (io instanceof IOException) {
      err.println("Error: could not read or write a file: " + io.getMessage());
      return BAD_INPUT;
    }
    err.println("Unexpected error: " + e + ". Please report it with the command you ran.");
    if (Boolean.getBoolean("mwb.debug")) {
      e.printStackTrace(err);
    } else {
      err.println("(Run with MWB_JAVA_OPTS=-Dmwb.debug=true to see the details.)");
    }
    return 1;
  }
}
