package org.motifworkbench.app;

import java.net.URL;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.motifworkbench.app.data.DataView;
import org.motifworkbench.app.setup.SetupView;
import org.motifworkbench.app.train.TrainView;

/** The main window: step bar on top, the current screen in the middle, status bar at the bottom. */
public final class MainWindow {

  static final double WIDTH = 1200;
  static final double HEIGHT = 800;
  private static final String STYLESHEET = "/org/motifworkbench/app/assets/workbench.css";

  private final AppContext context;
  private final MainWindowViewModel viewModel;
  private final BorderPane root = new BorderPane();
  private final Map<Step, Node> screens = new EnumMap<>(Step.class);

  public MainWindow(AppContext context) {
    this.context = context;
    this.viewModel = context.mainWindow();
    root.getStyleClass().add("main-window");
    root.setTop(new StepBar(viewModel, MainWindow::hasScreen).root());
    root.setBottom(statusBar());
    viewModel.currentStepProperty().addListener((obs, old, step) -> show(step));
    show(viewModel.getCurrentStep());
  }

  /** Steps whose screen exists in this version. */
  static boolean hasScreen(Step step) {
    return switch (step) {
      case DATA, MODEL, TRAIN -> true;
      default -> false;
    };
  }

  /** Builds a step's screen the first time it is shown; screens keep their state afterwards. */
  private Node screen(Step step) {
    return switch (step) {
      case DATA -> new DataView(context.data()).root();
      case MODEL -> new SetupView(context.setup(), () -> viewModel.go(Step.TRAIN)).root();
      case TRAIN -> new TrainView(context.train(), goIfShown(Step.EVALUATE)).root();
      default -> throw new IllegalStateException("no screen for " + step);
    };
  }

  /** Opens {@code step}, or null (no button) while its screen does not exist yet. */
  private Runnable goIfShown(Step step) {
    return hasScreen(step) ? () -> viewModel.go(step) : null;
  }

  private void show(Step step) {
    root.setCenter(screens.computeIfAbsent(step, this::screen));
  }

  /** Puts the window's scene on {@code stage} and shows it. */
  public void show(Stage stage) {
    Scene scene = new Scene(root, WIDTH, HEIGHT);
    scene.getStylesheets().add(stylesheet());
    stage.setScene(scene);
    stage.titleProperty().bind(viewModel.titleBinding());
    stage.setMinWidth(720);
    stage.setMinHeight(480);
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
    Hyperlink gpu = new Hyperlink("Use a GPU?");
    gpu.setId("gpuHelp");
    gpu.visibleProperty().bind(viewModel.onGpuProperty().not());
    gpu.setOnAction(e -> showGpuHelp());
    HBox bar = new HBox(starting, engine, spacer, gpu);
    bar.getStyleClass().add("status-bar");
    return bar;
  }

  private void showGpuHelp() {
    Alert alert = new Alert(Alert.AlertType.INFORMATION);
    alert.setTitle("Use a GPU");
    alert.setHeaderText("Training on an NVIDIA GPU");
    TextArea text = new TextArea(viewModel.gpuHelp());
    text.setEditable(false);
    text.setWrapText(false);
    text.getStyleClass().add("gpu-help");
    text.setPrefRowCount(12);
    text.setPrefColumnCount(100);
    alert.getDialogPane().setContent(text);
    alert.getDialogPane().setId("gpuDialog");
    alert.getDialogPane().setPrefWidth(860);
    alert.getDialogPane().getStylesheets().setAll(root.getScene().getStylesheets());
    alert.initOwner(root.getScene().getWindow());
    alert.setResizable(true);
    alert.show();
  }

  static String stylesheet() {
    URL css = MainWindow.class.getResource(STYLESHEET);
    if (css == null) {
      throw new IllegalStateException("The style sheet " + STYLESHEET + " is missing from the build");
    }
    return css.toExternalForm();
  }
}
