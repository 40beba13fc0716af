package org.motifworkbench.app.variants;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.motifworkbench.app.dialog.DialogService;
import org.motifworkbench.app.dialog.FileType;
import org.motifworkbench.app.dialog.Purpose;
import org.motifworkbench.app.figure.FigureExport;
import org.motifworkbench.app.figure.FigureView;

/**
 * The Variants view (layout and bindings only): genome and VCF choosers, Score with progress and
 * cancel, the effects table (most negative delta first) with a status filter, and for the clicked
 * variant the stacked reference/alternative saliency tracks over the mutagenesis strip.
 */
public final class VariantsView {

  private static final List<FileType> GENOMES =
      List.of(
          FileType.of("Genome FASTA", "*.fa", "*.fasta", "*.fna", "*.fa.gz", "*.fasta.gz"),
          FileType.ALL);
  private static final List<FileType> VCFS =
      List.of(FileType.of("Variants (VCF)", "*.vcf", "*.vcf.gz"), FileType.ALL);
  private static final List<FileType> TSV = List.of(FileType.of("Tab-separated table", "*.tsv"));

  private final VariantsViewModel viewModel;
  private final DialogService dialogs;
  private final FigureExport export;
  private final BorderPane root = new BorderPane();
  private final TableView<VariantRow> table = new TableView<>();
  private final FigureView tracks = new FigureView();
  private final FigureView heatMap = new FigureView();
  private TableColumn<VariantRow, Double> deltaColumn;

  /**
   * @param export adds "Export figure..." to the figures; may be null
   * @param dialogs file choosers (genome and VCF remember the data folder) and errors
   */
  public VariantsView(VariantsViewModel viewModel, FigureExport export, DialogService dialogs) {
    this.viewModel = viewModel;
    this.dialogs = dialogs;
    this.export = export;
    root.getStyleClass().add("variants-view");
    root.setTop(toolbar());
    SplitPane split = new SplitPane(tableSide(), explanationSide());
    split.setDividerPositions(0.45);
    root.setCenter(split);
    viewModel.comparisonProperty().addListener((obs, old, now) -> showComparison(now));
    viewModel
        .paletteProperty()
        .addListener((obs, old, now) -> showComparison(viewModel.comparisonProperty().get()));
    if (export != null) {
      export.install(tracks, tracks::figure, this::figureName);
      export.install(heatMap, heatMap::figure, () -> "mutagenesis-" + figureName());
    }
  }

  public Parent root() {
    return root;
  }

  private String figureName() {
    VariantComparison c = viewModel.comparisonProperty().get();
    return c == null ? "variant" : c.name();
  }

  private Node toolbar() {
    Button genome = new Button("Genome\u2026");
    genome.setId("chooseGenome");
    genome.setOnAction(
        e ->
            dialogs
                .openFile(Purpose.DATA, "Choose a reference genome (FASTA)", GENOMES)
                .ifPresent(viewModel.genomeProperty()::set));
    Label genomeName = fileLabel(viewModel.genomeProperty(), "no genome");
    Button vcf = new Button("VCF\u2026");
    vcf.setId("chooseVcf");
    vcf.setOnAction(
        e ->
            dialogs
                .openFile(Purpose.DATA, "Choose variants (VCF)", VCFS)
                .ifPresent(viewModel.vcfProperty()::set));
    Label vcfName = fileLabel(viewModel.vcfProperty(), "no VCF");
    CheckBox both = new CheckBox("Both strands");
    both.selectedProperty().bindBidirectional(viewModel.bothStrandsProperty());
    Button score = new Button("Score");
    score.setId("scoreVariants");
    score.setDefaultButton(true);
    score.disableProperty().bind(viewModel.canScoreBinding().not());
    score.setOnAction(e -> viewModel.score());
    Button cancel = new Button("Cancel");
    cancel.visibleProperty().bind(viewModel.busyProperty());
    cancel.managedProperty().bind(cancel.visibleProperty());
    cancel.setOnAction(e -> viewModel.cancel());
    ProgressBar bar = new ProgressBar();
    bar.progressProperty().bind(viewModel.progressProperty());
    bar.visibleProperty().bind(viewModel.busyProperty());
    bar.managedProperty().bind(bar.visibleProperty());
    Button save = new Button("Save effects table\u2026");
    save.setId("saveEffects");
    save.disableProperty().bind(viewModel.canSaveBinding().not());
    save.setOnAction(e -> save());
    HBox buttons = new HBox(8, genome, genomeName, vcf, vcfName, both, score, cancel, bar, save);
    buttons.setAlignment(Pos.CENTER_LEFT);
    Label summary = new Label();
    summary.setId("variantSummary");
    summary.setWrapText(true);
    summary.textProperty().bind(viewModel.summaryProperty());
    VBox top = new VBox(6, buttons, summary);
    top.setPadding(new Insets(8));
    return top;
  }

