package org.motifworkbench.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.motifworkbench.app.dialog.FileType;
import org.motifworkbench.app.dialog.Purpose;
import org.motifworkbench.app.help.KeyboardShortcuts;
import org.motifworkbench.app.labcheck.LabCheckDialog;
import org.motifworkbench.app.session.RecentFiles;
import org.motifworkbench.app.session.TrainedModel;
import org.motifworkbench.app.session.Workspace;
import org.motifworkbench.app.setup.SetupViewModel;
import org.motifworkbench.bundle.ModelBundle;
import org.motifworkbench.figure.NucleotidePalette;

/**
 * The menu bar: files (data, models, recent), undo of the settings, view options (lessons, colours)
 * and help (the user guide, shortcuts).
 */
final class MainMenu {

  private final AppContext context;
  private final MainWindowViewModel navigation;
  private final Runnable showGpuHelp;
  private final Runnable showAbout;
  private final Runnable quit;
  private final MenuBar bar = new MenuBar();
  private final Menu recentMenu = new Menu("Recent files");
  private final ScreenGuide guide = new ScreenGuide();

  MainMenu(AppContext context, Runnable showGpuHelp, Runnable showAbout, Runnable quit) {
    this.context = context;
    this.navigation = context.mainWindow();
    this.showGpuHelp = showGpuHelp;
    this.showAbout = showAbout;
    this.quit = quit;
    bar.setId("menuBar");
    bar.getMenus().addAll(fileMenu(), editMenu(), viewMenu(), helpMenu());
    context.recentFiles().files().addListener((ListChangeListener<Path>) c -> fillRecent());
    fillRecent();
  }

  MenuBar root() {
    return bar;
  }

  private Menu fileMenu() {
    MenuItem openData = item("Open data...", "openDataItem", "Shortcut+O", this::chooseData);
    MenuItem openSample =
        item(
            "Open sample",
            "openSampleItem",
            null,
            () -> {
              navigation.go(Step.DATA);
              context.data().openSample();
            });
    MenuItem openModel =
        item("Open model...", "openModelItem", "Shortcut+Shift+O", this::chooseModel);
    MenuItem save = item("Save model", "saveModelItem", "Shortcut+S", this::saveModel);
    MenuItem saveAs =
        item("Save model as...", "saveModelAsItem", "Shortcut+Shift+S", () -> chooseModelTarget());
    Workspace workspace = context.workspace();
    save.disableProperty().bind(workspace.modelProperty().isNull());
    saveAs.disableProperty().bind(workspace.modelProperty().isNull());
    recentMenu.setId("recentMenu");
    List<MenuItem> projectItems = projectItems();
    MenuItem exit = item("Quit", "quitItem", "Shortcut+Q", quit);
    Menu file = new Menu("File");
    file.getItems()
        .addAll(
            openData,
            openSample,
            new SeparatorMenuItem(),
            openModel,
            save,
            saveAs,
            new SeparatorMenuItem());
    file.getItems().addAll(projectItems);
    file.getItems().addAll(new SeparatorMenuItem(), recentMenu, new SeparatorMenuItem(), exit);
    return file;
  }

  /** New, Open, Save, Save as and Close project, and Reload runs (issue 21). */
  private List<MenuItem> projectItems() {
    var projects = context.projectFiles();
    MenuItem newProject = item("New project...", "newProjectItem", null, projects::newProject);
    MenuItem openProject =
        item("Open project...", "openProjectItem", "Shortcut+Alt+O", projects::openProject);
    MenuItem saveProject =
        item("Save project", "saveProjectItem", "Shortcut+Alt+S", projects::save);
    MenuItem saveProjectAs =
        item("Save project as...", "saveProjectAsItem", null, () -> projects.saveAs(() -> {}));
    MenuItem closeProject = item("Close project", "closeProjectItem", null, projects::close);
    MenuItem reloadRuns = item("Reload runs", "reloadRunsItem", null, projects::reloadRuns);
    var session = context.project();
    closeProject
        .disableProperty()
        .bind(
            javafx.beans.binding.Bindings.createBooleanBinding(
                session::isScratch, session.projectProperty()));
    return List.of(newProject, openProject, saveProject, saveProjectAs, closeProject, reloadRuns);
  }

