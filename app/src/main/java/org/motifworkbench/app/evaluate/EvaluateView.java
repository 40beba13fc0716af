package org.motifworkbench.app.evaluate;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.jfree.chart.fx.ChartViewer;
import org.motifworkbench.app.dialog.DialogService;
import org.motifworkbench.app.dialog.FileType;
import org.motifworkbench.app.dialog.Purpose;
import org.motifworkbench.app.figure.ChartViews;
import org.motifworkbench.app.figure.FigureExport;
import org.motifworkbench.app.figure.FigureView;
import org.motifworkbench.evaluation.ClassificationMetrics;
import org.motifworkbench.figure.ConfusionMatrixFigure;
import org.motifworkbench.figure.EvaluationCharts;

/**
 * Layout and bindings of the Evaluate screen: metrics and confusion matrix on the left, the ROC,
 * precision-recall and score-distribution charts in tabs on the right. State lives in {@link
 * EvaluateViewModel}.
 */
public final class EvaluateView {

  private static final double TABLE_ROW_HEIGHT = 30; // = the header height in workbench.css

  /** Marks the macro and weighted average rows, set apart from the class rows in the CSS. */
  private static final PseudoClass AVERAGE = PseudoClass.getPseudoClass("average");

  private final EvaluateViewModel viewModel;
  private final BorderPane root = new BorderPane();
  private final TableView<MetricsRow> table = new TableView<>();
  private final FigureView confusion = new FigureView();
  private final ChartViewer roc;
  private final ChartViewer precisionRecall;
  private final ChartViewer scores;
  private final DialogService dialogs;

  /** A view without "Export figure..." (tests). */
  public EvaluateView(EvaluateViewModel viewModel, DialogService dialogs) {
    this(viewModel, null, dialogs);
  }

  /**
   * @param export adds "Export figure..." to the matrix and the charts; may be null
   * @param dialogs shows errors and the save chooser
   */
  public EvaluateView(EvaluateViewModel viewModel, FigureExport export, DialogService dialogs) {
    this.viewModel = viewModel;
    this.dialogs = dialogs;
    this.roc = ChartViews.viewer("rocChart", export, "roc-curve");
    this.precisionRecall = ChartViews.viewer("prChart", export, "precision-recall");
    this.scores = ChartViews.viewer("scoreChart", export, "score-distributions");
    if (export != null) {
      export.install(confusion, confusion::figure, () -> "confusion-matrix");
    }
    root.getStyleClass().add("evaluate-screen");
    root.setTop(toolbar());
    root.setCenter(new StackPane(noResults(), content()));
    viewModel.metricsProperty().addListener((obs, old, metrics) -> show(metrics));
    viewModel
        .errorMessageProperty()
        .addListener(
            (obs, old, message) -> {
              if (message != null) {
                showError(message);
              }
            });
    show(viewModel.getMetrics());
  }

  public Parent root() {
    return root;
  }

  private Node toolbar() {
    Button save = new Button("Save metrics\u2026");
    save.setId("saveMetrics");
    save.setTooltip(new Tooltip("Save the numbers as JSON (all metrics) or TSV (the table)"));
    save.disableProperty().bind(viewModel.metricsProperty().isNull());
    save.setOnAction(e -> chooseMetricsFile());
    Label saved = styled(new Label(), "loading-message");
    saved.setId("savedMessage");
    saved.textProperty().bind(viewModel.savedMessageProperty());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    Label source = styled(new Label(), "evaluate-source");
    source.setId("evaluationSource");
    source.textProperty().bind(viewModel.sourceProperty());
    HBox bar = new HBox(source, spacer, saved, save);
    bar.getStyleClass().add("toolbar");
    return bar;
  }

  /** Shown instead of the results when there are none: why, and what can be done. */
  private Node noResults() {
    Label heading = styled(new Label("No test results"), "empty-heading");
    Label problem = styled(new Label(), "evaluate-problem");
    problem.setId("testSetProblem");
    problem.textProperty().bind(viewModel.problemProperty());
    Button evaluate = new Button("Evaluate on the open data set");
    evaluate.setId("evaluateOnData");
    evaluate.setDefaultButton(true);
    evaluate.disableProperty().bind(viewModel.canEvaluateOnDataBinding().not());
    evaluate.setOnAction(e -> viewModel.evaluateOnOpenData());
    ProgressIndicator progress = new ProgressIndicator();
    progress.visibleProperty().bind(viewModel.evaluatingProperty());
    progress.managedProperty().bind(viewModel.evaluatingProperty());
    Label hint = styled(new Label(), "empty-help");
    hint.setId("evaluateHint");
    hint.textProperty().bind(viewModel.evaluateHintProperty());
    HBox action = new HBox(evaluate, progress);
    action.getStyleClass().add("evaluate-action");
    VBox box = new VBox(heading, problem, action, hint);
    box.getStyleClass().add("empty-state");
    box.visibleProperty()
        .bind(viewModel.problemProperty().isNotNull().and(viewModel.metricsProperty().isNull()));
    return box;
  }

  private Node content() {
    VBox left =
        new VBox(headline(), warningNote(), scopeNote(), metricsTable(), confusionSection());
    left.getStyleClass().add("evaluate-left");
    TabPane charts =
        new TabPane(
            tab("ROC curve", roc),
            tab("Precision-recall", precisionRecall),
            tab("Score distributions", scores));
    charts.setId("chartTabs");
    charts.getStyleClass().add("evaluate-charts");
    VBox.setVgrow(charts, Priority.ALWAYS);
    VBox right = new VBox(charts, new ExplanationScoreSection(viewModel.explanations()).root());
    right.getStyleClass().add("evaluate-right");
    HBox.setHgrow(right, Priority.ALWAYS);
    HBox content = new HBox(left, right);
    content.getStyleClass().add("evaluate-content");
    content.visibleProperty().bind(viewModel.metricsProperty().isNotNull());
    return content;
  }

