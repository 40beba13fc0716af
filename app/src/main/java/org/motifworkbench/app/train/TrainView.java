package org.motifworkbench.app.train;

import java.io.IOException;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.jfree.chart.fx.ChartViewer;
import org.motifworkbench.app.dialog.DialogService;
import org.motifworkbench.app.dialog.FileType;
import org.motifworkbench.app.dialog.Purpose;
import org.motifworkbench.app.figure.ChartViews;
import org.motifworkbench.app.figure.FigureExport;
import org.motifworkbench.files.AtomicFile;
import org.motifworkbench.network.EngineStatus;
import org.motifworkbench.workflow.HistoryCsv;

/**
 * Layout and bindings of the Train screen: Start and Cancel with progress, what will be trained and
 * on which device, the live loss and accuracy charts, and how the run ended. State lives in {@link
 * TrainViewModel}; the charts are built by {@link TrainingCharts}.
 */
public final class TrainView {

  private static final String HINT =
      "Press Start to train. The charts fill in as the network"
          + " learns: the loss should fall and the accuracy rise. When the validation curve stops"
          + " following the training curve, the network has begun to memorise its training"
          + " sequences; early stopping then keeps the best epoch.";

  private final TrainViewModel viewModel;
  private final Runnable goToEvaluation;
  private final TrainingCharts charts = new TrainingCharts();
  private final FilterStrip filters;
  private final BorderPane root = new BorderPane();
  private final FigureExport export;
  private final DialogService dialogs;

  /** A view without "Export figure..." on its charts. */
  public TrainView(TrainViewModel viewModel, Runnable goToEvaluation, DialogService dialogs) {
    this(viewModel, goToEvaluation, null, dialogs);
  }

  /**
   * @param goToEvaluation opens the Evaluate screen; null hides the button
   * @param export adds "Export figure..." to the charts; may be null
   * @param dialogs shows errors and the save chooser
   */
  public TrainView(
      TrainViewModel viewModel,
      Runnable goToEvaluation,
      FigureExport export,
      DialogService dialogs) {
    this.viewModel = viewModel;
    this.dialogs = dialogs;
    this.goToEvaluation = goToEvaluation;
    this.export = export;
    root.getStyleClass().add("train-screen");
    root.setTop(new VBox(toolbar(), plan()));
    this.filters = new FilterStrip(viewModel, export);
    Node chartArea = chartArea();
    VBox.setVgrow(chartArea, Priority.ALWAYS);
    VBox center = new VBox(chartArea, filters.root());
    VBox.setVgrow(center, Priority.ALWAYS);
    Node result = resultArea();
    // The last run's curves and result are about the data it trained on, never the open data.
    for (Node shown : new Node[] {center, result}) {
      shown.visibleProperty().bind(viewModel.runOnOpenDataBinding());
      shown.managedProperty().bind(shown.visibleProperty());
    }
    Label otherRun = styled(new Label(), "train-other-run");
    otherRun.setId("otherRunNote");
    otherRun.setWrapText(true);
    otherRun.textProperty().bind(viewModel.otherRunNoteBinding());
    otherRun.visibleProperty().bind(viewModel.runOnOpenDataBinding().not());
    otherRun.managedProperty().bind(otherRun.visibleProperty());
    root.setCenter(new VBox(otherRun, center));
    root.setBottom(result);
    charts.show(viewModel.getCurves());
    viewModel.curvesProperty().addListener((obs, old, curves) -> charts.show(curves));
    viewModel
        .errorMessageProperty()
        .addListener(
            (obs, old, message) -> {
              if (message != null) {
                showError(message);
              }
            });
  }

  public Parent root() {
    return root;
  }

  /** The charts, e.g. to export them. */
  public TrainingCharts charts() {
    return charts;
  }

  private Node toolbar() {
    Button start = new Button("Start training");
    start.setId("startTraining");
    start.setDefaultButton(true);
    start.disableProperty().bind(viewModel.canStartProperty().not());
    start.setOnAction(e -> viewModel.start());
    Button cancel = new Button("Cancel");
    cancel.setId("cancelTraining");
    cancel
        .disableProperty()
        .bind(viewModel.runningProperty().not().or(viewModel.cancellingProperty()));
    cancel.setOnAction(e -> viewModel.cancel());
    ProgressBar bar = new ProgressBar();
    bar.setId("trainingProgress");
    bar.getStyleClass().add("train-progress");
    bar.progressProperty().bind(viewModel.progressProperty());
    bar.visibleProperty()
        .bind(viewModel.runningProperty().or(viewModel.progressProperty().greaterThan(0)));
    Label progress = styled(new Label(), "train-progress-text");
    progress.setId("progressText");
    progress.textProperty().bind(viewModel.progressTextProperty());
    HBox box = new HBox(start, cancel, bar, progress, spacer(), deviceChoice());
    box.getStyleClass().add("toolbar");
    return box;
  }

