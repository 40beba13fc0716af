package org.motifworkbench.app.project;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.motifworkbench.app.background.BackgroundRunner;
import org.motifworkbench.app.session.RecentFiles;
import org.motifworkbench.app.session.TrainedModel;
import org.motifworkbench.app.train.RunKeeper;
import org.motifworkbench.bundle.ModelBundle;
import org.motifworkbench.project.FigureRecord;
import org.motifworkbench.project.Project;
import org.motifworkbench.project.ProjectDescription;
import org.motifworkbench.project.RunRecord;
import org.motifworkbench.sequence.InvalidInputException;
import org.motifworkbench.workflow.RunRecorder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open project: a folder with its description, its runs and their models (decision record
 * 0012). The workbench always has one: an untitled project in a temporary folder from the start, so
 * runs trained before the user makes a project are kept, and "Save project as..." moves them into
 * the folder the user picks. The description is kept in memory and saved (atomically) by {@link
 * Autosave} shortly after each change while the project has a folder of the user's.
 *
 * <p>All methods are called on the FX thread; folders are read and written on the file runner, and
 * {@link #runKeeper()} on the engine thread.
 */
public final class ProjectSession {

  private static final Logger LOG = LoggerFactory.getLogger(ProjectSession.class);

  /** The title part of an untitled project. */
  public static final String UNTITLED = "untitled project";

  private final BackgroundRunner files;
  private final Executor fxThread;
  private final Autosave autosave;
  private final RecentFiles recent;

  private final ReadOnlyObjectWrapper<Project> project =
      new ReadOnlyObjectWrapper<>(this, "project");
  private final ObservableList<RunRecord> runs = FXCollections.observableArrayList();
  private final ObservableList<RunRecord> readOnlyRuns =
      FXCollections.unmodifiableObservableList(runs);
  private final ObservableList<String> problems = FXCollections.observableArrayList();
  private final ReadOnlyBooleanWrapper unsaved = new ReadOnlyBooleanWrapper(this, "unsaved");
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", UNTITLED);
  private final ReadOnlyStringWrapper errorMessage =
      new ReadOnlyStringWrapper(this, "errorMessage");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

  /** The run kept last and its model, so a model kept in the untitled project is known. */
  private record Kept(ModelBundle bundle, String id) {}

  private Kept lastKept = new Kept(null, null);

  /** The project runs are added to; read on the engine thread. */
  private volatile Project current;

  private ProjectDescription description;

  /** True once the workbench closed: autosaves then do nothing. */
  private boolean closed;

  /**
   * @param files where project folders are read and written (off the FX thread)
   * @param fxThread where a run added on the engine thread is handed over (Platform::runLater)
   * @param autosave when a changed description is saved
   * @param recent remembers the projects opened and saved, for File > Recent files
   */
  public ProjectSession(
      BackgroundRunner files, Executor fxThread, Autosave autosave, RecentFiles recent) {
    this.files = files;
    this.fxThread = fxThread;
    this.autosave = autosave;
    this.recent = recent;
    become(Project.scratch(), List.of(), List.of());
  }

  // ---- what is open ----------------------------------------------------------------------------

  /** The open project; an untitled one in a temporary folder until the user makes one. */
  public ReadOnlyObjectProperty<Project> projectProperty() {
    return project.getReadOnlyProperty();
  }

  public Project getProject() {
    return project.get();
  }

  /** True while the open project is the untitled one in a temporary folder. */
  public boolean isScratch() {
    return project.get().isScratch();
  }

  /** The project's runs, oldest first (the Runs screen lists them). */
  public ObservableList<RunRecord> runs() {
    return readOnlyRuns;
  }

  /** Why run folders of the project could not be read, one message each (after a listing). */
  public ObservableList<String> problems() {
    return FXCollections.unmodifiableObservableList(problems);
  }

  /** The description as it is now (saved or about to be). */
  public ProjectDescription description() {
    return description;
  }

  /** True while the description has changes not yet written to the project's folder. */
  public ReadOnlyBooleanProperty unsavedProperty() {
    return unsaved.getReadOnlyProperty();
  }

  public boolean isUnsaved() {
    return unsaved.get();
  }

  /** "my-study" (the project's name), or "untitled project". */
  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  /** Why the last project action failed; set anew on each failure. */
  public ReadOnlyStringProperty errorMessageProperty() {
    return errorMessage.getReadOnlyProperty();
  }

  /** True while a project folder is read or written. */
  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** The run with {@code id}, if the project lists it. */
  public Optional<RunRecord> run(String id) {
    return runs.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /**
   * The id of the run {@code model} is, if it is one of this project's: by its file, or (a model
   * trained in the untitled project, which counts as unsaved) by being the run kept last.
   */
  public Optional<String> runOf(TrainedModel model) {
    if (model == null) {
      return Optional.empty();
    }
    if (model.file() == null) {
      String id = lastKept.bundle() == model.bundle() ? lastKept.id() : null;
      return run(id).map(RunRecord::id);
    }
    Path file = model.file().toAbsolutePath().normalize();
    return runs.stream()
        .filter(r -> getProject().modelFile(r).toAbsolutePath().normalize().equals(file))
        .map(RunRecord::id)
        .findFirst();
  }

  /**
   * {@code model} pointing to its run's model file in this project, when it is a run of it whose
   * file is elsewhere (kept in the untitled project, which was then saved as this one); else empty.
   */
  public Optional<TrainedModel> inThisProject(TrainedModel model) {
    if (model == null || isScratch()) {
      return Optional.empty();
    }
    Optional<RunRecord> run = Optional.empty();
    if (model.file() == null) {
      run = runOf(model).flatMap(this::run);
    } else {
      String folderName = model.file().toAbsolutePath().normalize().getParent().getFileName() + "";
      Path file = model.file().toAbsolutePath().normalize();
      if (!file.startsWith(getProject().folder().toAbsolutePath().normalize())) {
        run = run(folderName).filter(r -> file.getFileName().toString().equals(r.model()));
      }
    }
    return run.map(r -> getProject().modelFile(r))
        .filter(java.nio.file.Files::isRegularFile)
        .map(model::savedAs);
  }

  // ---- the description -------------------------------------------------------------------------

  /**
   * Changes the description; a change is saved shortly after (not in the untitled project: its
   * description is written when it is saved as a project).
   */
  public void update(UnaryOperator<ProjectDescription> change) {
    ProjectDescription next = change.apply(description);
    if (next == null || next.equals(description)) {
      return;
    }
    description = next;
    unsaved.set(true);
    if (!isScratch()) {
      autosave.schedule(this::save);
    }
  }

  /** Records a figure exported while the project is open. */
  public void figureWritten(Path file, String figureTitle) {
    Path folder = getProject().folder().toAbsolutePath().normalize();
    Path written = file.toAbsolutePath().normalize();
    String relative =
        written.startsWith(folder) ? folder.relativize(written).toString() : written.toString();
    update(d -> d.withFigure(new FigureRecord(relative.replace('\\', '/'), figureTitle, now())));
  }

  /** Where exported figures start: the project's figures folder (not for an untitled one). */
  public Path figuresFolder() {
    return isScratch() ? null : getProject().figuresFolder();
  }

  /** Saves the description now, in the background (File > Save project). */
  // Identity on purpose: a change made while saving (even back to equal content) is saved again.
  @SuppressWarnings("ReferenceEquality")
  public void save() {
    if (isScratch() || closed) {
      return;
    }
    Project target = getProject();
    ProjectDescription saving = description;
    files.run(
        "saving the project " + target.name(),
        () -> {
          target.save(saving);
          return saving;
        },
        saved -> {
          if (getProject() == target && description == saving) {
            unsaved.set(false);
          }
        },
        failure -> fail("save the project to " + target.file(), failure));
  }

  /**
   * Saves the description at once, on the calling thread: the window is closing. A small file;
   * failures are logged (the window closes anyway).
   */
  public void saveBeforeClosing() {
    if (isScratch() || !unsaved.get()) {
      return;
    }
    try {
      getProject().save(description);
      unsaved.set(false);
    } catch (RuntimeException e) {
      LOG.error("Could not save the project {} on closing", getProject().file(), e);
    }
  }

  /**
   * Points the description's data file {@code missing} to {@code found} (other missing files of its
   * old folder are looked for beside {@code found}); the change is saved as any other.
   */
  public void relocate(Path missing, Path found) {
    ProjectDescription located = getProject().relocate(missing, found);
    update(d -> d.withData(located.data()));
  }

  // ---- opening and saving projects -------------------------------------------------------------

  /**
   * Opens the project in {@code folderOrFile} (its folder or its {@code project.mwbproj}); then
   * {@code opened} gets its description, to restore the screens from.
   */
  public void open(Path folderOrFile, Consumer<ProjectDescription> opened) {
    load(
        "opening the project " + folderOrFile.getFileName(),
        () -> Listing.of(Project.open(folderOrFile)),
        opened,
        "open the project " + folderOrFile);
  }

  /**
   * Makes a new project in {@code folder} (absent or empty) from the current work: the untitled
   * project's runs move there; the runs of another open project stay with it.
   */
  public void create(Path folder, Runnable done) {
    if (isScratch()) {
      saveAs(folder, done);
      return;
    }
    ProjectDescription now = description;
    load(
        "creating the project " + folder.getFileName(),
        () -> {
          Project made = Project.create(folder, nameOf(folder));
          ProjectDescription base = made.description();
          made.save(
              new ProjectDescription(
                  base.name(),
                  base.createdAt(),
                  base.savedAt(),
                  now.data(),
                  now.settings(),
                  now.state(),
                  now.lessons(),
                  List.of()));
          return Listing.of(made);
        },
        d -> done.run(),
        "create a project in " + folder);
  }

  /**
   * "Save project as...": copies the project (runs, figures, description as it is now) into {@code
   * folder}, which then is the open project.
   */
  public void saveAs(Path folder, Runnable done) {
    Project from = getProject();
    ProjectDescription now = description;
    load(
        "saving the project as " + folder.getFileName(),
        () -> {
          from.save(now);
          Project copy = from.copyTo(folder);
          if (from.isScratch()) {
            from.discardScratch(); // its runs are in the project now
          }
          return Listing.of(copy);
        },
        d -> done.run(),
        "save the project to " + folder);
  }

  /**
   * Deletes the untitled project's temporary folder (the workbench closes, or another project
   * opened after the user chose not to keep its runs). Failures are logged: a temporary folder.
   */
  public void discardIfScratch() {
    discard(getProject());
  }

  /**
   * The workbench closes: a pending change is saved now, the untitled project's folder deleted, and
   * nothing is saved afterwards (a pending autosave finds the runner closed).
   */
  public void shutDown() {
    saveBeforeClosing();
    discardIfScratch();
    closed = true;
  }

  private static void discard(Project project) {
    if (project.isScratch()) {
      try {
        project.discardScratch();
      } catch (RuntimeException e) {
        LOG.warn("Could not delete the untitled project's folder {}", project.folder(), e);
      }
    }
  }

  /** Closes the project: an untitled one takes its place; the screens keep what they show. */
  public void close() {
    saveBeforeClosing();
    load("starting an untitled project", () -> Listing.of(Project.scratch()), d -> {}, null);
  }

  /** Lists the project's runs again (runs added by {@code mwb train --project} appear). */
  public void refresh() {
    Project listed = getProject();
    files.run(
        "listing the runs of " + listed.name(),
        () -> new Listing(listed, listed.runs(), listed.problems()),
        listing -> {
          if (getProject() == listed) {
            runs.setAll(listing.runs());
            problems.setAll(listing.problems());
          }
        },
        failure -> fail("list the runs of " + listed.folder(), failure));
  }

  /**
   * Keeps each finished training run in the open project (on the engine thread): its record and
   * model are written to a new run folder. In a project of the user's the run's model file is
   * returned, so the model counts as saved; in the untitled project it still counts as unsaved (its
   * folder is temporary), and quitting asks to save the project.
   */
  public RunKeeper runKeeper() {
    return (request, outcome, seconds) -> {
      Project target = current;
      RunRecord draft = RunRecorder.record(request, outcome, seconds, "app", target.nextRunName());
      RunRecord added = target.addRun(draft, outcome.bundle());
      fxThread.execute(
          () -> {
            if (getProject() == target) {
              runs.add(added);
              lastKept = new Kept(outcome.bundle(), added.id());
            }
          });
      return target.isScratch() ? null : target.modelFile(added);
    };
  }

  private void load(
      String what, Callable<Listing> work, Consumer<ProjectDescription> then, String failWhat) {
    busy.set(true);
    files.run(
        what,
        work,
        listing -> {
          busy.set(false);
          Project previous = getProject();
          become(listing.project(), listing.runs(), listing.problems());
          if (previous != listing.project() && previous.isScratch()) {
            files.run(
                "deleting the untitled project",
                () -> {
                  discard(previous);
                  return null;
                },
                done -> {},
                failure -> {});
          }
          if (!listing.project().isScratch()) {
            recent.add(listing.project().file());
          }
          then.accept(description);
        },
        failure -> {
          busy.set(false);
          fail(failWhat == null ? what : failWhat, failure);
        });
  }

  private void become(Project next, List<RunRecord> listed, List<String> skipped) {
    current = next;
    description = next.description();
    runs.setAll(listed);
    problems.setAll(skipped);
    unsaved.set(false);
    title.set(next.isScratch() ? UNTITLED : next.name());
    project.set(next); // last: its listeners see the new runs and description
  }

  private void fail(String what, Throwable failure) {
    String message;
    if (failure instanceof InvalidInputException || failure instanceof IllegalArgumentException) {
      LOG.info("Could not {}: {}", what, failure.getMessage());
      message = failure.getMessage();
    } else {
      LOG.error("Could not {}", what, failure);
      message =
          "Could not "
              + what
              + ": "
              + failure.getMessage()
              + ". Check that the folder exists and you may write there.";
    }
    errorMessage.set(null); // the same message twice must still be seen as a change
    errorMessage.set(message);
  }

  private static String nameOf(Path folder) {
    Path name = folder.toAbsolutePath().normalize().getFileName();
    return name == null ? "project" : name.toString();
  }

  /** A project with its runs as listed in the background. */
  private record Listing(Project project, List<RunRecord> runs, List<String> problems) {
    static Listing of(Project project) {
      List<RunRecord> runs = project.runs();
      return new Listing(project, runs, project.problems());
    }
  }

  /** The time figures are recorded with. */
  private static String now() {
    return java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
  }
}