  private Menu viewMenu() {
    CheckMenuItem colourBlind = new CheckMenuItem("Colour-blind safe colours");
    colourBlind.setId("colourBlindItem");
    var palette = context.workspace().paletteProperty();
    colourBlind.setSelected(palette.get() == NucleotidePalette.COLOR_BLIND);
    colourBlind
        .selectedProperty()
        .addListener(
            (obs, old, on) ->
                palette.set(on ? NucleotidePalette.COLOR_BLIND : NucleotidePalette.STANDARD));
    palette.addListener(
        (obs, old, now) -> colourBlind.setSelected(now == NucleotidePalette.COLOR_BLIND));
    CheckMenuItem lessons = new CheckMenuItem("Lessons");
    lessons.setId("lessonsItem");
    lessons.setAccelerator(KeyCombination.keyCombination("Shortcut+L"));
    lessons.selectedProperty().bindBidirectional(context.lessons().shownProperty());
    CheckMenuItem instructor = new CheckMenuItem("Instructor mode");
    instructor.setId("instructorModeItem");
    instructor.selectedProperty().bindBidirectional(context.lessons().instructorModeProperty());
    MenuItem resetAll =
        item(
            "Reset all lessons...",
            "resetAllLessonsItem",
            null,
            context.lessons()::requestResetAll);
    CheckMenuItem largerText = new CheckMenuItem("Larger text");
    largerText.setId("largerTextItem");
    largerText.selectedProperty().bindBidirectional(context.display().largerTextProperty());
    Menu view = new Menu("View");
    view.getItems()
        .addAll(lessons, instructor, resetAll, new SeparatorMenuItem(), colourBlind, largerText);
    return view;
  }

  /**
   * Undo and redo of the Model screen's settings changes (the only screen with undo); the items
   * name the change and say where they work. Ctrl+Y redoes too (a scene accelerator: an item has
   * one). In a text field being typed in, the keys are the field's own (SetupView decides).
   */
  private Menu editMenu() {
    SetupViewModel setup = context.setup();
    BooleanBinding onModel = navigation.currentStepProperty().isEqualTo(Step.MODEL);
    MenuItem undo = item("Undo", "undoItem", "Shortcut+Z", setup::undo);
    undo.textProperty()
        .bind(
            Bindings.when(onModel)
                .then(setup.undoTextProperty())
                .otherwise("Undo (settings on the Model screen)"));
    undo.disableProperty().bind(onModel.not().or(setup.canUndoProperty().not()));
    undo.getProperties().put(KeyboardShortcuts.ITEM_NAME, "Undo (a settings change, Model screen)");
    MenuItem redo = item("Redo", "redoItem", "Shortcut+Shift+Z", setup::redo);
    redo.textProperty()
        .bind(
            Bindings.when(onModel)
                .then(setup.redoTextProperty())
                .otherwise("Redo (settings on the Model screen)"));
    redo.disableProperty().bind(onModel.not().or(setup.canRedoProperty().not()));
    redo.getProperties().put(KeyboardShortcuts.ITEM_NAME, "Redo (a settings change, Model screen)");
    KeyCombination redoY = KeyCombination.keyCombination("Shortcut+Y");
    bar.sceneProperty()
        .addListener(
            (obs, old, scene) -> {
              if (scene != null) {
                scene
                    .getAccelerators()
                    .put(
                        redoY,
                        () -> {
                          if (!redo.isDisable()) {
                            redo.fire();
                          }
                        });
                KeyboardShortcuts.name(
                    scene, redoY, "Edit > Redo (a settings change, Model screen)");
              }
            });
    Menu edit = new Menu("Edit");
    edit.setId("editMenu");
    edit.getItems().addAll(undo, redo);
    return edit;
  }

  /** Opens the guide at the current screen's page (the screens' "?" and F1). */
  void showScreenHelp() {
    guide.showScreen(bar.getScene().getWindow(), navigation.getCurrentStep());
  }

  /** The user guide's state and window, for tests. */
  ScreenGuide guide() {
    return guide;
  }

