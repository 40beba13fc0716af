package org.motifworkbench.app;

import java.net.URL;
import java.util.EnumMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.motifworkbench.app.data.DataView;
import org.motifworkbench.app.dialog.DialogService;
import org.motifworkbench.app.evaluate.EvaluateView;
import org.motifworkbench.app.genome.GenomeView;
import org.motifworkbench.app.help.KeyboardShortcuts;
import org.motifworkbench.app.inspect.InspectView;
import org.motifworkbench.app.lessons.LessonPanel;
import org.motifworkbench.app.motifs.MotifsView;
import org.motifworkbench.app.runs.GridDialog;
import org.motifworkbench.app.runs.RunsView;
import org.motifworkbench.app.session.OtherDataNotice;
import org.motifworkbench.app.setup.SetupView;
import org.motifworkbench.app.train.TrainView;
import org.motifworkbench.app.variants.VariantsView;
import org.motifworkbench.workflow.Versions;

/** The main window: step bar on top, the current screen in the middle, status bar at the bottom. */
public final class MainWindow {

  static final double WIDTH = 1200;
  static final double HEIGHT = 800;
  private static final String STYLESHEET = "/org/motifworkbench/app/assets/workbench.css";
  private static final String LARGER_TEXT = "/org/motifworkbench/app/assets/larger-text.css";

  private final AppContext context;
  private final MainWindowViewModel viewModel;
  private final BorderPane root = new BorderPane();
  private final Map<Step, Node> screens = new EnumMap<>(Step.class);
  private final MainMenu menu;
  private final DialogService dialogs;
  private final QuitViewModel quit;
  private Stage stage;
  private GridDialog gridDialog;

  public MainWindow(AppContext context) {
    this.context = context;
    this.viewModel = context.mainWindow();
    this.dialogs = context.dialogs();
    root.getStyleClass().add("main-window");
    menu = new MainMenu(context, this::showGpuHelp, this::showAbout, this::requestQuit);
    quit =
        new QuitViewModel(
            context.workspace(), context.modelFiles(), dialogs, menu::chooseModelTarget);
    quit.askAboutProject(context.projectFiles());
    quit.approvedProperty()
        .addListener(
            (obs, old, approved) -> {
              if (approved && stage != null) {
                context.project().saveBeforeClosing(); // a pending autosave is not lost
                stage.close();
              }
            });
    root.setTop(new VBox(menu.root(), stepBarWithHelp()));
    root.setBottom(statusBar());
    root.setRight(new LessonPanel(context.lessons(), context.report()::export).root());
    context
        .modelFiles()
        .errorMessageProperty()
        .addListener(
            (obs, old, message) -> {
              if (message != null) {
                dialogs.showError("Model file", null, message);
              }
            });
    viewModel.currentStepProperty().addListener((obs, old, step) -> show(step));
    show(viewModel.getCurrentStep());
  }

  /**
   * The step bar with the "?" of the screen shown at its right: one button for every screen, at the
   * top right of each, opening the screen's page of the user guide (as F1 does).
   */
  private Node stepBarWithHelp() {
    Node steps = new StepBar(viewModel).root();
    HBox.setHgrow(steps, Priority.ALWAYS);
    Button help = new Button("?");
    help.setId("helpButton");
    help.getStyleClass().add("screen-help-button");
    help.setTooltip(new Tooltip("Help for this screen (F1)"));
    help.accessibleTextProperty()
        .bind(
            Bindings.createStringBinding(
                () -> "Help for the " + viewModel.getCurrentStep().title() + " screen",
                viewModel.currentStepProperty()));
    help.setFocusTraversable(false); // Tab stays among the screen's controls
    help.setOnAction(e -> menu.showScreenHelp());
    HBox row = new HBox(steps, help);
    row.getStyleClass().add("step-bar-row");
    return row;
  }

  /** Builds a step's screen the first time it is shown; screens keep their state afterwards. */
  private Node screen(Step step) {
    return switch (step) {
      case DATA ->
          new DataView(
                  context.data(), () -> viewModel.go(Step.MODEL), context.figureExport(), dialogs)
              .root();
      case EVALUATE ->
          instead(new EvaluateView(context.evaluate(), context.figureExport(), dialogs).root());
      case INSPECT ->
          instead(new InspectView(context.inspect(), context.figureExport(), dialogs).root());
      case MOTIFS ->
          instead(new MotifsView(context.motifs(), context.figureExport(), dialogs).root());
      case GENOME -> genomeScreen();
      case RUNS -> new RunsView(context.runs(), context.figureExport(), dialogs).root();
      case MODEL ->
          new SetupView(
                  context.setup(), () -> viewModel.go(Step.TRAIN), dialogs, this::showGridDialog)
              .root();
      case TRAIN ->
          above(
              new TrainView(
                      context.train(),
                      () -> viewModel.go(Step.EVALUATE),
                      context.figureExport(),
                      dialogs)
                  .root(),
              context.train()::start);
    };
  }

  /**
   * A screen of the model's results, replaced by the other-data notice while the model belongs to
   * other data: "Train a new model" goes to the Train screen.
   */
  private Node instead(Node screen) {
    screen.visibleProperty().bind(context.otherData().shownBinding().not());
    screen.managedProperty().bind(screen.visibleProperty());
    return above(screen, () -> viewModel.go(Step.TRAIN));
  }

  /** The other-data notice above {@code screen}; {@code trainNewModel} is its train action. */
  private Node above(Node screen, Runnable trainNewModel) {
    VBox.setVgrow(screen, Priority.ALWAYS);
    return new VBox(new OtherDataNotice(context.otherData(), trainNewModel).root(), screen);
  }

