package org.motifworkbench.app;

import java.net.URL;
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

/** The main window: step bar on top, the current screen in the middle, status bar at the bottom. */
public final class MainWindow {

  static final double WIDTH = 1200;
  static final double HEIGHT = 800;
  private static final String STYLESHEET = "/org/motifworkbench/app/assets/workbench.css";

  private final MainWindowViewModel viewModel;
  private final BorderPane root = new BorderPane();

  public MainWindow(AppContext context) {
    this.viewModel = context.mainWindow();
    root.getStyleClass().add("main-window");
    root.setTop(new StepBar(Step.DATA).root());
    root.setCenter(new DataView(context.data()).root());
    root.setBottom(statusBar());
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
