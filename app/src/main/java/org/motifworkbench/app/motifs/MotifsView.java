package org.motifworkbench.app.motifs;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.motifworkbench.app.dialog.DialogService;
import org.motifworkbench.app.dialog.FileType;
import org.motifworkbench.app.dialog.Purpose;
import org.motifworkbench.app.figure.FigureExport;
import org.motifworkbench.app.motifs.MotifCard.Section;
import org.motifworkbench.interpret.AttributionMethod;

/** Layout and bindings of the Motifs screen; state and commands live in {@link MotifsViewModel}. */
public final class MotifsView {

  private final MotifsViewModel viewModel;
  private final BorderPane root = new BorderPane();
  private final FlowPane discoveredTiles = tilePane("discoveredTiles");
  private final FlowPane filterTiles = tilePane("filterTiles");

  /** The logos on screen, redrawn when the palette changes. */
  private final List<LogoCanvas> logos = new ArrayList<>();

  private final FigureExport export;
  private final DialogService dialogs;
  private CompareDialog compareDialog;

  /** A view without "Export figure..." (tests). */
  public MotifsView(MotifsViewModel viewModel, DialogService dialogs) {
    this(viewModel, null, dialogs);
  }

  /**
   * @param export adds "Export figure..." to every logo; may be null
   * @param dialogs shows errors and the MEME file choosers
   */
  public MotifsView(MotifsViewModel viewModel, FigureExport export, DialogService dialogs) {
    this.viewModel = viewModel;
    this.dialogs = dialogs;
    this.export = export;
    root.getStyleClass().add("motifs-screen");
    root.setTop(new VBox(toolbar(), settings()));
    root.setCenter(new StackPane(emptyState(), gallery()));
    viewModel.discovered().addListener((ListChangeListener<MotifCard>) c -> showTiles());
    viewModel.filters().addListener((ListChangeListener<MotifCard>) c -> showTiles());
    viewModel
        .paletteProperty()
        .addListener((obs, old, palette) -> logos.forEach(l -> l.draw(palette)));
    viewModel
        .errorMessageProperty()
        .addListener(
            (obs, old, message) -> {
              if (message != null) {
                showError(message);
              }
            });
    viewModel
        .compare()
        .errorMessageProperty()
        .addListener(
            (obs, old, message) -> {
              if (message != null) {
                // an empty results window behind the error would only be one more to close
                if (compareDialog != null) {
                  compareDialog.hide();
                }
                dialogs.showError("Motifs", "Could not compare the motifs", message);
              }
            });
    if (viewModel.databaseProperty().get() == null && !viewModel.databaseLoadingProperty().get()) {
      viewModel.useBundledDatabase();
    }
    showTiles();
  }

  public Parent root() {
    return root;
  }

