package org.motifworkbench.app.runs;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.motifworkbench.app.dialog.DialogService;
import org.motifworkbench.app.dialog.FileType;
import org.motifworkbench.app.dialog.Purpose;

/**
 * "Search a grid..." from the Model screen: up to four settings with their values, the combination
 * count, Start / Cancel / Resume with progress and the time estimate, and "Save as grid file...".
 * The window may be closed while the search runs: it goes on, and its runs appear on the Runs
 * screen. State lives in {@link GridViewModel}.
 */
public final class GridDialog {

  private final GridViewModel viewModel;
  private final DialogService dialogs;
  private final Stage stage = new Stage();

  public GridDialog(GridViewModel viewModel, DialogService dialogs, Window owner) {
    this.viewModel = viewModel;
    this.dialogs = dialogs;
    stage.setTitle("Search a grid of settings");
    if (owner != null) {
      stage.initOwner(owner);
    }
    Scene scene = new Scene(content(), 760, 460);
    if (owner != null && owner.getScene() != null) {
      scene.getStylesheets().setAll(owner.getScene().getStylesheets());
    }
    stage.setScene(scene);
    viewModel
        .errorMessageProperty()
        .addListener(
            (obs, old, message) -> {
              if (message != null) {
                dialogs.showError("Grid search", "The grid search did not run", message);
              }
            });
  }

  /** Shows the window (or brings it to the front). */
  public void show() {
    stage.show();
    stage.toFront();
  }

  /** The window, e.g. for tests. */
  public Stage stage() {
    return stage;
  }

  private VBox content() {
    Label intro =
        new Label(
            "Each combination of the values below is trained as one run, on the Model screen's"
                + " settings and split; the runs are ranked by validation accuracy (never by test)"
                + " on the Runs screen.");
    intro.setWrapText(true);
    GridPane rows = new GridPane();
    rows.getStyleClass().add("grid-axes");
    rows.addRow(0, new Label("Setting"), new Label("Values"));
    List<GridViewModel.Axis> axes = viewModel.axes();
    for (int i = 0; i < axes.size(); i++) {
      GridViewModel.Axis axis = axes.get(i);
      ComboBox<GridSetting> setting = new ComboBox<>();
      setting.setId("gridSetting" + i);
      setting.setItems(FXCollections.observableArrayList(viewModel.settings()));
      setting.setPromptText("(none)");
      setting.valueProperty().bindBidirectional(axis.settingProperty());
      setting.setPrefWidth(220);
      TextField values = new TextField();
      values.setId("gridValues" + i);
      values.textProperty().bindBidirectional(axis.valuesProperty());
      values
          .promptTextProperty()
          .bind(
              Bindings.createStringBinding(
                  () ->
                      axis.settingProperty().get() == null
                          ? ""
                          : axis.settingProperty().get().hint(),
                  axis.settingProperty()));
      GridPane.setHgrow(values, Priority.ALWAYS);
      Label problem = new Label();
      problem.getStyleClass().add("grid-problem");
      problem.textProperty().bind(axis.problemProperty());
      rows.addRow(i + 1, setting, values, problem);
    }
    Label summary = new Label();
    summary.setId("gridSummary");
    summary.getStyleClass().add("grid-summary");
    summary.setWrapText(true);
    summary.textProperty().bind(viewModel.summaryProperty());
    Label problems = new Label();
    problems.setId("gridProblems");
    problems.getStyleClass().add("grid-problem");
    problems.setWrapText(true);
    problems
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> String.join("\n", viewModel.problems()), viewModel.problems()));
    ProgressBar bar = new ProgressBar();
    bar.setId("gridProgress");
    bar.setMaxWidth(Double.MAX_VALUE);
    bar.progressProperty().bind(viewModel.progressProperty());
    Label status = new Label();
    status.setId("gridStatus");
    status.setWrapText(true);
    status.textProperty().bind(viewModel.statusProperty());
    Label estimate = new Label();
    estimate.setId("gridEstimate");
    estimate.getStyleClass().add("grid-progress-text");
    estimate.textProperty().bind(viewModel.estimateProperty());
    VBox box = new VBox(intro, rows, summary, problems, bar, status, estimate, buttons());
    box.getStyleClass().add("grid-dialog");
    return box;
  }

  private HBox buttons() {
    Button save = new Button("Save as grid file\u2026");
    save.setId("saveGridFile");
    save.disableProperty().bind(viewModel.combinationsProperty().isEqualTo(0));
    save.setOnAction(
        e ->
            dialogs
                .saveFile(
                    Purpose.SETTINGS,
                    "Save the grid for 'mwb grid --config'",
                    "grid.json",
                    List.of(FileType.of("Grid (JSON)", "*.json")))
                .ifPresent(viewModel::saveGridFile));
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    Button start = new Button();
    start.setId("startGrid");
    start.setDefaultButton(true);
    start
        .textProperty()
        .bind(Bindings.when(viewModel.resumableProperty()).then("Resume").otherwise("Start"));
    start
        .disableProperty()
        .bind(viewModel.runningProperty().or(Bindings.isNotEmpty(viewModel.problems())));
    start.setOnAction(e -> viewModel.start());
    Button cancel = new Button("Cancel search");
    cancel.setId("cancelGrid");
    cancel.disableProperty().bind(viewModel.runningProperty().not());
    cancel.setOnAction(e -> viewModel.cancel());
    Button close = new Button("Close");
    close.setId("closeGrid");
    close.setOnAction(e -> stage.hide());
    HBox box = new HBox(10, save, spacer, start, cancel, close);
    return box;
  }
}