  private Menu helpMenu() {
    Menu help = new Menu("Help");
    help.getItems()
        .addAll(
            item(
                "User guide",
                "userGuideItem",
                "Shortcut+F1",
                () -> guide.showGuide(bar.getScene().getWindow())),
            item("Help for this screen", "screenHelpItem", "F1", this::showScreenHelp),
            item(
                "Keyboard shortcuts",
                "shortcutsItem",
                null,
                () -> guide.showShortcuts(bar.getScene().getWindow())),
            new SeparatorMenuItem(),
            item(
                "Lab check...",
                "labCheckItem",
                null,
                () -> LabCheckDialog.show(bar.getScene().getWindow(), context.labCheck())),
            item("Use a GPU...", "gpuItem", null, showGpuHelp),
            item("About Motif Workbench", "aboutItem", null, showAbout));
    return help;
  }

  private void fillRecent() {
    RecentFiles recent = context.recentFiles();
    recentMenu.getItems().clear();
    for (Path file : recent.files()) {
      String name =
          isProject(file)
              ? file.getParent().getFileName() + " (project)"
              : file.getFileName().toString();
      MenuItem item = new MenuItem(name + "   \u2014 " + file.getParent());
      item.setMnemonicParsing(false);
      item.setOnAction(e -> openRecent(file));
      recentMenu.getItems().add(item);
    }
    recentMenu.setDisable(recent.files().isEmpty());
  }

  void openRecent(Path file) {
    if (isProject(file)) {
      context.projectFiles().open(file, true);
    } else if (file.getFileName().toString().endsWith(ModelBundle.EXTENSION)) {
      context.modelFiles().open(file);
    } else {
      navigation.go(Step.DATA);
      context.data().open(List.of(file));
    }
  }

  private static boolean isProject(Path file) {
    return file.getFileName().toString().equals(org.motifworkbench.project.Project.FILE_NAME)
        && file.getParent() != null
        && file.getParent().getFileName() != null;
  }

  private static final List<FileType> FASTA =
      List.of(
          FileType.of(
              "FASTA files", "*.fa", "*.fasta", "*.fna", "*.fa.gz", "*.fasta.gz", "*.fna.gz"),
          FileType.ALL);
  private static final List<FileType> MODELS =
      List.of(FileType.of("Motif Workbench models", "*" + ModelBundle.EXTENSION));

  private void chooseData() {
    List<Path> files = context.dialogs().openFiles(Purpose.DATA, "Open FASTA files", FASTA);
    if (!files.isEmpty()) {
      navigation.go(Step.DATA);
      context.data().open(files);
    }
  }

  private void chooseModel() {
    startAtTheModel();
    context
        .dialogs()
        .openFile(Purpose.MODEL, "Open a model", MODELS)
        .ifPresent(file -> context.modelFiles().open(file));
  }

  private void saveModel() {
    TrainedModel model = context.workspace().getModel();
    if (model != null && model.file() != null) {
      context.modelFiles().save(model.file());
    } else {
      chooseModelTarget();
    }
  }

  /** Asks where to save the model and saves it there; false when the user cancelled. */
  boolean chooseModelTarget() {
    startAtTheModel();
    Optional<Path> file =
        context
            .dialogs()
            .saveFile(
                Purpose.MODEL, "Save the model", context.modelFiles().suggestedFileName(), MODELS);
    file.ifPresent(f -> context.modelFiles().save(f));
    return file.isPresent();
  }

  /** Model choosers start in the open model's folder when it has a file. */
  private void startAtTheModel() {
    TrainedModel model = context.workspace().getModel();
    if (model != null && model.file() != null) {
      context.dialogs().rememberFolder(Purpose.MODEL, model.file().toAbsolutePath().getParent());
    }
  }

  private static MenuItem item(String text, String id, String accelerator, Runnable action) {
    MenuItem item = new MenuItem(text);
    item.setId(id);
    if (accelerator != null) {
      item.setAccelerator(KeyCombination.keyCombination(accelerator));
    }
    item.setOnAction(e -> action.run());
    return item;
  }
}
