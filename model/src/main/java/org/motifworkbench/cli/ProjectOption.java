package org.motifworkbench.cli;

import java.nio.file.Path;
import org.motifworkbench.project.Project;

/** How commands reach a project given as {@code --project DIR}. */
final class ProjectOption {

  private ProjectOption() {}

  /** The project in {@code folder}, made there (named after the folder) when it holds none. */
  static Project openOrCreate(Path folder) {
    if (Project.exists(folder)) {
      return Project.open(folder);
    }
    Path name = folder.toAbsolutePath().normalize().getFileName();
    return Project.create(folder, name == null ? "project" : name.toString());
  }
}
