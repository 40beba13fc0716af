package org.motifworkbench.app.labcheck;

import javafx.beans.value.ChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * The window of Help > Lab check: what the check does, a start and a stop button, its progress and
 * the report (selectable, to paste into an e-mail to the teacher). Closing it stops a running
 * check.
 */
public final class LabCheckDialog {

  private LabCheckDialog() {}

  /** Shows the dialog without waiting; the check starts when the user asks. */
  public static void show(Window owner, LabCheckViewModel viewModel) {
    Dialog<Void> dialog = new Dialog<>();
    dialog.setTitle("Lab check");
    dialog.setHeaderText("Is this computer ready for the lessons?");
    dialog.initModality(Modality.NONE);
    dialog.initOwner(owner);
    if (owner != null && owner.getScene() != null) {
      dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
    }
    dialog.getDialogPane().setId("labCheckDialog");
    dialog.setResizable(true);

    Label intro =
        new Label(
            "The check trains lesson 1's model (its data, settings and seed) the way a student"
                + " would, and times it. Your open data and model stay as they are. It takes"
                + " about a minute at most.");
    intro.setWrapText(true);
    intro.getStyleClass().add("dialog-help");
    Button start = new Button("Run the lab check");
    start.setId("labCheckStart");
    start.setDefaultButton(true);
    start.setOnAction(e -> viewModel.start());
    start.disableProperty().bind(viewModel.runningProperty());
    Button stop = new Button("Stop");
    stop.setId("labCheckStop");
    stop.setOnAction(e -> viewModel.cancel());
    stop.disableProperty().bind(viewModel.runningProperty().not());
    ProgressBar bar = new ProgressBar();
    bar.setMaxWidth(Double.MAX_VALUE);
    bar.progressProperty().bind(viewModel.progressProperty());
    bar.visibleProperty().bind(viewModel.runningProperty());
    Label status = new Label();
    status.setId("labCheckStatus");
    status.textProperty().bind(viewModel.statusProperty());
    Label error = new Label();
    error.setId("labCheckError");
    error.setWrapText(true);
    error.getStyleClass().add("lab-check-error");
    error.textProperty().bind(viewModel.errorMessageProperty());
    error.visibleProperty().bind(viewModel.errorMessageProperty().isNotNull());
    error.managedProperty().bind(error.visibleProperty());
    TextArea report = new TextArea();
    report.setId("labCheckReport");
    report.setEditable(false);
    report.setWrapText(true);
    report.setPrefRowCount(8);
    ChangeListener<LabCheckReport> showReport =
        (obs, old, now) -> report.setText(now == null ? "" : String.join("\n", now.lines()));
    viewModel.reportProperty().addListener(showReport);
    showReport.changed(null, null, viewModel.reportProperty().get());

    VBox content = new VBox(10, intro, new HBox(8, start, stop), bar, status, error, report);
    content.setPrefWidth(620);
    dialog.getDialogPane().setContent(content);
    dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
    dialog.setOnHidden(
        e -> {
          viewModel.cancel();
          viewModel.reportProperty().removeListener(showReport);
        });
    dialog.show();
  }
}
