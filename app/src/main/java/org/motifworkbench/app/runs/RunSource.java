package org.motifworkbench.app.runs;

import javafx.collections.ObservableList;
import org.motifworkbench.project.Project;
import org.motifworkbench.project.RunRecord;

/**
 * Where the Runs screen finds the project's runs: the app's project session, wired by the
 * composition root. The screen lists {@link #runs()}, asks the {@link #project()} for model files
 * and deletions, and calls {@link #refresh()} after changing the runs folder.
 */
public interface RunSource {

  /** The project's runs, oldest first; kept current by the source. */
  ObservableList<RunRecord> runs();

  /** The project the runs belong to. */
  Project project();

  /** Lists the project's runs again (after a deletion, or runs added by the command line). */
  void refresh();
}