  private void show(Step step) {
    Node screen = screens.computeIfAbsent(step, this::screen);
    root.setCenter(screen);
    // The screen's main action (its default button) takes the focus, so Enter does what the
    // screen is for, e.g. "Start training" on the Train screen.
    Platform.runLater(
        () ->
            screen.lookupAll(".button").stream()
                .filter(n -> n instanceof Button b && b.isDefaultButton() && !b.isDisabled())
                .findFirst()
                .ifPresent(Node::requestFocus));
  }

  /** Puts the window's scene on {@code stage} and shows it. */
  public void show(Stage stage) {
    Scene scene = new Scene(root, WIDTH, HEIGHT);
    scene.getStylesheets().add(stylesheet());
    // View > Larger text: one more sheet that sets only the root's font size (dialogs copy it)
    String larger = resource(LARGER_TEXT);
    BooleanProperty largerText = context.display().largerTextProperty();
    if (largerText.get()) {
      scene.getStylesheets().add(larger);
    }
    largerText.addListener(
        (obs, old, on) -> {
          if (on) {
            scene.getStylesheets().add(larger);
          } else {
            scene.getStylesheets().remove(larger);
          }
        });
    // Ctrl+1 ... Ctrl+7 (Cmd on macOS) open the steps, as the numbers in the step bar suggest.
    for (Step step : Step.values()) {
      KeyCombination keys = KeyCombination.keyCombination("Shortcut+" + step.number());
      scene.getAccelerators().put(keys, () -> viewModel.go(step));
      KeyboardShortcuts.name(scene, keys, "Go to step " + step.number() + ", " + step.title());
    }
    stage.setScene(scene);
    // The open project's name ends the title ("... \u2014 project my-study"); none while untitled.
    stage
        .titleProperty()
        .bind(
            javafx.beans.binding.Bindings.createStringBinding(
                () ->
                    context.project().isScratch()
                        ? viewModel.titleBinding().get()
                        : viewModel.titleBinding().get()
                            + " \u2014 project "
                            + context.project().titleProperty().get(),
                viewModel.titleBinding(),
                context.project().titleProperty(),
                context.project().projectProperty()));
    stage.setMinWidth(720);
    stage.setMinHeight(480);
    stage.setOnCloseRequest(
        e -> {
          e.consume();
          requestQuit();
        });
    this.stage = stage;
    context.dialogs().setOwner(stage);
    stage.show();
  }

  private Node statusBar() {
    ProgressIndicator starting = new ProgressIndicator();
    starting.getStyleClass().add("status-progress");
    starting.visibleProperty().bind(viewModel.engineStartingProperty());
    starting.managedProperty().bind(viewModel.engineStartingProperty());
    Label engine = new Label();
    engine.setId("engineStatus");
    engine.textProperty().bind(viewModel.engineStatusProperty());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    ProgressIndicator fileBusy = new ProgressIndicator();
    fileBusy.getStyleClass().add("status-progress");
    fileBusy.visibleProperty().bind(context.modelFiles().busyProperty());
    fileBusy.managedProperty().bind(context.modelFiles().busyProperty());
    Label fileStatus = new Label();
    fileStatus.setId("fileStatus");
    fileStatus.getStyleClass().add("file-status");
    fileStatus.textProperty().bind(context.modelFiles().statusProperty());
    Label modelBackend = new Label();
    modelBackend.setId("modelBackend");
    modelBackend.textProperty().bind(viewModel.modelBackendBinding());
    Hyperlink gpu = new Hyperlink("Use a GPU?");
    gpu.setId("gpuHelp");
    gpu.visibleProperty().bind(viewModel.onGpuProperty().not());
    gpu.setOnAction(e -> showGpuHelp());
    HBox bar = new HBox(starting, engine, spacer, fileBusy, fileStatus, modelBackend, gpu);
    bar.getStyleClass().add("status-bar");
    return bar;
  }

  private void showGpuHelp() {
    dialogs.showText("Use a GPU", "Training on an NVIDIA GPU", viewModel.gpuHelp());
  }

  /**
   * Closes the window, unless work would be lost and the user keeps it open ({@link
   * QuitViewModel}).
   */
  void requestQuit() {
    quit.request();
  }

  private void showAbout() {
    dialogs.showInfo(
        "About Motif Workbench",
        "Motif Workbench " + Versions.workbench(),
        "DNA sequence classification and motif interpretation.\n"
            + "Engine: "
            + viewModel.engineStatusProperty().get()
            + "\n"
            + "Licence: Apache-2.0. JASPAR motifs: CC BY 4.0.");
  }

  static String stylesheet() {
    return resource(STYLESHEET);
  }

  private static String resource(String sheet) {
    URL css = MainWindow.class.getResource(sheet);
    if (css == null) {
      throw new IllegalStateException("The style sheet " + sheet + " is missing from the build");
    }
    return css.toExternalForm();
  }

  /** "Search a grid..." of the Model screen: one window, kept while the app runs. */
  private void showGridDialog() {
    if (gridDialog == null) {
      gridDialog = new GridDialog(context.grid(), dialogs, stage);
    }
    gridDialog.show();
  }

  /** The Genome screen: the region scan, and variant effects in a second tab. */
  private Node genomeScreen() {
    GenomeView genome = new GenomeView(context.genome(), context.figureExport(), dialogs);
    Tab variants =
        new Tab(
            "Variant effects",
            new VariantsView(context.variants(), context.figureExport(), dialogs).root());
    variants.setClosable(false);
    variants.setId("variantEffectsTab");
    genome.tabs().getTabs().add(variants);
    return genome.root();
  }
}
