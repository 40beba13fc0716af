package org.motifworkbench.app.data;

import java.io.File;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.motifworkbench.app.dialog.DialogService;
import org.motifworkbench.app.dialog.FileType;
import org.motifworkbench.app.dialog.Purpose;
import org.motifworkbench.app.figure.ChartViews;
import org.motifworkbench.app.figure.FigureExport;
import org.motifworkbench.app.session.DataSummary;
import org.motifworkbench.app.session.DataSummary.ClassSummary;
import org.motifworkbench.app.session.DataSummary.LengthBin;
import org.motifworkbench.app.session.DataSummary.LengthSummary;
import org.motifworkbench.app.session.OpenedData;
import org.motifworkbench.figure.ChartStyle;

/**
 * Layout and bindings of the Data screen; all state and decisions live in {@link DataViewModel}.
 */
public final class DataView {

  private static final double TABLE_ROW_HEIGHT = 30;
  private static final double WARNING_ROW_HEIGHT = 26;
  private static final int WARNING_ROWS_SHOWN = 8;
  private static final NumberFormat COUNT = NumberFormat.getIntegerInstance();

  private final DataViewModel viewModel;
  private final BorderPane root = new BorderPane();

  private final Label title = styled(new Label(), "data-title");
  private final Label subtitle = styled(new Label(), "data-subtitle");
  private final TableView<ClassSummary> classTable = new TableView<>();
  private final Label lengthText = styled(new Label(), "data-text");
  private final DefaultCategoryDataset lengthBins = new DefaultCategoryDataset();
  private final ChartViewer lengthChart;
  private final VBox ceilingSection = new VBox();
  private final Label ceilingText = styled(new Label(), "ceiling-value");
  private final Label warningsHeading = styled(new Label(), "section-heading");
  private final ListView<String> warningList = new ListView<>();
  private final Label noWarnings =
      styled(new Label("None: every sequence was read as written."), "data-text");

  private final Runnable goToModel;
  private final DialogService dialogs;

  /** A Data screen without the "Continue" button (tests). */
  public DataView(DataViewModel viewModel, DialogService dialogs) {
    this(viewModel, null, null, dialogs);
  }