  private Node headline() {
    Label ceiling = styled(new Label(), "evaluate-ceiling");
    ceiling.setId("ceilingText");
    ceiling.textProperty().bind(viewModel.ceilingProperty());
    ceiling.visibleProperty().bind(viewModel.ceilingProperty().isNotNull());
    ceiling.managedProperty().bind(ceiling.visibleProperty());
    Tooltip explanation = new Tooltip(EvaluateViewModel.CEILING_EXPLANATION);
    explanation.setWrapText(true);
    explanation.setMaxWidth(380);
    explanation.setShowDuration(Duration.seconds(30));
    ceiling.setTooltip(explanation);
    VBox accuracy = tile("Accuracy", "accuracyValue", viewModel.accuracyProperty(), ceiling);
    VBox rocAuc = tile("ROC AUC", "rocAucValue", viewModel.rocAucProperty());
    Label baseline = styled(new Label(), "evaluate-tile-note");
    baseline.textProperty().bind(viewModel.prBaselineProperty());
    VBox prAuc = tile("PR AUC", "prAucValue", viewModel.prAucProperty(), baseline);
    HBox tiles = new HBox(accuracy, rocAuc, prAuc);
    tiles.getStyleClass().add("evaluate-tiles");
    return tiles;
  }

  private static VBox tile(String name, String id, ObservableValue<String> value, Node... notes) {
    Label valueLabel = styled(new Label(), "evaluate-tile-value");
    valueLabel.setId(id);
    valueLabel.textProperty().bind(value);
    VBox tile = new VBox(styled(new Label(name), "evaluate-tile-name"), valueLabel);
    tile.getChildren().addAll(notes);
    tile.getStyleClass().add("evaluate-tile");
    return tile;
  }

  /** Says when the results are no better than guessing, with what to try. */
  private Node warningNote() {
    Label warning = styled(new Label(), "evaluate-warning");
    warning.setId("resultWarning");
    warning.setWrapText(true);
    warning.textProperty().bind(viewModel.warningProperty());
    warning.visibleProperty().bind(viewModel.warningProperty().isNotEmpty());
    warning.managedProperty().bind(warning.visibleProperty());
    return warning;
  }

  private Node scopeNote() {
    Label scope = styled(new Label(), "evaluate-note");
    scope.textProperty().bind(viewModel.aucScopeProperty().map(s -> "AUCs " + s + "."));
    return scope;
  }

  private Node metricsTable() {
    table.setId("metricsTable");
    table.setItems(viewModel.rows());
    table.setFixedCellSize(TABLE_ROW_HEIGHT);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table
        .getColumns()
        .setAll(
            List.of(
                column("", MetricsRow::name, false),
                column("Precision", MetricsRow::precision, true),
                column("Recall", MetricsRow::recall, true),
                column("F1", MetricsRow::f1, true),
                column("Support", MetricsRow::support, true)));
    table.getColumns().get(0).setPrefWidth(150);
    table.setRowFactory(
        t ->
            new TableRow<>() {
              @Override
              protected void updateItem(MetricsRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(AVERAGE, !empty && row != null && row.average());
              }
            });
    return table;
  }

  private static TableColumn<MetricsRow, String> column(
      String name, Function<MetricsRow, String> value, boolean numeric) {
    TableColumn<MetricsRow, String> col = new TableColumn<>(name);
    col.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    col.setSortable(false);
    col.setReorderable(false);
    if (numeric) {
      col.getStyleClass().add("numeric-column");
    }
    return col;
  }

  private Node confusionSection() {
    Label heading = styled(new Label("Confusion matrix"), "section-heading");
    Label caption =
        styled(
            new Label("Rows: true class. Columns: predicted. Cells: count and share of the row."),
            "evaluate-note");
    confusion.setId("confusionMatrix");
    VBox.setVgrow(confusion, Priority.ALWAYS);
    VBox section = new VBox(heading, caption, confusion);
    section.getStyleClass().add("evaluate-section");
    VBox.setVgrow(section, Priority.ALWAYS);
    return section;
  }

  private void show(ClassificationMetrics metrics) {
    if (metrics == null) {
      confusion.show(null); // the charts stay, hidden: ChartViewer does not accept null
      return;
    }
    // Header and rows are TABLE_ROW_HEIGHT high, plus the border: the table fits its rows.
    table.setPrefHeight(TABLE_ROW_HEIGHT * (viewModel.rows().size() + 1) + 4);
    table.setMinHeight(table.getPrefHeight());
    confusion.show(new ConfusionMatrixFigure(metrics.confusionMatrix()));
    roc.setChart(EvaluationCharts.roc(metrics));
    precisionRecall.setChart(EvaluationCharts.precisionRecall(metrics));
    scores.setChart(EvaluationCharts.scoreDistributions(metrics));
  }

  private static Tab tab(String title, Node content) {
    Tab tab = new Tab(title, content);
    tab.setClosable(false);
    return tab;
  }

  private void chooseMetricsFile() {
    dialogs
        .saveFile(
            Purpose.RESULTS,
            "Save metrics: .json for all numbers, .tsv for the table",
            viewModel.suggestedFileName(),
            List.of(
                FileType.of("JSON (all metrics)", "*.json"),
                FileType.of("TSV (per-class table)", "*.tsv")))
        .ifPresent(viewModel::saveMetrics);
  }

  private void showError(String message) {
    dialogs.showError("Evaluation", "That did not work", message);
  }

  private static <T extends Node> T styled(T node, String styleClass) {
    node.getStyleClass().add(styleClass);
    return node;
  }
}