  private Node toolbar() {
    Button find = new Button("Find motifs");
    find.setId("findMotifs");
    // The status beside it shrinks first when the lessons panel narrows the screen.
    find.setMinWidth(Region.USE_PREF_SIZE);
    find.setDefaultButton(true);
    find.disableProperty().bind(viewModel.canFindBinding().not());
    find.setOnAction(e -> viewModel.findMotifs());
    // A disabled button gets no mouse events, so the tooltip saying why goes on a wrapper.
    StackPane findWrapper = new StackPane(find);
    Tooltip why = new Tooltip();
    why.textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> {
                  String blocked = viewModel.findBlockedReasonBinding().get();
                  return blocked == null
                      ? "Explain the chosen class's sequences and build motifs"
                      : blocked;
                },
                viewModel.findBlockedReasonBinding()));
    Tooltip.install(findWrapper, why);

    Button cancel = new Button("Cancel");
    cancel.setId("cancelFind");
    cancel.setOnAction(e -> viewModel.cancel());
    ProgressBar progress = new ProgressBar();
    progress.setId("findProgress");
    progress.progressProperty().bind(viewModel.progressProperty());
    for (Node n : List.of(cancel, progress)) {
      n.visibleProperty().bind(viewModel.runningProperty());
      n.managedProperty().bind(viewModel.runningProperty());
    }
    Label status = styled(new Label(), "motif-status");
    status.setId("motifStatus");
    status.textProperty().bind(viewModel.statusProperty());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox bar = new HBox(findWrapper, cancel, progress, status, spacer, exportMenu());
    bar.getStyleClass().add("toolbar");
    return bar;
  }

  private Node exportMenu() {
    MenuItem all = new MenuItem("All shown motifs...");
    all.setOnAction(e -> export(null, "motifs.meme"));
    MenuItem discovered = new MenuItem("Discovered motifs...");
    discovered.setOnAction(e -> export(Section.DISCOVERED, "discovered.meme"));
    MenuItem filters = new MenuItem("First-layer filters...");
    filters.setOnAction(e -> export(Section.FILTERS, "filters.meme"));
    MenuButton export = new MenuButton("Export MEME...", null, all, discovered, filters);
    export.setId("exportMeme");
    export.setMinWidth(Region.USE_PREF_SIZE);
    export
        .disableProperty()
        .bind(Bindings.isEmpty(viewModel.filters()).and(Bindings.isEmpty(viewModel.discovered())));
    export.setTooltip(
        new Tooltip(
            "Save the motifs as a MEME file (for Tomtom, FIMO, JASPAR tools)"
                + " and their matches as a table beside it"));
    return export;
  }

  private Node settings() {
    ComboBox<String> targetClass = new ComboBox<>(viewModel.classNames());
    targetClass.setId("targetClass");
    targetClass.valueProperty().bindBidirectional(viewModel.targetClassProperty());
    ComboBox<AttributionMethod> method =
        new ComboBox<>(
            javafx.collections.FXCollections.observableArrayList(AttributionMethod.values()));
    method.setId("attributionMethod");
    method.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(AttributionMethod m) {
            return m == null ? "" : m.title();
          }

          @Override
          public AttributionMethod fromString(String s) {
            return null;
          }
        });
    method.valueProperty().bindBidirectional(viewModel.methodProperty());
    Spinner<Integer> max = new Spinner<>(10, 100_000, viewModel.maxSequencesProperty().get(), 100);
    max.setId("maxSequences");
    max.setEditable(true);
    max.setPrefWidth(100);
    max.valueProperty().addListener((obs, old, v) -> viewModel.maxSequencesProperty().set(v));
    for (Node n : List.of(targetClass, method, max)) {
      n.disableProperty().bind(viewModel.runningProperty());
    }
    Label database = styled(new Label(), "database-status");
    database.setId("databaseStatus");
    database.textProperty().bind(viewModel.databaseStatusProperty());
    HBox explain =
        new HBox(
            settingLabel("Explain class"),
            targetClass,
            settingLabel("with"),
            method,
            settingLabel("on up to"),
            max,
            settingLabel("correctly predicted sequences"));
    explain.getStyleClass().add("motif-settings");
    Label data = styled(new Label(), "motif-data");
    data.setId("dataDescription");
    data.textProperty().bind(viewModel.dataDescriptionBinding());
    HBox match =
        new HBox(
            settingLabel("Compare with known motifs:"), databaseMenu(), compareButton(), database);
    match.getStyleClass().add("motif-settings");
    VBox box = new VBox(explain, data, match);
    box.getStyleClass().add("motif-settings-box");
    return box;
  }

  /** A label beside a control; it keeps its full text and lets the controls shrink instead. */
  private static Label settingLabel(String text) {
    Label label = styled(new Label(text), "setting-label");
    label.setMinWidth(Region.USE_PREF_SIZE);
    return label;
  }

  private Node databaseMenu() {
    MenuItem bundled = new MenuItem(MotifsViewModel.BUNDLED_DATABASE + " (bundled)");
    bundled.setOnAction(e -> viewModel.useBundledDatabase());
    MenuItem other = new MenuItem("Match against a MEME file...");
    other.setOnAction(e -> chooseDatabase());
    MenuItem none = new MenuItem("No database");
    none.setOnAction(e -> viewModel.useNoDatabase());
    MenuButton menu =
        new MenuButton("Choose database", null, bundled, other, new SeparatorMenuItem(), none);
    menu.setId("databaseMenu");
    menu.disableProperty().bind(viewModel.runningProperty());
    return menu;
  }

  private Node compareButton() {
    Button compare = new Button("Compare a MEME file...");
    compare.setId("compareMeme");
    compare.setMinWidth(Region.USE_PREF_SIZE);
    compare
        .disableProperty()
        .bind(
            viewModel
                .databaseProperty()
                .isNull()
                .or(viewModel.databaseLoadingProperty())
                .or(viewModel.compare().runningProperty()));
    compare.setOnAction(e -> chooseQueries());
    // A disabled button gets no mouse events, so the tooltip goes on a wrapper.
    StackPane wrapper = new StackPane(compare);
    Tooltip.install(
        wrapper,
        new Tooltip(
            "Look up motifs you bring (from MEME, HOMER, a paper) in the chosen database, the"
                + " way Tomtom does. Needs a database."));
    return wrapper;
  }

  private void chooseQueries() {
    MotifDatabase db = viewModel.databaseProperty().get();
    dialogs
        .openFile(
            Purpose.RESULTS,
            "Compare the motifs of a MEME file with " + (db == null ? "the database" : db.name()),
            List.of(FileType.of("MEME motif files", "*.meme", "*.txt"), FileType.ALL))
        .ifPresent(
            file -> {
              if (compareDialog == null) {
                compareDialog =
                    new CompareDialog(
                        window(), viewModel.compare(), viewModel.paletteProperty(), export);
              }
              viewModel.compare().compare(file);
              compareDialog.show();
            });
  }

  private Node emptyState() {
    Label heading = styled(new Label("No motifs yet"), "empty-heading");
    Label help =
        styled(
            new Label(
                "Find motifs explains the chosen class's correctly predicted"
                    + " sequences, collects the short stretches that drove each prediction into motifs, and"
                    + " shows every first-layer filter as a logo. Each motif is compared with the known motifs"
                    + " of the database."),
            "empty-help");
    help.setWrapText(true);
    help.setMaxWidth(560);
    // A wrapped label with line spacing under-reports its height; this keeps every line visible.
    help.setMinHeight(Region.USE_PREF_SIZE);
    VBox box = new VBox(heading, help);
    box.getStyleClass().add("empty-state");
    box.visibleProperty()
        .bind(Bindings.isEmpty(viewModel.filters()).and(Bindings.isEmpty(viewModel.discovered())));
    return box;
  }

  private Node gallery() {
    Label noneDiscovered =
        styled(
            new Label(
                "No motif was discovered: try more sequences, another"
                    + " method, or a model that predicts this class better."),
            "motif-detail");
    noneDiscovered.visibleProperty().bind(Bindings.isEmpty(viewModel.discovered()));
    noneDiscovered.managedProperty().bind(noneDiscovered.visibleProperty());
    VBox column =
        new VBox(
            section(
                Section.DISCOVERED,
                "Short stretches of sequence that drove correct predictions,"
                    + " clustered and aligned. Support: how many stretches make up the motif.",
                noneDiscovered,
                discoveredTiles),
            section(
                Section.FILTERS,
                "What each filter of the first convolution layer responds to:"
                    + " the bases of the windows that activate it most. Filters with few such windows"
                    + " are flagged.",
                filterTiles));
    column.getStyleClass().add("motif-gallery");
    ScrollPane scroll = new ScrollPane(column);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("motif-scroll");
    scroll
        .visibleProperty()
        .bind(
            Bindings.isNotEmpty(viewModel.filters())
                .or(Bindings.isNotEmpty(viewModel.discovered())));
    return scroll;
  }

  private static Node section(Section section, String help, Node... content) {
    VBox box =
        new VBox(
            styled(new Label(section.title()), "section-heading"),
            styled(new Label(help), "motif-section-help"));
    box.getChildren().addAll(content);
    box.getStyleClass().add("motif-section");
    return box;
  }

  private void showTiles() {
    logos.clear();
    fill(discoveredTiles, viewModel.discovered());
    fill(filterTiles, viewModel.filters());
  }

  private void fill(FlowPane pane, ObservableList<MotifCard> cards) {
    String matchedAgainst = viewModel.matchedAgainstProperty().get();
    List<Node> tiles = new ArrayList<>(cards.size());
    for (MotifCard card : cards) {
      MotifTile tile = new MotifTile(card, matchedAgainst, this::openDetail);
      tile.logo().draw(viewModel.paletteProperty().get());
      tile.logo().exportWith(export, "logo-" + card.motif().id());
      logos.add(tile.logo());
      tiles.add(tile.node());
    }
    pane.getChildren().setAll(tiles);
  }

  private void openDetail(MotifCard card) {
    MotifDetailDialog.show(
        window(),
        card,
        viewModel.matchedAgainstProperty().get(),
        viewModel.paletteProperty(),
        export);
  }

  private void export(Section section, String suggestedName) {
    dialogs
        .saveFile(
            Purpose.RESULTS,
            "Export motifs as MEME",
            suggestedName,
            List.of(FileType.of("MEME motif files", "*.meme", "*.txt")))
        .ifPresent(file -> viewModel.exportMeme(file, section));
  }

  private void chooseDatabase() {
    dialogs
        .openFile(
            Purpose.RESULTS,
            "Match against the motifs of a MEME file (e.g. from JASPAR)",
            List.of(FileType.of("MEME motif files", "*.meme", "*.txt"), FileType.ALL))
        .ifPresent(viewModel::useDatabase);
  }

  private void showError(String message) {
    dialogs.showError("Motifs", "Could not do that", message);
  }

  private Window window() {
    return root.getScene() == null ? null : root.getScene().getWindow();
  }

  private static FlowPane tilePane(String id) {
    FlowPane pane = new FlowPane();
    pane.setId(id);
    pane.getStyleClass().add("motif-tiles");
    return pane;
  }

  private static <T extends Node> T styled(T node, String styleClass) {
    node.getStyleClass().add(styleClass);
    return node;
  }
}
