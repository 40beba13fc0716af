package org.motifworkbench.app.inspect;

import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.motifworkbench.app.dialog.DialogService;
import org.motifworkbench.app.figure.FigureExport;
import org.motifworkbench.app.figure.FigureView;
import org.motifworkbench.figure.AttributionLogoFigure;
import org.motifworkbench.figure.MutagenesisHeatmapFigure;
import org.motifworkbench.figure.NucleotidePalette;
import org.motifworkbench.figure.SequenceTrackFigure;
import org.motifworkbench.interpret.AttributionMethod;
import org.motifworkbench.interpret.SequenceRegion;
import org.motifworkbench.workflow.SequenceExplanation;

/**
 * Layout and bindings of the Inspect screen: the scored sequences on the left; on the right the
 * chosen sequence's saliency track, its attribution logo (lined up under the track) and the
 * mutagenesis heat map, for a region of the sequence, and how far the explanation methods agree.
 * State lives in {@link InspectViewModel}.
 */
public final class InspectView {

  /** Width of the table side: its five columns plus the scroll bar and borders. */
  private static final double TABLE_WIDTH = 410;

  private final InspectViewModel viewModel;
  private final BorderPane root = new BorderPane();
  private final TableView<PredictionRow> table = new TableView<>();
  private final FigureView trackCanvas = new FigureView();
  private final FigureView heatCanvas = new FigureView();
  private final FigureView logoCanvas = new FigureView();
  private final Label logoCaption = styled(new Label(), "inspect-caption");
  private final Label hover = styled(new Label(" "), "inspect-hover");
  private final Label heatCaption = styled(new Label(), "inspect-caption");
  private final DialogService dialogs;
  private SequenceTrackFigure track;
  private MutagenesisHeatmapFigure heatMap;
  private AttributionLogoFigure logo;

  /** A view without "Export figure..." (tests). */
  public InspectView(InspectViewModel viewModel, DialogService dialogs) {
    this(viewModel, null, dialogs);
  }

  /**
   * @param export adds "Export figure..." to the saliency track and heat map; may be null
   * @param dialogs the save menu's chooser and errors
   */
  public InspectView(InspectViewModel viewModel, FigureExport export, DialogService dialogs) {
    this.viewModel = viewModel;
    this.dialogs = dialogs;
    if (export != null) {
      export.install(trackCanvas, trackCanvas::figure, () -> "saliency-" + explainedId());
      export.install(heatCanvas, heatCanvas::figure, () -> "mutagenesis-" + explainedId());
      export.install(logoCanvas, logoCanvas::figure, () -> "attribution-logo-" + explainedId());
    }
    root.getStyleClass().add("inspect-screen");
    root.setTop(toolbar());
    Node tableSide = tableSide();
    SplitPane split = new SplitPane(tableSide, explanationSide());
    // The table keeps the width its five columns need (about 380 px) whatever the window or the
    // lessons panel do; a proportional divider squeezed them to "se..." beside the lessons panel.
    SplitPane.setResizableWithParent(tableSide, false);
    split
        .widthProperty()
        .addListener(
            new ChangeListener<>() {
              @Override
              public void changed(ObservableValue<? extends Number> obs, Number old, Number width) {
                if (width.doubleValue() > 0) {
                  split.setDividerPositions(Math.min(0.5, TABLE_WIDTH / width.doubleValue()));
                  split.widthProperty().removeListener(this);
                }
              }
            });
    root.setCenter(split);
    viewModel.explanationProperty().addListener((obs, old, e) -> showFigures());
    viewModel.regionProperty().addListener((obs, old, r) -> showFigures());
    viewModel.paletteProperty().addListener((obs, old, p) -> showFigures());
  }

  public Parent root() {
    return root;
  }

  private String explainedId() {
    var explanation = viewModel.explanationProperty().get();
    return explanation == null ? "sequence" : explanation.id().replaceAll("[^A-Za-z0-9._-]", "_");
  }

  /** The track's canvas, for tests. */
  FigureView trackCanvas() {
    return trackCanvas;
  }

  /** The attribution logo's canvas, for tests. */
  FigureView logoCanvas() {
    return logoCanvas;
  }