  /**
   * @param goToModel opens the Model screen; null hides the "Continue" button
   * @param export adds "Export figure..." to the length histogram; may be null
   * @param dialogs shows errors and the file choosers
   */
  public DataView(
      DataViewModel viewModel, Runnable goToModel, FigureExport export, DialogService dialogs) {
    this.viewModel = viewModel;
    this.dialogs = dialogs;
    this.goToModel = goToModel;
    this.lengthChart = ChartViews.viewer("lengthHistogram", export, "sequence-lengths");
    lengthChart.setChart(lengthHistogram(lengthBins));
    root.getStyleClass().add("data-screen");
    root.setTop(toolbar());
    root.setCenter(new StackPane(emptyState(), content()));
    acceptDroppedFiles();
    viewModel.dataProperty().addListener((obs, old, data) -> show(data));
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

  private Node toolbar() {
    Button openFasta = new Button("Open FASTA...");
    openFasta.setId("openFasta");
    openFasta.setDefaultButton(true);
    openFasta.setOnAction(e -> chooseFiles());
    Button openSample = new Button("Open sample");
    openSample.setId("openSample");
    openSample.setDisable(!viewModel.isSampleAvailable());
    openSample.setOnAction(e -> viewModel.openSample());
    ProgressIndicator progress = new ProgressIndicator();
    progress.setId("loadingIndicator");
    progress.visibleProperty().bind(viewModel.loadingProperty());
    progress.managedProperty().bind(viewModel.loadingProperty());
    Label loadingMessage = styled(new Label(), "loading-message");
    loadingMessage.textProperty().bind(viewModel.loadingMessageProperty());
    HBox bar =
        new HBox(
            openFasta,
            openSample,
            new MoreWaysToOpen(viewModel, this::window, dialogs).menu(),
            progress,
            loadingMessage);
    if (goToModel != null) {
      Region spacer = new Region();
      HBox.setHgrow(spacer, Priority.ALWAYS);
      Button next = new Button("Continue to Model \u203a");
      next.setId("continueToModel");
      next.visibleProperty().bind(viewModel.dataProperty().isNotNull());
      next.setOnAction(e -> goToModel.run());
      bar.getChildren().addAll(spacer, next);
    }
    bar.getStyleClass().add("toolbar");
    return bar;
  }

  private static JFreeChart lengthHistogram(DefaultCategoryDataset bins) {
    JFreeChart chart =
        ChartFactory.createBarChart(
            null, "length (bp)", "sequences", bins, PlotOrientation.VERTICAL, false, true, false);
    chart.setBackgroundPaint(java.awt.Color.WHITE);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(java.awt.Color.WHITE);
    plot.setRangeGridlinePaint(new java.awt.Color(0xE3, 0xE6, 0xEA));
    BarRenderer bars = (BarRenderer) plot.getRenderer();
    bars.setBarPainter(new StandardBarPainter());
    bars.setShadowVisible(false);
    bars.setSeriesPaint(0, new java.awt.Color(0x2E, 0x5C, 0x8A));
    plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    return ChartStyle.apply(chart);
  }

  private Node emptyState() {
    Label heading = styled(new Label("No data open yet"), "empty-heading");
    Label help =
        styled(
            new Label(
                "Drop FASTA files here, or use Open FASTA...\n"
                    + "One file: each header names its class, e.g. '>seq1 label=positive'.\n"
                    + "Several files: one class per file, named after the file."),
            "empty-help");
    // Three lines: without these the last one was cut in half when the lessons panel was open.
    help.setWrapText(true);
    help.setMinHeight(Region.USE_PREF_SIZE);
    VBox box = new VBox(heading, help);
    box.getStyleClass().add("empty-state");
    box.visibleProperty().bind(viewModel.dataProperty().isNull());
    return box;
  }

  private Node content() {
    title.setId("dataTitle");
    subtitle.setId("dataSubtitle");
    configureClassTable();
    lengthText.setId("lengthText");
    lengthChart.setPrefHeight(220);
    lengthChart.setMaxWidth(720);
    ceilingText.setId("ceilingText");
    Label ceilingHelp =
        styled(
            new Label(
                "This synthetic data set came with its accuracy ceiling: the accuracy on these"
                    + " sequences of the best possible rule, which knows how they were made. No"
                    + " model can do better on average (on a part of the data, such as a test set,"
                    + " chance can put a model a point or two above it); a model close to it has"
                    + " learned all there is to learn."),
            "data-help");
    ceilingSection.getChildren().addAll(heading("Accuracy ceiling"), ceilingText, ceilingHelp);
    ceilingSection.getStyleClass().add("data-section");
    warningList.setId("warningList");
    warningList.setFixedCellSize(WARNING_ROW_HEIGHT);
    noWarnings.visibleProperty().bind(warningList.visibleProperty().not());
    noWarnings.managedProperty().bind(noWarnings.visibleProperty());
    warningList.managedProperty().bind(warningList.visibleProperty());

    VBox column =
        new VBox(
            new VBox(title, subtitle),
            section(heading("Classes"), classTable),
            section(heading("Sequence lengths"), lengthText, lengthChart),
            ceilingSection,
            section(warningsHeading, noWarnings, warningList));
    column.getStyleClass().add("data-content");
    ScrollPane scroll = new ScrollPane(column);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("data-scroll");
    scroll.visibleProperty().bind(viewModel.dataProperty().isNotNull());
    return scroll;
  }

  private void configureClassTable() {
    classTable.setId("classTable");
    classTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    classTable.setFixedCellSize(TABLE_ROW_HEIGHT);
    classTable.setMaxWidth(720);
    classTable
        .getColumns()
        .setAll(
            List.of(
                column("Class", ClassSummary::name, false),
                column("Sequences", c -> COUNT.format(c.sequences()), true),
                column("Share", c -> percent(c.share()), true),
                column("Mean GC", c -> percent(c.meanGc()), true)));
  }

  private static TableColumn<ClassSummary, String> column(
      String name, Function<ClassSummary, String> value, boolean numeric) {
    TableColumn<ClassSummary, String> col = new TableColumn<>(name);
    col.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    col.setSortable(false);
    col.setReorderable(false);
    if (numeric) {
      col.getStyleClass().add("numeric-column");
    }
    return col;
  }

  private void show(OpenedData data) {
    if (data == null) {
      return;
    }
    DataSummary summary = data.summary();
    title.setText(data.displayName());
    subtitle.setText(
        COUNT.format(summary.sequenceCount())
            + " sequences in "
            + summary.classes().size()
            + (summary.classes().size() == 1 ? " class" : " classes")
            + " \u00b7 "
            + data.labelRule());
    classTable.getItems().setAll(summary.classes());
    // Header and rows are all TABLE_ROW_HEIGHT high (see workbench.css), plus a 1 px border.
    classTable.setPrefHeight(TABLE_ROW_HEIGHT * (summary.classes().size() + 1) + 2);
    classTable.setMinHeight(classTable.getPrefHeight());
    showLengths(summary.lengths());
    ceilingSection.setVisible(summary.ceiling().isPresent());
    ceilingSection.setManaged(summary.ceiling().isPresent());
    summary
        .ceiling()
        .ifPresent(
            c ->
                ceilingText.setText(
                    "Best possible accuracy on this data: " + String.format("%.2f", c)));
    warningsHeading.setText(
        summary.warnings().isEmpty()
            ? "Warnings"
            : "Warnings (" + COUNT.format(summary.warnings().size()) + ")");
    warningList.getItems().setAll(summary.warnings());
    warningList.setPrefHeight(
        WARNING_ROW_HEIGHT * Math.min(WARNING_ROWS_SHOWN, summary.warnings().size()) + 2);
    warningList.setVisible(!summary.warnings().isEmpty());
  }

  private void showLengths(LengthSummary lengths) {
    if (lengths.uniform()) {
      lengthText.setText("All sequences are " + COUNT.format(lengths.min()) + " bp.");
      lengthBins.clear();
    } else {
      lengthText.setText(
          "Shortest "
              + COUNT.format(lengths.min())
              + " bp \u00b7 median "
              + formatMedian(lengths.median())
              + " bp \u00b7 longest "
              + COUNT.format(lengths.max())
              + " bp");
      lengthBins.clear();
      for (LengthBin bin : lengths.bins()) {
        lengthBins.addValue(bin.count(), "sequences", bin.label());
      }
    }
    lengthChart.setVisible(!lengths.uniform());
    lengthChart.setManaged(!lengths.uniform());
  }

  private void chooseFiles() {
    List<Path> files =
        dialogs.openFiles(
            Purpose.DATA,
            "Open FASTA: one file with labels in the headers, or one file per class",
            List.of(
                FileType.of(
                    "FASTA files", "*.fa", "*.fasta", "*.fna", "*.fa.gz", "*.fasta.gz", "*.fna.gz"),
                FileType.ALL));
    if (!files.isEmpty()) {
      viewModel.open(files);
    }
  }

  private void acceptDroppedFiles() {
    root.addEventHandler(
        DragEvent.DRAG_OVER,
        e -> {
          if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
          }
          e.consume();
        });
    root.addEventHandler(
        DragEvent.DRAG_ENTERED,
        e -> {
          if (e.getDragboard().hasFiles()) {
            root.getStyleClass().add("drop-target");
          }
        });
    root.addEventHandler(DragEvent.DRAG_EXITED, e -> root.getStyleClass().remove("drop-target"));
    root.addEventHandler(
        DragEvent.DRAG_DROPPED,
        e -> {
          boolean hasFiles = e.getDragboard().hasFiles();
          if (hasFiles) {
            viewModel.open(e.getDragboard().getFiles().stream().map(File::toPath).toList());
          }
          e.setDropCompleted(hasFiles);
          e.consume();
        });
  }

  private void showError(String message) {
    dialogs.showError(
        "Could not open the data",
        "Could not open the data",
        message + (viewModel.getData() == null ? "" : "\n\nThe data opened before is still open."));
  }

  private Window window() {
    return root.getScene() == null ? null : root.getScene().getWindow();
  }

  private static String percent(double fraction) {
    return Double.isNaN(fraction) ? "\u2013" : String.format("%.1f %%", 100 * fraction);
  }

  private static String formatMedian(double median) {
    return median == Math.rint(median)
        ? COUNT.format((long) median)
        : String.format("%.1f", median);
  }

  private static Label heading(String text) {
    return styled(new Label(text), "section-heading");
  }

  private static VBox section(Node... children) {
    VBox box = new VBox(children);
    box.getStyleClass().add("data-section");
    return box;
  }

  private static <T extends Node> T styled(T node, String styleClass) {
    node.getStyleClass().add(styleClass);
    return node;
  }
}
