package org.motifworkbench.app.runs;

import java.time.ZoneId;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.jfree.chart.fx.ChartViewer;
import org.motifworkbench.app.dialog.DialogService;
import org.motifworkbench.app.figure.ChartViews;
import org.motifworkbench.app.figure.FigureExport;
import org.motifworkbench.figure.Figure;
import org.motifworkbench.project.RunRecord;
import org.motifworkbench.workflow.SettingsTable;

/**
 * Layout and bindings of the Runs screen: the runs table (sortable, several rows selectable), the
 * selected runs' curves overlaid and their settings side by side. State lives in {@link
 * RunsViewModel}.
 */
public final class RunsView {

  private static final double FIGURE_WIDTH = 420;
  private static final double FIGURE_HEIGHT = 520;

  private final RunsViewModel viewModel;
  private final FigureExport export;
  private final DialogService dialogs;
  private final BorderPane root = new BorderPane();
  private final TableView<RunRecord> table = new TableView<>();
  private final TableView<SettingRow> settings = new TableView<>();
  private final RunCharts charts = new RunCharts();
  private final ZoneId zone = ZoneId.systemDefault();

  /**
   * @param export "Export figure..." of the curves; may be null
   * @param dialogs asks before deleting and shows failures
   */
  public RunsView(RunsViewModel viewModel, FigureExport export, DialogService dialogs) {
    this.viewModel = viewModel;
    this.export = export;
    this.dialogs = dialogs;
    root.getStyleClass().add("runs-screen");
    root.setTop(toolbar());
    SplitPane split = new SplitPane(tableArea(), comparisonArea());
    split.setOrientation(Orientation.VERTICAL);
    split.setDividerPositions(0.42);
    root.setCenter(split);
    viewModel
        .errorMessageProperty()
        .addListener(
            (obs, old, message) -> {
              if (message != null) {
                dialogs.showError("Runs", "That did not work", message);
              }
            });
    viewModel.selected().addListener((ListChangeListener<RunRecord>) c -> selectionChanged());
    viewModel.comparison().addListener((ListChangeListener<SettingRow>) c -> fillSettings());
    // runs added elsewhere (Train screen, a grid, mwb train --project) show when the screen does
    root.sceneProperty()
        .addListener(
            (obs, old, scene) -> {
              if (scene != null) {
                viewModel.refresh();
              }
            });
  }

  public Parent root() {
    return root;
  }

  /** The runs table, e.g. for tests. */
  TableView<RunRecord> table() {
    return table;
  }

