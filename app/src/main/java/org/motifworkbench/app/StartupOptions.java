package org.motifworkbench.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the command line asks the window to open: FASTA files, the bundled sample, or (with no
 * arguments at all) the sample, so a first start shows real data.
 */
public record StartupOptions(List<Path> files, boolean sample, boolean help) {

  public static final String USAGE =
      """
      Usage: workbench [--sample] [FASTA file...]
        FASTA file...  open these files: one file has its labels in the headers (label=...),
                       several files are one class each, named after the file
        --sample       open the bundled primer-motif sample (also what happens with no arguments)
        --help         show this text""";

  public StartupOptions {
    files = List.copyOf(files);
  }

  /** Parses the arguments; an unknown option raises IllegalArgumentException with the usage. */
  public static StartupOptions parse(List<String> args) {
    if (args.isEmpty()) {
      return new StartupOptions(List.of(), true, false);
    }
    List<Path> files = new ArrayList<>();
    boolean sample = false;
    boolean help = false;
    for (String arg : args) {
      switch (arg) {
        case "--sample" -> sample = true;
        case "--help", "-h" -> help = true;
        default -> {
          if (arg.startsWith("--")) {
            throw new IllegalArgumentException("Unknown option " + arg + "\n" + USAGE);
          }
          files.add(Path.of(arg));
        }
      }
    }
    // Files named on the command line win over --sample: they are what the user asked to see.
    return new StartupOptions(files, sample && files.isEmpty(), help);
  }
}
