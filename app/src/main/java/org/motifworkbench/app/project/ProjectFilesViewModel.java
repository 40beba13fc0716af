package org.motifworkbench.app.project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.motifworkbench.app.dialog.DialogService;
import org.motifworkbench.app.dialog.FileType;
import org.motifworkbench.app.dialog.Purpose;
import org.motifworkbench.app.session.TrainedModel;
import org.motifworkbench.app.session.Workspace;
import org.motifworkbench.project.Project;
import org.motifworkbench.project.ProjectDescription;
import org.motifworkbench.sequence.DataSource;

/**
 * The File menu's project commands: New, Open, Save, Save as, Close and Reload runs, with the
 * questions they ask. Leaving work that would be lost (an untitled project's runs, an unsaved
 * model) asks first, as quitting does; a project's data file that moved is looked for with the user
 * ("Locate..." or "Skip").
 */
public final class ProjectFilesViewModel {

  static final List<FileType> PROJECTS =
      List.of(FileType.of("Motif Workbench projects", "*" + Project.EXTENSION));

  private final ProjectSession session;
  private final Workspace workspace;
  private final DialogService dialogs;
  private final Consumer<ProjectDescription> restore;

  /**
   * @param restore puts an opened project's data, settings, model and screens back
   */
  public ProjectFilesViewModel(
      ProjectSession session,
      Workspace workspace,
      DialogService dialogs,
      Consumer<ProjectDescription> restore) {
    this.session = session;
    this.workspace = workspace;
    this.dialogs = dialogs;
    this.restore = restore;
    session
        .errorMessageProperty()
        .addListener(
            (obs, old, message) -> {
              if (message != null) {
                dialogs.showError("Project", "The project action did not complete", message);
              }
            });
  }

  /** The project session these commands act on. */
  public ProjectSession session() {
    return session;
  }

  /** File > New project...: a new project in a folder the user picks, from the current work. */
  public void newProject() {
    if (!mayLeave(false)) {
      return;
    }
    dialogs
        .chooseDirectory(Purpose.PROJECT, "New project: choose an empty folder")
        .ifPresent(folder -> session.create(folder, () -> {}));
  }

  /** File > Open project...: asks for a project file, then opens it. */
  public void openProject() {
    dialogs
        .openFile(Purpose.PROJECT, "Open a project", PROJECTS)
        .ifPresent(file -> open(file, true));
  }

  /**
   * Opens the project in {@code folderOrFile} and restores its screens, after asking about work
   * that would be lost ({@code ask}); the chooser and Recent files call it.
   */
  public void open(Path folderOrFile, boolean ask) {
    if (ask && !mayLeave(true)) {
      return;
    }
    session.saveBeforeClosing();
    dialogs.rememberFolder(Purpose.PROJECT, parentOf(folderOrFile));
    session.open(folderOrFile, restore);
  }

  /** File > Save project: saves the description now; an untitled project asks for a folder. */
  public void save() {
    if (session.isScratch()) {
      saveAs(() -> {});
    } else {
      session.save();
    }
  }

  /**
   * File > Save project as...: asks for a folder and copies the project there; {@code then} runs
   * once it is saved. False when the user cancelled the chooser.
   */
  public boolean saveAs(Runnable then) {
    Optional<Path> folder =
        dialogs.chooseDirectory(Purpose.PROJECT, "Save the project in a new, empty folder");
    folder.ifPresent(f -> session.saveAs(f, then));
    return folder.isPresent();
  }

  /** File > Close project: an untitled project takes its place (asks as opening does). */
  public void close() {
    if (session.isScratch() || !mayLeave(true)) {
      return;
    }
    session.close();
  }

  /** File > Reload runs: lists the runs again (runs added by {@code mwb train --project}). */
  public void reloadRuns() {
    session.refresh();
  }

  /** True when the untitled project has runs that quitting or leaving would lose. */
  public boolean hasUnsavedRuns() {
    return session.isScratch() && !session.runs().isEmpty();
  }

  /**
   * True when the open project may be left: nothing is training, the user kept or dropped the
   * untitled project's runs and an unsaved model. "Save project as..." leaves only after saving, so
   * this then says false and the user repeats the action.
   *
   * @param runsAsked whether an untitled project's runs are asked about (not when they move into
   *     the new project)
   */
  boolean mayLeave(boolean runsAsked) {
    if (workspace.isTraining()) {
      dialogs.showError(
          "Project",
          "A model is training",
          "Wait for the training to finish (or cancel it) before opening or closing a project.");
      return false;
    }
    if (runsAsked && hasUnsavedRuns()) {
      DialogService.Answer answer =
          dialogs.ask(
              "Project",
              "Keep the runs of the untitled project?",
              "The "
                  + session.runs().size()
                  + " training runs of this untitled project are kept in a temporary folder."
                  + " Save them as a project to keep them.",
              "Save project as...",
              "Don't save");
      switch (answer) {
        case YES -> {
          saveAs(() -> {});
          return false;
        }
        case NO -> {
          return true;
        }
        default -> {
          return false;
        }
      }
    }
    TrainedModel model = workspace.getModel();
    if (model != null && !model.saved()) {
      return dialogs.confirm(
          "Project",
          "Discard the unsaved model?",
          "The model in the workbench has not been saved. It is lost when another project opens."
              + " Save it first with File > Save model as... to keep it.",
          "Discard it");
    }
    return true;
  }

  /**
   * The data source of {@code description} to open, after the user located files that moved
   * ("Locate...": the description then points to the new place); null when there is no data or the
   * user chose "Skip".
   */
  public DataSource dataToOpen(ProjectDescription description) {
    if (description.data() == null) {
      return null;
    }
    Project project = session.getProject();
    List<Path> missing = project.missingDataFiles();
    while (!missing.isEmpty()) {
      Path file = missing.get(0);
      DialogService.Answer answer =
          dialogs.ask(
              "Project",
              "A data file of the project was not found",
              file
                  + " was not found: it may have been moved or renamed. Locate it to open the"
                  + " project's data, or skip to open the project without its data.",
              "Locate...",
              "Skip");
      if (answer != DialogService.Answer.YES) {
        return null;
      }
      Optional<Path> found =
          dialogs.openFile(Purpose.DATA, "Locate " + file.getFileName(), List.of(FileType.ALL));
      if (found.isEmpty() || !Files.isRegularFile(found.get())) {
        return null;
      }
      session.relocate(file, found.get());
      missing = project.missingDataFiles();
      if (!missing.isEmpty() && missing.get(0).equals(file)) {
        return null; // the core did not take the new place: do not ask for ever
      }
    }
    return session.description().data();
  }

  /** The folder holding the project's folder: where the next project chooser starts. */
  private static Path parentOf(Path folderOrFile) {
    Path absolute = folderOrFile.toAbsolutePath().normalize();
    Path project = Files.isDirectory(absolute) ? absolute : absolute.getParent();
    if (project == null) {
      return absolute;
    }
    return project.getParent() == null ? project : project.getParent();
  }
}
