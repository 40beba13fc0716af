package org.motifworkbench.app;

import javafx.collections.ObservableList;
import org.motifworkbench.app.project.ProjectSession;
import org.motifworkbench.app.runs.RunSource;
import org.motifworkbench.project.Project;
import org.motifworkbench.project.RunRecord;

/**
 * The open project's runs for the Runs screen and the grid: the project session's list, which it
 * keeps current (a project opened, a run trained, a refresh after runs the command line added).
 */
final class SessionRuns implements RunSource {

  private final ProjectSession session;

  SessionRuns(ProjectSession session) {
    this.session = session;
  }

  @Override
  public ObservableList<RunRecord> runs() {
    return session.runs();
  }

  @Override
  public Project project() {
    return session.getProject();
  }

  @Override
  public void refresh() {
    session.refresh();
  }
}
