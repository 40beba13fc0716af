package org.motifworkbench.app;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import org.motifworkbench.app.data.DataViewModel;
import org.motifworkbench.app.dialog.DialogService;
import org.motifworkbench.app.figure.FigureExport;
import org.motifworkbench.app.inspect.InspectViewModel;
import org.motifworkbench.app.lessons.Lesson;
import org.motifworkbench.app.lessons.LessonProgressStore;
import org.motifworkbench.app.lessons.LessonViewModel;
import org.motifworkbench.app.project.ModelSettingsJson;
import org.motifworkbench.app.project.ProjectFilesViewModel;
import org.motifworkbench.app.project.ProjectSession;
import org.motifworkbench.app.session.ModelFilesViewModel;
import org.motifworkbench.app.session.TrainedModel;
import org.motifworkbench.app.session.Workspace;
import org.motifworkbench.app.train.TrainViewModel;
import org.motifworkbench.project.ProjectDescription;
import org.motifworkbench.project.RunRecord;
import org.motifworkbench.sequence.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects the open project to the screens: what the user does is written into the project's
 * description (data, settings, step, chosen run, selected sequence, lessons), each training run is
 * kept as a run of the project, exported figures go to its figures folder; and reopening a project
 * puts it all back, in order (lessons and settings, then the data, then the chosen run's model,
 * then the lesson, the step and the selected sequence), with no retraining.
 */
final class ProjectWiring {

  private static final Logger LOG = LoggerFactory.getLogger(ProjectWiring.class);

  private final ProjectSession session;
  private final Workspace workspace;
  private final DataViewModel data;
  private final MainWindowViewModel window;
  private final InspectViewModel inspect;
  private final LessonViewModel lessons;
  private final LessonProgressStore lessonProgress;
  private final ModelFilesViewModel modelFiles;
  private final DialogService dialogs;
  private ProjectFilesViewModel commands;

  /** True while an opened project is put back: the screens' changes are not recorded meanwhile. */
  private boolean restoring;

  ProjectWiring(
      ProjectSession session,
      Workspace workspace,
      DataViewModel data,
      MainWindowViewModel window,
      InspectViewModel inspect,
      LessonViewModel lessons,
      LessonProgressStore lessonProgress,
      ModelFilesViewModel modelFiles,
      TrainViewModel train,
      FigureExport figures,
      DialogService dialogs) {
    this.session = session;
    this.workspace = workspace;
    this.data = data;
    this.window = window;
    this.inspect = inspect;
    this.lessons = lessons;
    this.lessonProgress = lessonProgress;
    this.modelFiles = modelFiles;
    this.dialogs = dialogs;
    train.keepRunsWith(session.runKeeper());
    figures.keepIn(
        new FigureExport.Keeper() {
          @Override
          public Path folder() {
            return session.figuresFolder();
          }

          @Override
          public void written(Path file, String title) {
            session.figureWritten(file, title);
          }
        });
    record();
    session.projectProperty().addListener((obs, old, now) -> followMovedRuns());
  }

  /**
   * After "Save project as", the model of a run points to the run's model file in the new folder
   * (the untitled project's folder is temporary), so the chosen run is still known and the model
   * counts as saved.
   */
  private void followMovedRuns() {
    session.inThisProject(workspace.getModel()).ifPresent(workspace::setModel);
  }

  /** The File menu's commands, which restore through this wiring. */
  ProjectFilesViewModel commands() {
    if (commands == null) {
      commands = new ProjectFilesViewModel(session, workspace, dialogs, this::restore);
    }
    return commands;
  }

  // ---- recording -------------------------------------------------------------------------------

  private void record() {
    data.dataProperty()
        .addListener(
            (obs, old, opened) -> {
              if (opened != null) {
                DataSource source = absolute(opened.source());
                session.update(d -> d.withData(source));
              }
            });
    workspace
        .settingsProperty()
        .addListener(
            (obs, old, settings) ->
                session.update(d -> d.withSettings(ModelSettingsJson.write(settings))));
    onChange(window.currentStepProperty());
    onChange(workspace.modelProperty());
    onChange(inspect.selectedIdProperty());
    onChange(lessons.lessonProperty());
    onChange(lessons.shownProperty());
    ChangeListener<Object> progress =
        (obs, old, now) -> {
          if (!restoring) {
            session.update(d -> d.withLessons(lessonProgress.exportProgress()));
          }
        };
    lessons.positionProperty().addListener(progress);
    lessons.stepDoneProperty().addListener(progress);
    lessons.answerProperty().addListener(progress);
    lessons.listVersionProperty().addListener(progress);
    lessons
        .predictions()
        .addListener(
            (javafx.collections.ListChangeListener<String>)
                c -> {
                  if (!restoring) {
                    session.update(d -> d.withLessons(lessonProgress.exportProgress()));
                  }
                });
  }

  private void onChange(ObservableValue<?> value) {
    value.addListener(
        (obs, old, now) -> {
          if (!restoring) {
            session.update(d -> d.withState(state()));
          }
        });
  }