  private static Region spacer() {
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    return spacer;
  }

  /** CPU, and each GPU the engine sees; with none, a disabled box that says how to get one. */
  private Node deviceChoice() {
    ChoiceBox<String> choice = new ChoiceBox<>(viewModel.devices());
    choice.setId("deviceChoice");
    choice.valueProperty().bindBidirectional(viewModel.deviceProperty());
    choice.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(String device) {
            return device == null ? "" : EngineStatus.describeDevice(device);
          }

          @Override
          public String fromString(String text) {
            return null;
          }
        });
    choice
        .disableProperty()
        .bind(Bindings.size(viewModel.devices()).lessThan(2).or(viewModel.runningProperty()));
    Tooltip tip = new Tooltip();
    tip.textProperty()
        .bind(
            Bindings.when(Bindings.size(viewModel.devices()).lessThan(2))
                .then(
                    "No GPU found: training runs on the CPU. Help > Use a GPU explains how to add one.")
                .otherwise("Where the network trains. A GPU is much faster for big data sets."));
    Label label = new Label("Train on");
    label.setLabelFor(choice);
    HBox box = new HBox(label, choice);
    box.getStyleClass().add("train-device");
    Tooltip.install(box, tip);
    return box;
  }

  private Node plan() {
    Label plan = styled(new Label(), "train-plan");
    plan.setId("trainingPlan");
    plan.textProperty().bind(viewModel.planProperty());
    Label engine = styled(new Label(), "train-engine");
    engine.setId("trainingEngine");
    engine.textProperty().bind(Bindings.concat("Engine: ", viewModel.engineStatusProperty()));
    VBox box = new VBox(plan, engine);
    box.getStyleClass().add("train-plan-box");
    return box;
  }

  private Node chartArea() {
    ChartViewer loss = ChartViews.viewer("lossChart", export, "training-loss");
    loss.setChart(charts.lossChart());
    ChartViewer accuracy = ChartViews.viewer("accuracyChart", export, "training-accuracy");
    accuracy.setChart(charts.accuracyChart());
    HBox box = new HBox(loss, accuracy);
    box.getStyleClass().add("train-charts");
    for (ChartViewer viewer : new ChartViewer[] {loss, accuracy}) {
      HBox.setHgrow(viewer, Priority.ALWAYS);
      viewer.setMinSize(200, 160);
      viewer.setPrefSize(540, 420);
    }
    return box;
  }

  private Node resultArea() {
    Label result = styled(new Label(), "train-result");
    result.setId("trainingResult");
    result
        .textProperty()
        .bind(
            Bindings.when(
                    viewModel.resultTextProperty().isEmpty().and(viewModel.runningProperty().not()))
                .then(HINT)
                .otherwise(viewModel.resultTextProperty()));
    result.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(result, Priority.ALWAYS);
    HBox box = new HBox(result);
    box.getStyleClass().add("train-result-box");
    if (goToEvaluation != null) {
      Region spacer = new Region();
      Button evaluate = new Button("Evaluate the model \u203a");
      evaluate.setId("evaluateModel");
      evaluate.setMinWidth(Region.USE_PREF_SIZE); // the result text wraps, the button does not
      evaluate
          .visibleProperty()
          .bind(viewModel.modelReadyProperty().and(viewModel.runningProperty().not()));
      evaluate.managedProperty().bind(evaluate.visibleProperty());
      evaluate.setOnAction(e -> goToEvaluation.run());
      box.getChildren().addAll(spacer, evaluate);
    }
    Button history = new Button("Save history...");
    history.setId("saveHistory");
    history.setMinWidth(Region.USE_PREF_SIZE);
    history
        .visibleProperty()
        .bind(viewModel.modelReadyProperty().and(viewModel.runningProperty().not()));
    history.managedProperty().bind(history.visibleProperty());
    history.setOnAction(e -> saveHistory());
    box.getChildren().add(box.getChildren().size() - (goToEvaluation != null ? 1 : 0), history);
    return box;
  }

  /** The per-epoch history as CSV (the columns of 'mwb train --history'). */
  private void saveHistory() {
    dialogs
        .saveFile(
            Purpose.RESULTS,
            "Save the training history",
            "training-history.csv",
            List.of(FileType.of("CSV", "*.csv")))
        .ifPresent(
            file -> {
              try {
                AtomicFile.writeString(file, HistoryCsv.format(viewModel.getCurves().epochs()));
              } catch (IOException | RuntimeException ex) {
                dialogs.showError(
                    "Training",
                    "Nothing was saved",
                    "Could not write "
                        + file
                        + ": "
                        + ex.getMessage()
                        + ". Check that the folder exists and you may write there.");
              }
            });
  }

  private void showError(String message) {
    dialogs.showError("Training", "Training did not run", message);
  }

  private static <T extends Node> T styled(T node, String styleClass) {
    node.getStyleClass().add(styleClass);
    return node;
  }
}
