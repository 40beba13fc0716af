package org.motifworkbench.cli;

import org.motifworkbench.workflow.Versions;
import picocli.CommandLine;

/** Supplies {@code mwb --version}. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"Motif Workbench " + Versions.workbench()};
  }
}
