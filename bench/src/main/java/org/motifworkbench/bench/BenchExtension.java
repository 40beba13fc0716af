package org.motifworkbench.bench;

import org.motifworkbench.cli.CommandExtension;

/** Adds {@code mwb bench} to the command-line tool when this module is on the class path. */
public final class BenchExtension implements CommandExtension {

  @Override
  public Object command() {
    return new BenchCommand();
  }
}