  /** The screens' state as the description keeps it. */
  JsonObject state() {
    JsonObject state = new JsonObject();
    state.addProperty("step", window.getCurrentStep().name());
    TrainedModel model = workspace.getModel();
    session.runOf(model).ifPresent(id -> state.addProperty("run", id));
    if (inspect.selectedIdProperty().get() != null) {
      state.addProperty("sequence", inspect.selectedIdProperty().get());
    }
    Lesson lesson = lessons.lessonProperty().get();
    if (lesson != null) {
      state.addProperty("lesson", lesson.id());
    }
    state.addProperty("lessonsShown", lessons.shownProperty().get());
    return state;
  }

  /** {@code source} with absolute paths, as the description keeps them in memory. */
  private static DataSource absolute(DataSource source) {
    return new DataSource(
        source.convention(),
        source.files().stream().map(ProjectWiring::absolute).toList(),
        source.classNames(),
        source.labelsFile() == null ? null : absolute(source.labelsFile()),
        source.labelPattern());
  }

  private static String absolute(String file) {
    return Path.of(file).toAbsolutePath().normalize().toString();
  }

  // ---- restoring -------------------------------------------------------------------------------

  /** Puts an opened project's work back on the screens (FX thread; the loading runs behind). */
  void restore(ProjectDescription description) {
    restoring = true;
    try {
      if (description.lessons() != null) {
        lessonProgress.importProgress(description.lessons());
      }
      if (description.settings() != null) {
        try {
          workspace.settingsProperty().set(ModelSettingsJson.read(description.settings()));
        } catch (RuntimeException e) {
          LOG.warn("Could not read the project's settings", e);
          dialogs.showWarning(
              "Project",
              "The project's model settings could not be read",
              "The Model screen keeps its settings: " + e.getMessage() + ".");
        }
      }
      workspace.setModel(null);
      DataSource source = commands().dataToOpen(description);
      if (source == null) {
        openModel(description);
      } else {
        window.go(Step.DATA);
        whenSettled(data.dataProperty(), data.errorMessageProperty(), () -> openModel(description));
        data.open(source);
      }
    } catch (RuntimeException e) {
      restoring = false;
      throw e;
    }
  }

  /**
   * Opens the chosen run's model (its model.mwb, as File > Open model does, not added to Recent
   * files), then the screens.
   */
  private void openModel(ProjectDescription description) {
    JsonObject state = description.state() == null ? new JsonObject() : description.state();
    Optional<RunRecord> run =
        text(state, "run").flatMap(session::run).filter(r -> !r.model().isEmpty());
    Path file = run.map(r -> session.getProject().modelFile(r)).orElse(null);
    if (file == null || !Files.isRegularFile(file)) {
      showScreens(state);
      return;
    }
    whenSettled(
        workspace.modelProperty(), modelFiles.errorMessageProperty(), () -> showScreens(state));
    modelFiles.openRunModel(file);
  }

  /** The lesson, the step and the selected sequence, as they were. */
  private void showScreens(JsonObject state) {
    try {
      text(state, "lesson")
          .filter(lessonProgress::started) // never a fresh start: that would open its data
          .flatMap(id -> lessons.lessons().stream().filter(l -> l.id().equals(id)).findFirst())
          .ifPresent(lessons::start);
      if (state.has("lessonsShown")) {
        lessons.shownProperty().set(state.get("lessonsShown").getAsBoolean());
      }
      text(state, "step").flatMap(ProjectWiring::step).ifPresent(window::go);
      text(state, "sequence").ifPresent(inspect::selectWhenListed);
    } finally {
      restoring = false;
    }
  }

  private static Optional<Step> step(String name) {
    try {
      return Optional.of(Step.valueOf(name));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> text(JsonObject json, String key) {
    return json.has(key) && json.get(key).isJsonPrimitive()
        ? Optional.of(json.get(key).getAsString())
        : Optional.empty();
  }

  /**
   * Runs {@code then} once, at the next change of {@code result} or when {@code failure} gets a
   * message (the loading failed; its own dialog says why).
   */
  private static void whenSettled(
      ObservableValue<?> result, ObservableValue<String> failure, Runnable then) {
    new Settling(result, failure, then);
  }

  /** Waits for a result or a failure message, whichever comes first, then runs once. */
  private static final class Settling implements ChangeListener<Object> {
    private final ObservableValue<?> result;
    private final ObservableValue<String> failure;
    private final Runnable then;

    Settling(ObservableValue<?> result, ObservableValue<String> failure, Runnable then) {
      this.result = result;
      this.failure = failure;
      this.then = then;
      result.addListener(this);
      failure.addListener(this);
    }

    @Override
    public void changed(ObservableValue<?> value, Object old, Object now) {
      if (value == failure && now == null) {
        return; // a message cleared before the next one
      }
      result.removeListener(this);
      failure.removeListener(this);
      then.run();
    }
  }
}