  private static Label fileLabel(javafx.beans.value.ObservableValue<Path> file, String none) {
    Label label = new Label();
    label
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> file.getValue() == null ? none : file.getValue().getFileName().toString(),
                file));
    return label;
  }

  private void save() {
    dialogs
        .saveFile(Purpose.RESULTS, "Save the effects table", "effects.tsv", TSV)
        .ifPresent(
            file ->
                viewModel.saveEffects(
                    file,
                    () -> {},
                    failure ->
                        dialogs.showError(
                            "Save effects table",
                            "The table could not be saved",
                            file + ": " + failure.getMessage())));
  }

  private Node tableSide() {
    table.setId("variantTable");
    table.getColumns().add(text("ID", VariantRow::id, 90));
    table.getColumns().add(text("Position", VariantRow::position, 120));
    table.getColumns().add(text("Ref>Alt", VariantRow::change, 70));
    table.getColumns().add(number("Ref score", VariantRow::refScore));
    table.getColumns().add(number("Alt score", VariantRow::altScore));
    deltaColumn = number("Delta", VariantRow::delta);
    deltaColumn.setId("deltaColumn");
    table.getColumns().add(deltaColumn);
    table.getColumns().add(text("Status", VariantRow::status, 150));
    SortedList<VariantRow> sorted = new SortedList<>(viewModel.rows());
    sorted.comparatorProperty().bind(table.comparatorProperty());
    table.setItems(sorted);
    deltaColumn.setSortType(TableColumn.SortType.ASCENDING);
    table.getSortOrder().add(deltaColumn);
    table.setPlaceholder(new Label("Choose a genome and a VCF, then Score."));
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((obs, old, row) -> viewModel.select(row));
    ChoiceBox<String> filter = new ChoiceBox<>(viewModel.statuses());
    filter.setId("statusFilter");
    filter.valueProperty().bindBidirectional(viewModel.statusFilterProperty());
    HBox filterRow = new HBox(6, new Label("Show"), filter);
    filterRow.setAlignment(Pos.CENTER_LEFT);
    VBox side = new VBox(6, filterRow, table);
    VBox.setVgrow(table, Priority.ALWAYS);
    side.setPadding(new Insets(0, 0, 8, 8));
    return side;
  }

  private static TableColumn<VariantRow, String> text(
      String title, Function<VariantRow, String> value, double width) {
    TableColumn<VariantRow, String> c = new TableColumn<>(title);
    c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
    c.setPrefWidth(width);
    return c;
  }

  private static TableColumn<VariantRow, Double> number(
      String title, Function<VariantRow, Double> value) {
    TableColumn<VariantRow, Double> c = new TableColumn<>(title);
    c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
    c.setPrefWidth(80);
    c.setStyle("-fx-alignment: CENTER-RIGHT;");
    c.setCellFactory(
        col ->
            new TableCell<>() {
              @Override
              protected void updateItem(Double item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : VariantRow.format(item));
              }
            });
    return c;
  }

  private Node explanationSide() {
    Label note = new Label();
    note.setId("variantNote");
    note.setWrapText(true);
    note.textProperty().bind(viewModel.noteProperty());
    tracks.setId("variantTracks");
    heatMap.setId("variantMutagenesis");
    Button exportTracks = new Button("Export figure\u2026");
    exportTracks.setId("exportVariantFigure");
    exportTracks.disableProperty().bind(viewModel.comparisonProperty().isNull());
    exportTracks.setOnAction(
        e -> {
          if (export != null) {
            export.exportFrom(tracks, tracks.figure(), figureName());
          }
        });
    exportTracks.setVisible(export != null);
    VBox figures = new VBox(8, tracks, heatMap);
    ScrollPane scroll = new ScrollPane(figures);
    scroll.setFitToWidth(true);
    VBox side = new VBox(6, note, exportTracks, scroll);
    VBox.setVgrow(scroll, Priority.ALWAYS);
    side.setPadding(new Insets(0, 8, 8, 0));
    side.setFillWidth(true);
    return side;
  }

  private void showComparison(VariantComparison c) {
    if (c == null) {
      tracks.show(null);
      heatMap.show(null);
      return;
    }
    tracks.showSized(c.tracksFigure(viewModel.paletteProperty().get()));
    heatMap.showSized(c.mutagenesisFigure(viewModel.paletteProperty().get()));
  }

  /** The table (for tests). */
  TableView<VariantRow> table() {
    return table;
  }

  /** The stacked tracks (for tests). */
  FigureView tracks() {
    return tracks;
  }

  FigureView heatMap() {
    return heatMap;
  }
}
