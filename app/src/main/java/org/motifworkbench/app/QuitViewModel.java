package org.motifworkbench.app;

import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.motifworkbench.app.dialog.DialogService;
import org.motifworkbench.app.project.ProjectFilesViewModel;
import org.motifworkbench.app.session.ModelFilesViewModel;
import org.motifworkbench.app.session.TrainedModel;
import org.motifworkbench.app.session.Workspace;

/**
 * Decides whether the workbench may quit, asking through the {@link DialogService} when work would
 * be lost: a running training gets "quit anyway?", an unsaved trained model "save it first?". After
 * "Save..." the quit waits for the save: it goes ahead once the model is saved, and is dropped when
 * the save fails (its error is shown) so a later save does not close the window by surprise.
 */
public final class QuitViewModel {

  private final Workspace workspace;
  private final DialogService dialogs;
  private final BooleanSupplier chooseTargetAndSave;
  private final ReadOnlyBooleanWrapper approved = new ReadOnlyBooleanWrapper(this, "approved");

  /** The project's commands: an untitled project with runs asks to be saved (issue 21). */
  private ProjectFilesViewModel projects;

  /** True between "Save..." and the end of that save. */
  private boolean waitingForSave;

  /**
   * @param chooseTargetAndSave asks where to save the model and starts saving it there; false when
   *     the user cancelled the chooser
   */
  public QuitViewModel(
      Workspace workspace,
      ModelFilesViewModel modelFiles,
      DialogService dialogs,
      BooleanSupplier chooseTargetAndSave) {
    this.workspace = workspace;
    this.dialogs = dialogs;
    this.chooseTargetAndSave = chooseTargetAndSave;
    workspace
        .modelProperty()
        .addListener(
            (obs, old, model) -> {
              if (waitingForSave && model != null && model.saved()) {
                waitingForSave = false;
                approved.set(true);
              }
            });
    modelFiles
        .errorMessageProperty()
        .addListener(
            (obs, old, message) -> {
              if (message != null) {
                waitingForSave = false;
              }
            });
  }

  /** Quitting asks to save an untitled project that has runs, through {@code projects}. */
  public void askAboutProject(ProjectFilesViewModel projects) {
    this.projects = projects;
  }

  /** The user wants to quit (window closed, File > Quit): approves it unless work would be lost. */
  public void request() {
    if (approved.get()) {
      return;
    }
    TrainedModel model = workspace.getModel();
    if (workspace.isTraining()) {
      if (dialogs.confirm(
          null,
          "Quit while training?",
          "A model is still training. Quitting stops it and the model is lost.",
          "Quit anyway")) {
        approved.set(true);
      }
    } else if (projects != null && projects.hasUnsavedRuns()) {
      askToSaveProject();
    } else if (model != null && !model.saved()) {
      askToSave();
    } else {
      approved.set(true);
    }
  }

  private void askToSaveProject() {
    DialogService.Answer answer =
        dialogs.ask(
            null,
            "Save the project?",
            "The "
                + projects.session().runs().size()
                + " training runs of this untitled project are kept in a temporary folder. Save"
                + " them as a project before quitting?",
            "Save project as...",
            "Don't save");
    switch (answer) {
      case NO -> approved.set(true);
      case YES -> projects.saveAs(() -> approved.set(true)); // a cancelled chooser: stay
      case CANCEL -> {
        // stay
      }
    }
  }

  private void askToSave() {
    DialogService.Answer answer =
        dialogs.ask(
            null,
            "Save the trained model?",
            "The trained model has not been saved. Save it before quitting?",
            "Save...",
            "Don't save");
    switch (answer) {
      case NO -> approved.set(true);
      case YES -> {
        waitingForSave = true;
        if (!chooseTargetAndSave.getAsBoolean()) {
          waitingForSave = false; // the chooser was cancelled: stay
        }
      }
      case CANCEL -> {
        // stay
      }
    }
  }

  /** True once the window may close; it then closes and stays so. */
  public ReadOnlyBooleanProperty approvedProperty() {
    return approved.getReadOnlyProperty();
  }

  public boolean isApproved() {
    return approved.get();
  }

  /** True while a "Save..." chosen on quitting is still being written. */
  boolean isWaitingForSave() {
    return waitingForSave;
  }
}