  private Node toolbar() {
    Label show = new Label("Show");
    ComboBox<GridChoice> gridFilter = new ComboBox<>();
    gridFilter.setId("gridFilter");
    gridFilter.setItems(viewModel.grids());
    gridFilter.setPromptText("all runs");
    gridFilter.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(GridChoice choice) {
            return choice == null ? "all runs" : choice.label() + ", ranked";
          }

          @Override
          public GridChoice fromString(String text) {
            throw new UnsupportedOperationException("not editable");
          }
        });
    gridFilter.valueProperty().bindBidirectional(viewModel.gridProperty());
    gridFilter.disableProperty().bind(Bindings.isEmpty(viewModel.grids()));
    Button all = new Button("All runs");
    all.setId("allRuns");
    all.visibleProperty().bind(viewModel.gridProperty().isNotNull());
    all.managedProperty().bind(all.visibleProperty());
    all.setOnAction(e -> viewModel.gridProperty().set(null));
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    Button open = new Button("Open");
    open.setId("openRun");
    open.setTooltip(
        new Tooltip(
            "Open the selected run's model on the Evaluate, Inspect, Motifs and Genome screens"
                + " (double-click a row does the same)."));
    open.disableProperty().bind(Bindings.size(viewModel.selected()).isNotEqualTo(1));
    open.setOnAction(e -> viewModel.open(viewModel.selected().get(0)));
    Button delete = new Button("Delete\u2026");
    delete.setId("deleteRuns");
    delete.disableProperty().bind(Bindings.isEmpty(viewModel.selected()));
    delete.setOnAction(e -> confirmDelete());
    Button figure = new Button("Export figure\u2026");
    figure.setId("exportRunsFigure");
    figure.setTooltip(new Tooltip("The selected runs' loss and accuracy curves as one figure."));
    figure.disableProperty().bind(Bindings.isEmpty(viewModel.selected()));
    figure.setOnAction(e -> exportFigure(figure));
    HBox bar = new HBox(show, gridFilter, all, spacer, open, delete, figure);
    bar.getStyleClass().add("toolbar");
    return bar;
  }

  private Node tableArea() {
    table.setId("runsTable");
    table.getStyleClass().add("runs-table");
    table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    table.setItems(sortable());
    Label empty = new Label(RunsViewModel.EMPTY_TEXT);
    empty.setId("runsEmpty");
    empty.setWrapText(true);
    empty.getStyleClass().add("runs-empty");
    table.setPlaceholder(empty);
    table.getColumns().add(rankColumn());
    for (RunColumn column : RunColumn.values()) {
      table.getColumns().add(column(column));
    }
    table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    table.setRowFactory(t -> new RunRow());
    // with nothing chosen, the open model's run (else the newest) is selected, so its curves show
    table
        .getItems()
        .addListener(
            (ListChangeListener<RunRecord>)
                c -> {
                  if (table.getSelectionModel().isEmpty()) {
                    viewModel
                        .defaultSelection(List.copyOf(table.getItems()))
                        .ifPresent(run -> table.getSelectionModel().select(run));
                  }
                });
    table
        .getSelectionModel()
        .getSelectedItems()
        .addListener(
            (ListChangeListener<RunRecord>)
                c -> viewModel.select(List.copyOf(table.getSelectionModel().getSelectedItems())));
    Label note = new Label();
    note.setId("noiseNote");
    note.getStyleClass().add("runs-note");
    note.setWrapText(true);
    note.textProperty().bind(viewModel.noiseNoteProperty());
    note.visibleProperty().bind(viewModel.noiseNoteProperty().isNotEmpty());
    note.managedProperty().bind(note.visibleProperty());
    VBox.setVgrow(table, Priority.ALWAYS);
    VBox box = new VBox(table, note);
    box.getStyleClass().add("runs-table-area");
    return box;
  }

  /** The runs in a list the table may sort, following the view model's. */
  private javafx.collections.transformation.SortedList<RunRecord> sortable() {
    var sorted = new javafx.collections.transformation.SortedList<>(viewModel.shown());
    sorted.comparatorProperty().bind(table.comparatorProperty());
    return sorted;
  }

  private TableColumn<RunRecord, RunRecord> rankColumn() {
    TableColumn<RunRecord, RunRecord> rank = new TableColumn<>("Rank");
    rank.setId("runRank");
    rank.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
    rank.setComparator(java.util.Comparator.comparingInt(viewModel::rank));
    rank.setCellFactory(
        c ->
            new TableCell<>() {
              @Override
              protected void updateItem(RunRecord run, boolean empty) {
                super.updateItem(run, empty);
                int r = run == null || empty ? 0 : viewModel.rank(run);
                setText(r == 0 ? "" : (r == 1 ? "\u2605 1" : String.valueOf(r)));
              }
            });
    rank.visibleProperty().bind(viewModel.gridProperty().isNotNull());
    rank.setPrefWidth(56);
    return rank;
  }

  private TableColumn<RunRecord, RunRecord> column(RunColumn column) {
    TableColumn<RunRecord, RunRecord> c = new TableColumn<>(column.header());
    c.setId(column.id());
    c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
    c.setComparator(column.order());
    c.setCellFactory(
        col ->
            new TableCell<>() {
              @Override
              protected void updateItem(RunRecord run, boolean empty) {
                super.updateItem(run, empty);
                setText(run == null || empty ? null : column.text(run, zone));
              }
            });
    c.setPrefWidth(
        switch (column) {
          case SETTINGS -> 260;
          case TEST_ACCURACY, TEST_ROC_AUC -> 180;
          case DATE, VALIDATION -> 150;
          case BACKEND -> 140;
          case EPOCHS, TIME -> 80;
          default -> 110;
        });
    return c;
  }

  private Node comparisonArea() {
    ChartViewer loss = ChartViews.viewer("runsLossChart", export, "runs-loss");
    loss.setChart(charts.lossChart());
    ChartViewer accuracy = ChartViews.viewer("runsAccuracyChart", export, "runs-accuracy");
    accuracy.setChart(charts.accuracyChart());
    for (ChartViewer viewer : new ChartViewer[] {loss, accuracy}) {
      HBox.setHgrow(viewer, Priority.ALWAYS);
      viewer.setMinSize(200, 160);
      viewer.setPrefSize(380, 300);
    }
    HBox chartBox = new HBox(loss, accuracy);
    chartBox.getStyleClass().add("runs-charts");
    HBox.setHgrow(chartBox, Priority.ALWAYS);
    CheckBox only = new CheckBox("Show only differences");
    only.setId("onlyDifferences");
    only.selectedProperty().bindBidirectional(viewModel.onlyDifferencesProperty());
    Label note = new Label();
    note.setId("comparisonNote");
    note.getStyleClass().add("runs-note");
    note.setWrapText(true);
    note.textProperty()
        .bind(
            Bindings.when(viewModel.comparisonNoteProperty().isEmpty())
                .then("Select two or more runs (Ctrl or Shift) to compare their settings.")
                .otherwise(viewModel.comparisonNoteProperty()));
    settings.setId("settingsComparison");
    settings.getStyleClass().add("runs-settings");
    settings.setItems(viewModel.comparison());
    settings.setPlaceholder(new Label(""));
    settings.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    VBox.setVgrow(settings, Priority.ALWAYS);
    VBox settingsBox = new VBox(only, note, settings);
    settingsBox.getStyleClass().add("runs-settings-box");
    settingsBox.setPrefWidth(420);
    settingsBox.setMinWidth(280);
    HBox box = new HBox(chartBox, settingsBox);
    box.getStyleClass().add("runs-comparison");
    return box;
  }

  private void selectionChanged() {
    charts.show(List.copyOf(viewModel.selected()));
    fillSettings();
  }

  /** One column for the setting's name, one per selected run. */
  private void fillSettings() {
    List<RunRecord> runs = List.copyOf(viewModel.selected());
    if (settings.getColumns().size() == runs.size() + 1 && columnsMatch(runs)) {
      settings.refresh();
      return;
    }
    settings.getColumns().clear();
    TableColumn<SettingRow, String> name = new TableColumn<>("Setting");
    // the Model form's name of the setting, e.g. "Filters per branch" for network.filters
    name.setCellValueFactory(
        c -> new ReadOnlyObjectWrapper<>(SettingsTable.label(c.getValue().setting())));
    name.setCellFactory(c -> new SettingCell());
    name.setMinWidth(150);
    settings.getColumns().add(name);
    for (int i = 0; i < runs.size(); i++) {
      int index = i;
      TableColumn<SettingRow, String> value = new TableColumn<>(runs.get(i).name());
      value.setUserData(runs.get(i).id());
      value.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().values().get(index)));
      value.setCellFactory(c -> new SettingCell());
      value.setSortable(false);
      value.setMinWidth(70);
      settings.getColumns().add(value);
    }
  }

  private boolean columnsMatch(List<RunRecord> runs) {
    for (int i = 0; i < runs.size(); i++) {
      if (!runs.get(i).id().equals(settings.getColumns().get(i + 1).getUserData())) {
        return false;
      }
    }
    return true;
  }

  private void confirmDelete() {
    List<RunRecord> runs = List.copyOf(viewModel.selected());
    if (runs.isEmpty()) {
      return;
    }
    boolean yes =
        dialogs.confirm(
            "Delete runs",
            runs.size() == 1 ? "Delete this run?" : "Delete " + runs.size() + " runs?",
            viewModel.deleteQuestion(runs),
            "Delete");
    if (yes) {
      viewModel.delete(runs);
    }
  }

  private void exportFigure(Node owner) {
    List<RunRecord> runs = List.copyOf(viewModel.selected());
    if (export == null || runs.isEmpty()) {
      return;
    }
    export.exportFrom(
        owner,
        Figure.of(RunCharts.figure(runs), FIGURE_WIDTH, FIGURE_HEIGHT),
        runs.size() == 1 ? "run-curves" : "runs-compared");
  }

  /** A run's row: the best of a grid marked, double-click opens its model. */
  private final class RunRow extends TableRow<RunRecord> {
    RunRow() {
      setOnMouseClicked(
          e -> {
            if (e.getButton() == MouseButton.PRIMARY
                && e.getClickCount() == 2
                && getItem() != null) {
              viewModel.open(getItem());
            }
          });
    }

    @Override
    protected void updateItem(RunRecord run, boolean empty) {
      super.updateItem(run, empty);
      getStyleClass().remove("best-run");
      if (run != null && !empty && viewModel.isBest(run)) {
        getStyleClass().add("best-run");
      }
    }
  }

  /** A cell of the comparison: bold (style class setting-differs) where the runs differ. */
  private static final class SettingCell extends TableCell<SettingRow, String> {
    @Override
    protected void updateItem(String text, boolean empty) {
      super.updateItem(text, empty);
      setText(empty ? null : text);
      getStyleClass().remove("setting-differs");
      List<SettingRow> rows = getTableView() == null ? List.of() : getTableView().getItems();
      SettingRow row = getIndex() >= 0 && getIndex() < rows.size() ? rows.get(getIndex()) : null;
      if (!empty && row != null && row.differs()) {
        getStyleClass().add("setting-differs");
      }
    }
  }
}
