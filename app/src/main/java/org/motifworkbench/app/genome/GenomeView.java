package org.motifworkbench.app.genome;

import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.chart.plot.XYPlot;
import org.motifworkbench.app.dialog.DialogService;
import org.motifworkbench.app.dialog.FileType;
import org.motifworkbench.app.dialog.Purpose;
import org.motifworkbench.app.figure.ChartViews;
import org.motifworkbench.app.figure.FigureExport;
import org.motifworkbench.figure.Figure;
import org.motifworkbench.genome.GenomicInterval;

/**
 * The Genome screen: tabs, the first the region scan (genome, region, step, class, strands, Scan;
 * the track over coordinates, zoom by dragging or by a range; a click explains that window on the
 * Inspect screen; the track saved as bedGraph or exported as a figure). Layout and bindings only.
 */
public final class GenomeView {

  private static final List<FileType> FASTA =
      List.of(
          FileType.of("Genome FASTA", "*.fa", "*.fasta", "*.fna", "*.fa.gz", "*.fasta.gz"),
          FileType.ALL);
  private static final List<FileType> BEDGRAPH =
      List.of(FileType.of("bedGraph track", "*.bedGraph", "*.bedgraph"));

  private final RegionViewModel viewModel;
  private final FigureExport export;
  private final DialogService dialogs;
  private final TrackChart chart = new TrackChart();
  private final ChartViewer viewer;
  private final TabPane root;

  public GenomeView(RegionViewModel viewModel, FigureExport export, DialogService dialogs) {
    this.viewModel = viewModel;
    this.export = export;
    this.dialogs = dialogs;
    this.viewer = ChartViews.viewer("regionTrack", export, "region-track");
    viewer.setChart(chart.chart());
    Tab region = new Tab("Region scan", regionTab());
    region.setClosable(false);
    region.setId("regionScanTab");
    root = new TabPane(region);
    root.setId("genomeTabs");
  }

  public Node root() {
    return root;
  }

  /** The tabs, so the lead can add "Variant effects" beside the region scan. */
  public TabPane tabs() {
    return root;
  }