  private Node toolbar() {
    Label source = styled(new Label(), "inspect-source");
    source.setId("inspectSource");
    source.textProperty().bind(viewModel.sourceProperty());
    ProgressIndicator predicting = new ProgressIndicator();
    predicting.getStyleClass().add("inspect-progress");
    predicting.visibleProperty().bind(viewModel.predictingProperty());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    TextField search = new TextField();
    search.setId("inspectSearch");
    search.setPromptText("Search id or bases");
    search.textProperty().bindBidirectional(viewModel.searchProperty());
    CheckBox onlyErrors = new CheckBox("Only errors");
    onlyErrors.setId("onlyErrors");
    onlyErrors.selectedProperty().bindBidirectional(viewModel.onlyErrorsProperty());
    Node save = new InspectFiles(viewModel, dialogs).menu();
    HBox bar = new HBox(source, predicting, spacer, search, onlyErrors, save);
    bar.getStyleClass().add("toolbar");
    return bar;
  }

  private Node tableSide() {
    table.setId("predictionTable");
    table.setPlaceholder(new Label("No sequences"));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    TableColumn<PredictionRow, String> probability =
        column("Probability", r -> String.format(Locale.ROOT, "%.3f", r.probability()), 86);
    probability.setComparator(Comparator.comparingDouble(Double::parseDouble));
    probability.getStyleClass().add("numeric-column");
    table
        .getColumns()
        .setAll(
            java.util.List.of(
                column("Id", PredictionRow::id, 80),
                column("True", PredictionRow::trueClass, 76),
                column("Predicted", PredictionRow::predictedClass, 80),
                probability,
                column("Correct", r -> r.correct() ? "yes" : "no", 64)));
    SortedList<PredictionRow> sorted = new SortedList<>(viewModel.visibleRows());
    sorted.comparatorProperty().bind(table.comparatorProperty());
    table.setItems(sorted);
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((obs, old, row) -> viewModel.select(row));
    // A selection made by the view model (a reopened project) is shown in the table too.
    viewModel
        .selectedIdProperty()
        .addListener(
            (obs, old, id) -> {
              PredictionRow shown = table.getSelectionModel().getSelectedItem();
              if (id != null && (shown == null || !shown.id().equals(id))) {
                sorted.stream()
                    .filter(r -> r.id().equals(id))
                    .findFirst()
                    .ifPresent(
                        r -> {
                          table.getSelectionModel().select(r);
                          table.scrollTo(r);
                        });
              }
            });
    Label count = styled(new Label(), "inspect-count");
    count.setId("rowCount");
    count
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.createStringBinding(
                () -> sorted.size() + " of " + viewModel.rows().size() + " sequences",
                sorted,
                viewModel.rows()));
    Label message = styled(new Label(), "inspect-message");
    message.setId("tableMessage");
    message.textProperty().bind(viewModel.tableMessageProperty());
    message.visibleProperty().bind(viewModel.tableMessageProperty().isNotNull());
    message.managedProperty().bind(message.visibleProperty());
    VBox.setVgrow(table, Priority.ALWAYS);
    VBox side = new VBox(message, table, count);
    side.getStyleClass().add("inspect-table-side");
    side.setMinWidth(260);
    return side;
  }

  private static TableColumn<PredictionRow, String> column(
      String name, Function<PredictionRow, String> value, double width) {
    TableColumn<PredictionRow, String> col = new TableColumn<>(name);
    col.setPrefWidth(width);
    col.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    col.setReorderable(false);
    return col;
  }

  private Node explanationSide() {
    Label probability =
        styled(
            new Label("Click a sequence on the left to see what the model " + "looks at."),
            "inspect-probability");
    probability.setId("probabilityLine");
    viewModel
        .explanationProperty()
        .addListener(
            (obs, old, e) -> {
              if (e != null) {
                String note = e.fittingNote();
                probability.setText(
                    e.id()
                        + ": "
                        + e.probabilityLine()
                        + (note.isEmpty() ? "" : " \u00b7 " + note));
              }
            });
    Label message = styled(new Label(), "inspect-message");
    message.setId("explainMessage");
    message.textProperty().bind(viewModel.explainMessageProperty());
    message.visibleProperty().bind(viewModel.explainMessageProperty().isNotNull());
    message.managedProperty().bind(message.visibleProperty());

    VBox figures = new VBox(trackCanvas, logoCaption, logoCanvas, heatCaption, heatCanvas);
    figures.getStyleClass().add("inspect-figures");
    heatCaption.visibleProperty().bind(viewModel.explanationProperty().isNotNull());
    logoCaption.visibleProperty().bind(viewModel.explanationProperty().isNotNull());
    logoCaption.setWrapText(true);
    ScrollPane figureScroll = new ScrollPane(figures);
    figureScroll.setId("figureScroll");
    figureScroll.setFitToWidth(true);
    figureScroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    figureScroll.getStyleClass().add("inspect-figure-scroll");
    trackCanvas.setId("trackCanvas");
    heatCanvas.setId("heatCanvas");
    trackCanvas.canvas().setOnMouseMoved(this::hoverTrack);
    heatCanvas.canvas().setOnMouseMoved(this::hoverHeatMap);
    logoCanvas.setId("logoCanvas");
    logoCanvas.canvas().setOnMouseMoved(this::hoverLogo);
    logoCanvas.canvas().setOnMouseExited(e -> hover.setText(" "));
    trackCanvas.canvas().setOnMouseExited(e -> hover.setText(" "));
    heatCanvas.canvas().setOnMouseExited(e -> hover.setText(" "));
    hover.setId("hoverText");

    VBox side =
        new VBox(
            probability,
            message,
            controls(),
            agreement(),
            regionControls(),
            figureScroll,
            hover,
            ownSequence());
    side.getStyleClass().add("inspect-explanation");
    ScrollPane scroll = new ScrollPane(side);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("inspect-scroll");
    return scroll;
  }

  private Node controls() {
    ComboBox<String> classChoice = new ComboBox<>(viewModel.classNames());
    classChoice.setId("classChoice");
    classChoice.valueProperty().bindBidirectional(viewModel.explainedClassProperty());
    ComboBox<AttributionMethod> method = new ComboBox<>();
    method.setId("methodChoice");
    method.getItems().setAll(viewModel.methods());
    method.setCellFactory(list -> new MethodCell());
    method.setButtonCell(new MethodCell());
    method.valueProperty().bindBidirectional(viewModel.methodProperty());
    ProgressIndicator explaining = new ProgressIndicator();
    explaining.getStyleClass().add("inspect-progress");
    explaining.visibleProperty().bind(viewModel.explainingProperty());
    Label scoreOf = new Label("Explain the score of");
    Label by = new Label("by");
    // The words keep their width; the two choices shrink first on a narrow screen.
    scoreOf.setMinWidth(Region.USE_PREF_SIZE);
    by.setMinWidth(Region.USE_PREF_SIZE);
    HBox box = new HBox(scoreOf, classChoice, by, method, explaining);
    box.getStyleClass().add("inspect-controls");
    return box;
  }

  /** The agreement of the three methods: a plain line and the three values under it. */
  private Node agreement() {
    Label line = styled(new Label(), "inspect-agreement");
    line.setId("agreementLine");
    line.textProperty().bind(viewModel.agreementLineProperty());
    Label details = styled(new Label(), "inspect-caption");
    details.setId("agreementDetails");
    details.setWrapText(true);
    details.textProperty().bind(viewModel.agreementDetailsProperty());
    VBox box = new VBox(line, details);
    box.visibleProperty().bind(viewModel.agreementLineProperty().isNotNull());
    box.managedProperty().bind(box.visibleProperty());
    return box;
  }

  /** Which bases the figures show: typed positions, the strongest window or all bases. */
  private Node regionControls() {
    Label line = styled(new Label(), "inspect-caption");
    line.setId("regionLine");
    line.textProperty().bind(viewModel.regionLineProperty());
    TextField from = new TextField();
    from.setId("regionFrom");
    from.setPromptText("from");
    from.setPrefColumnCount(5);
    TextField to = new TextField();
    to.setId("regionTo");
    to.setPromptText("to");
    to.setPrefColumnCount(5);
    Button zoom = new Button("Zoom");
    zoom.setId("regionZoom");
    zoom.setOnAction(e -> viewModel.zoomTo(from.getText(), to.getText()));
    to.setOnAction(e -> viewModel.zoomTo(from.getText(), to.getText()));
    Button strongest = new Button("Strongest " + SequenceExplanation.DEFAULT_WINDOW + " bp");
    strongest.setId("regionStrongest");
    strongest.setOnAction(e -> viewModel.showStrongest());
    Button whole = new Button("Whole sequence");
    whole.setId("regionWhole");
    whole.setOnAction(e -> viewModel.showWhole());
    Label bases = new Label("Bases");
    bases.setMinWidth(Region.USE_PREF_SIZE);
    HBox row = new HBox(bases, from, to, zoom, strongest, whole);
    row.getStyleClass().add("inspect-controls");
    Label error = styled(new Label(), "inspect-message");
    error.setId("regionError");
    error.setWrapText(true);
    error.textProperty().bind(viewModel.regionErrorProperty());
    error.visibleProperty().bind(viewModel.regionErrorProperty().isNotNull());
    error.managedProperty().bind(error.visibleProperty());
    VBox box = new VBox(line, row, error);
    box.visibleProperty().bind(viewModel.explanationProperty().isNotNull());
    box.managedProperty().bind(box.visibleProperty());
    return box;
  }

  private Node ownSequence() {
    TextArea text = new TextArea();
    text.setId("ownSequence");
    text.setPromptText("Paste or type bases, e.g. ACGTTGCA... (a FASTA header line is fine)");
    text.setPrefRowCount(3);
    text.setWrapText(true);
    text.textProperty().bindBidirectional(viewModel.ownSequenceProperty());
    Button explain = new Button("Explain");
    explain.setId("explainOwn");
    explain.setOnAction(e -> viewModel.explainOwnSequence());
    Label error = styled(new Label(), "inspect-message");
    error.setId("ownSequenceError");
    error.textProperty().bind(viewModel.ownSequenceErrorProperty());
    error.visibleProperty().bind(viewModel.ownSequenceErrorProperty().isNotNull());
    error.managedProperty().bind(error.visibleProperty());
    VBox box = new VBox(text, error, explain);
    box.getStyleClass().add("inspect-own");
    TitledPane pane = new TitledPane("Explain your own sequence", box);
    pane.setId("ownSequencePane");
    return pane;
  }

  /** Builds the figures of the current explanation in the current palette and paints them. */
  private void showFigures() {
    SequenceExplanation e = viewModel.getExplanation();
    if (e == null) {
      track = null;
      heatMap = null;
      logo = null;
      trackCanvas.show(null);
      heatCanvas.show(null);
      logoCanvas.show(null);
      return;
    }
    NucleotidePalette palette = viewModel.paletteProperty().get();
    SequenceRegion region = viewModel.shownRegion();
    track = e.trackFigure(palette, region);
    heatMap = e.mutagenesisFigure(palette, region);
    logo = e.logoFigure(palette, region).alignedWithTrack();
    logoCaption.setText(
        "Attribution logo: "
            + (e.attribution().method() == AttributionMethod.GRADIENT
                ? "the gradient of each base, mean-centred per position (above the line: bases"
                    + " the model would rather see)"
                : "each base scaled by its "
                    + e.attribution().method().title().toLowerCase(Locale.ROOT))
            + "; letters below the line speak against "
            + e.explainedClass());
    heatCaption.setText(
        "In-silico mutagenesis: change of the "
            + e.explainedClass()
            + " score when each base is replaced (hover for values)");
    trackCanvas.showSized(track);
    logoCanvas.showSized(logo);
    heatCanvas.showSized(heatMap);
  }

  private void hoverLogo(MouseEvent e) {
    if (logo != null) {
      hover.setText(viewModel.describePosition(logo.positionAt(e.getX(), logoCanvas.area())));
    }
  }

  private void hoverTrack(MouseEvent e) {
    if (track != null) {
      hover.setText(viewModel.describePosition(track.positionAt(e.getX(), trackCanvas.area())));
    }
  }

  private void hoverHeatMap(MouseEvent e) {
    if (heatMap == null) {
      return;
    }
    MutagenesisHeatmapFigure.Cell cell = heatMap.cellAt(e.getX(), e.getY(), heatCanvas.area());
    hover.setText(
        cell == null ? " " : viewModel.describeSubstitution(cell.position(), cell.base()));
  }

  private static final class MethodCell extends ListCell<AttributionMethod> {
    @Override
    protected void updateItem(AttributionMethod item, boolean empty) {
      super.updateItem(item, empty);
      setText(empty || item == null ? null : item.title());
    }
  }

  private static <T extends Node> T styled(T node, String styleClass) {
    node.getStyleClass().add(styleClass);
    return node;
  }
}
