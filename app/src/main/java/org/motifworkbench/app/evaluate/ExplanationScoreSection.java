package org.motifworkbench.app.evaluate;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The Evaluate screen's "Explanation score (planted sites)" section: a button that scores the
 * explanations, then a small table of the share of peaks inside the planted site per method. Shown
 * only for data with planted sites. State lives in {@link ExplanationScoreViewModel}.
 */
final class ExplanationScoreSection {

  private final ExplanationScoreViewModel viewModel;
  private final GridPane table = new GridPane();
  private final VBox root;

  ExplanationScoreSection(ExplanationScoreViewModel viewModel) {
    this.viewModel = viewModel;
    Label heading = new Label("Explanation score (planted sites)");
    heading.getStyleClass().add("section-heading");
    Button score = new Button("Score the explanations");
    score.setId("scoreExplanations");
    score.setTooltip(
        new Tooltip(
            "Explains up to 200 correctly classified sequences with each"
                + " method and checks whether the strongest base lies in the planted motif"));
    score.disableProperty().bind(viewModel.canScoreBinding().not());
    score.setOnAction(e -> viewModel.score());
    ProgressBar busy = new ProgressBar();
    busy.setId("explanationProgress");
    busy.progressProperty().bind(viewModel.progressProperty());
    busy.visibleProperty().bind(viewModel.scoringProperty());
    busy.managedProperty().bind(viewModel.scoringProperty());
    Button cancel = new Button("Cancel");
    cancel.setId("cancelExplanationScore");
    cancel.setOnAction(e -> viewModel.cancel());
    cancel.visibleProperty().bind(viewModel.scoringProperty());
    cancel.managedProperty().bind(viewModel.scoringProperty());
    HBox title = new HBox(heading, score, busy, cancel);
    title.getStyleClass().add("explanation-title");
    table.setId("explanationScores");
    table.getStyleClass().add("explanation-table");
    table.visibleProperty().bind(Bindings.isNotEmpty(viewModel.rows()));
    table.managedProperty().bind(table.visibleProperty());
    Label note = new Label();
    note.setId("explanationNote");
    note.getStyleClass().add("evaluate-note");
    note.setWrapText(true);
    note.textProperty().bind(viewModel.noteProperty());
    root = new VBox(title, table, note);
    root.getStyleClass().add("explanation-section");
    // the note wraps to the column's width instead of widening it at the metrics' expense
    root.setPrefWidth(0);
    root.visibleProperty().bind(viewModel.availableProperty());
    root.managedProperty().bind(root.visibleProperty());
    viewModel.rows().addListener((ListChangeListener<ExplanationRow>) c -> fill());
    fill();
  }

  Node root() {
    return root;
  }

  private void fill() {
    table.getChildren().clear();
    if (viewModel.rows().isEmpty()) {
      return;
    }
    String[] header = {"Method", "Peak in site", "Sequences", "Time"};
    for (int c = 0; c < header.length; c++) {
      table.add(cell(header[c], "explanation-header", c > 0), c, 0);
    }
    int r = 1;
    for (ExplanationRow row : viewModel.rows()) {
      table.add(cell(row.method(), "explanation-method", false), 0, r);
      table.add(cell(row.fraction(), "explanation-value", true), 1, r);
      table.add(cell(row.count(), "explanation-count", true), 2, r);
      table.add(cell(row.seconds(), "explanation-count", true), 3, r);
      r++;
    }
  }

  private static Label cell(String text, String styleClass, boolean numeric) {
    Label label = new Label(text);
    label.getStyleClass().add(styleClass);
    if (numeric) {
      label.getStyleClass().add("numeric-cell");
    }
    return label;
  }
}
