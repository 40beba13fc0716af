package org.motifworkbench.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.motifworkbench.app.dialog.FileType;
import org.motifworkbench.app.dialog.Purpose;
import org.motifworkbench.app.labcheck.LabCheckDialog;
import org.motifworkbench.app.session.RecentFiles;
import org.motifworkbench.app.session.TrainedModel;
import org.motifworkbench.app.session.Workspace;
import org.motifworkbench.bundle.ModelBundle;
import org.motifworkbench.figure.NucleotidePalette;

/** The menu bar: files (data, models, recent), view options (lessons, colours) and help. */
final class MainMenu {

  private final AppContext context;
  private final MainWindowViewModel navigation;
  private final Runnable showGpuHelp;
  private final Runnable showAbout;
  private final Runnable quit;
  private final MenuBar bar = new MenuBar();
  private final Menu recentMenu = new Menu("Recent files");

  MainMenu(AppContext context, Runnable showGpuHelp, Runnable showAbout, Runnable quit) {
    this.context = context;
    this.navigation = context.mainWindow();
    this.showGpuHelp = showGpuHelp;
    this.showAbout = showAbout;
    this.quit = quit;
    bar.setId("menuBar");
    bar.getMenus().addAll(fileMenu(), viewMenu(), helpMenu());
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

  private Menu helpMenu() {
    Menu help = new Menu("Help");
    help.getItems()
        .addAll(
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
