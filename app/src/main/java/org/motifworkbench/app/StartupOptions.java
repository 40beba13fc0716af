package org.motifworkbench.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the command line asks the window to open: FASTA files, the bundled sample, or (with no
 * arguments at all) the sample, so a first start shows real data.
 */
public record StartupOptions(List<Path> files, boolean sample, boolean help, Path config) {

  public static final String USAGE =
      """
      Usage: workbench [--sample] [--config SETTINGS.json] [FASTA file...]
        FASTA file...  open these files: one file has its labels in the headers (label=...),
                       several files are one class each, named after the file
        --sample       open the bundled primer-motif sample (also what happens with no arguments)
        --config FILE  start with these model settings (a file saved by the Model screen's
                       "Save config...", or written by hand: see the README)
        --help         show this text""";

  public StartupOptions {
    files = List.copyOf(files);
  }

  /** Parses the arguments; an unknown option raises IllegalArgumentException with the usage. */
  public static StartupOptions parse(List<String> args) {
    if (args.isEmpty()) {
      return new StartupOptions(List.of(), true, false, null);
    }
    List<Path> files = new ArrayList<>();
    boolean sample = false;
    boolean help = false;
    Path config = null;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      switch (arg) {
        case "--sample" -> sample = true;
        case "--help", "-h" -> help = true;
        case "--config" -> {
          if (i + 1 >= args.size()) {
            throw new IllegalArgumentException("--config needs a file name\n" + USAGE);
          }
          config = Path.of(args.get(++i));
        }
        default -> {
          if (arg.startsWith("--")) {
            throw new IllegalArgumentException("Unknown option " + arg + "\n" + USAGE);
          }
          files.add(Path.of(arg));
        }
      }
    }
    // Files named on the command line win over --sample: they are what the user asked to see.
    // With only a config, the sample opens, as with no arguments at all.
    boolean openSample = files.isEmpty() && (sample || config != null);
    return new StartupOptions(files, openSample, help, config);
  }
}