  private Node regionTab() {
    Button open = new Button("Genome FASTA...");
    open.setId("chooseGenome");
    open.disableProperty().bind(viewModel.scanningProperty().or(viewModel.openingProperty()));
    open.setOnAction(e -> chooseGenome());
    Label file = new Label();
    file.setId("genomeFile");
    file.textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> {
                  Path p = viewModel.genomeFileProperty().get();
                  return p == null ? "no genome chosen" : p.getFileName().toString();
                },
                viewModel.genomeFileProperty()));
    ComboBox<String> regionField = new ComboBox<>(viewModel.contigs());
    regionField.setId("region");
    regionField.setEditable(true);
    regionField.setPromptText("chr2:1,001-2,000");
    regionField.setPrefWidth(220);
    regionField.getEditor().textProperty().bindBidirectional(viewModel.regionProperty());
    Spinner<Integer> step = new Spinner<>(1, 10_000, 1);
    step.setId("step");
    step.setEditable(true);
    step.setPrefWidth(90);
    step.getValueFactory()
        .valueProperty()
        .addListener((o, a, b) -> viewModel.stepProperty().set(b));
    ComboBox<String> className = new ComboBox<>(viewModel.classNames());
    className.setId("scanClass");
    className.valueProperty().bindBidirectional(viewModel.classNameProperty());
    CheckBox strands = new CheckBox("Both strands");
    strands.selectedProperty().bindBidirectional(viewModel.bothStrandsProperty());
    Spinner<Double> threshold = new Spinner<>(0.0, 1.0, 0.5, 0.05);
    threshold.setId("threshold");
    threshold.setEditable(true);
    threshold.setPrefWidth(90);
    threshold
        .getValueFactory()
        .valueProperty()
        .addListener(
            (o, a, b) -> {
              viewModel.thresholdProperty().set(b);
              redraw();
            });
    Button scan = new Button("Scan");
    scan.setId("scan");
    scan.setDefaultButton(true);
    scan.disableProperty()
        .bind(
            viewModel
                .scanningProperty()
                .or(viewModel.genomeFileProperty().isNull())
                .or(Bindings.isEmpty(viewModel.classNames())));
    scan.setOnAction(e -> viewModel.scan());
    Button cancel = new Button("Cancel");
    cancel.setId("cancelScan");
    cancel.disableProperty().bind(viewModel.scanningProperty().not());
    cancel.setOnAction(e -> viewModel.cancel());
    HBox genomeLine = new HBox(8, open, file, fixed("Region"), regionField);
    genomeLine.setAlignment(Pos.CENTER_LEFT);
    HBox optionLine =
        new HBox(
            8,
            fixed("Step"),
            step,
            fixed("Class"),
            className,
            strands,
            fixed("Peak at probability"),
            threshold,
            scan,
            cancel);
    optionLine.setAlignment(Pos.CENTER_LEFT);
    VBox controls = new VBox(6, genomeLine, optionLine);
    file.setMinWidth(Label.USE_PREF_SIZE);
    Label regionError = new Label();
    regionError.setId("regionError");
    regionError.getStyleClass().add("error-text");
    regionError.textProperty().bind(viewModel.regionErrorProperty());
    ProgressBar progress = new ProgressBar();
    progress.progressProperty().bind(viewModel.progressProperty());
    progress.visibleProperty().bind(viewModel.scanningProperty());
    Label status = new Label();
    status.setId("scanStatus");
    status.textProperty().bind(viewModel.statusProperty());
    HBox statusLine = new HBox(8, progress, status, regionError);
    statusLine.setAlignment(Pos.CENTER_LEFT);

    TextField range = new TextField();
    range.setId("showRange");
    range.setPromptText("show e.g. chr2:20,001-21,000");
    range.setPrefWidth(240);
    range.setOnAction(e -> showRange(range.getText()));
    Button whole = new Button("Whole region");
    whole.setOnAction(e -> redraw());
    Button save = new Button("Save bedGraph...");
    save.setId("saveBedGraph");
    Button figure = new Button("Export track figure...");
    figure.setId("exportTrack");
    save.disableProperty().bind(viewModel.trackProperty().isNull());
    figure.disableProperty().bind(viewModel.trackProperty().isNull());
    save.setOnAction(e -> saveBedGraph());
    figure.setOnAction(
        e -> export.exportFrom(viewer, Figure.of(chart.chart(), 480, 200), figureName()));
    Label hint =
        new Label("Drag across the track to zoom; click it to explain that window on Inspect.");
    hint.getStyleClass().add("hint");
    hint.setMinWidth(0); // the hint gives way first on a narrow window
    for (Button b : List.of(whole, save, figure)) {
      b.setMinWidth(Button.USE_PREF_SIZE);
    }
    HBox below = new HBox(8, fixed("Show"), range, whole, save, figure, hint);
    below.setAlignment(Pos.CENTER_LEFT);

    viewer.addChartMouseListener(
        new ChartMouseListenerFX() {
          @Override
          public void chartMouseClicked(ChartMouseEventFX event) {
            MouseEvent m = event.getTrigger();
            if (m.getButton() == MouseButton.PRIMARY && m.isStillSincePress()) {
              positionAt(m.getX()).ifPresent(viewModel::explainAt);
            }
          }

          @Override
          public void chartMouseMoved(ChartMouseEventFX event) {}
        });
    viewModel.trackProperty().addListener((o, a, b) -> redraw());
    VBox.setVgrow(viewer, Priority.ALWAYS);
    VBox box = new VBox(8, controls, statusLine, viewer, below);
    box.setPadding(new Insets(10));
    return new BorderPane(box);
  }

  /** A label that keeps its text whole when the line is narrow. */
  private static Label fixed(String text) {
    Label label = new Label(text);
    label.setMinWidth(Label.USE_PREF_SIZE);
    return label;
  }

  private void chooseGenome() {
    dialogs
        .openFile(Purpose.DATA, "Choose a genome FASTA (indexed or not)", FASTA)
        .ifPresent(viewModel::openGenome);
  }

  private void redraw() {
    chart.show(viewModel.getTrack(), viewModel.thresholdProperty().get(), viewModel.peaks());
  }

  private void showRange(String text) {
    RegionTrack track = viewModel.getTrack();
    GenomicInterval shown = viewModel.rangeOf(text);
    if (track != null && shown != null && shown.contig().equals(track.region().contig())) {
      chart.showRange((double) shown.start(), (double) shown.end());
    }
  }

  private void saveBedGraph() {
    RegionTrack track = viewModel.getTrack();
    if (track == null) {
      return;
    }
    Optional<Path> target =
        dialogs.saveFile(
            Purpose.RESULTS, "Save the track as bedGraph", figureName() + ".bedGraph", BEDGRAPH);
    target.ifPresent(
        file ->
            viewModel.saveBedGraph(
                file,
                (saved, failure) -> {
                  if (failure != null) {
                    dialogs.showError(
                        "Save bedGraph",
                        "The track was not saved",
                        "Could not write " + saved + ": " + failure.getMessage());
                  }
                }));
  }

  private String figureName() {
    RegionTrack track = viewModel.getTrack();
    return track == null ? "region-track" : "track-" + track.region().toString().replace(':', '_');
  }

  /** The genome position under canvas x, or empty outside the plot's data area. */
  private Optional<Double> positionAt(double canvasX) {
    if (viewer.getCanvas().getRenderingInfo() == null) {
      return Optional.empty();
    }
    Rectangle2D area = viewer.getCanvas().getRenderingInfo().getPlotInfo().getDataArea();
    if (canvasX < area.getMinX() || canvasX > area.getMaxX()) {
      return Optional.empty();
    }
    XYPlot plot = chart.plot();
    return Optional.of(plot.getDomainAxis().java2DToValue(canvasX, area, plot.getDomainAxisEdge()));
  }
}
