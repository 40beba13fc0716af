package org.motifworkbench.app.runs;

import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.motifworkbench.project.Project;
import org.motifworkbench.project.RunRecord;

/**
 * The runs of one project, listed from its folder on {@link #refresh()}: a {@link RunSource} for
 * tests and for a shell without a project session. The project is made when first asked for.
 */
public final class ProjectRuns implements RunSource {

  private final Supplier<Project> opener;
  private final ObservableList<RunRecord> runs = FXCollections.observableArrayList();
  private Project project;

  /**
   * @param opener makes the project when first needed, e.g. {@code Project::scratch}
   */
  public ProjectRuns(Supplier<Project> opener) {
    this.opener = opener;
  }

  @Override
  public ObservableList<RunRecord> runs() {
    return runs;
  }

  @Override
  public synchronized Project project() {
    if (project == null) {
      project = opener.get();
    }
    return project;
  }

  /** Lists the runs of {@code next} from now on. */
  public synchronized void use(Project next) {
    project = next;
    refresh();
  }

  @Override
  public void refresh() {
    runs.setAll(project().runs());
  }
}
