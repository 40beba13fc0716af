package org.motifworkbench.app.motifs;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.motifworkbench.app.figure.FigureExport;
import org.motifworkbench.figure.NucleotidePalette;

/**
 * The results of "Compare a MEME file...": progress and Cancel while the motifs are compared, then
 * one tile per motif of the file with its best database matches; a tile opens the enlarged view
 * with every kept match. One window per screen, shown again for each comparison; closing it cancels
 * a running comparison.
 */
final class CompareDialog {

  private final CompareViewModel viewModel;
  private final ObjectProperty<NucleotidePalette> palette;
  private final FigureExport export;
  private final FlowPane tiles = new FlowPane();
  private final List<LogoCanvas> logos = new ArrayList<>();
  private final Dialog<Void> dialog = new Dialog<>();
  private final Window owner;

  CompareDialog(
      Window owner,
      CompareViewModel viewModel,
      ObjectProperty<NucleotidePalette> palette,
      FigureExport export) {
    this.owner = owner;
    this.viewModel = viewModel;
    this.palette = palette;
    this.export = export;
    tiles.setId("comparedTiles");
    tiles.getStyleClass().add("motif-tiles");

    Label status = styled(new Label(), "motif-status");
    status.setId("compareStatus");
    status.setWrapText(true);
    status.textProperty().bind(viewModel.statusProperty());
    ProgressBar progress = new ProgressBar();
    progress.setId("compareProgress");
    progress.progressProperty().bind(viewModel.progressProperty());
    Button cancel = new Button("Cancel");
    cancel.setId("cancelCompare");
    cancel.setOnAction(e -> viewModel.cancel());
    HBox working = new HBox(progress, cancel);
    working.getStyleClass().add("toolbar");
    working.visibleProperty().bind(viewModel.runningProperty());
    working.managedProperty().bind(viewModel.runningProperty());

    ScrollPane scroll = new ScrollPane(tiles);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("motif-scroll");
    // two rows of tiles; the window is resizable
    scroll.setPrefSize(860, 460);
    VBox content = new VBox(status, working, scroll);
    content.getStyleClass().add("motif-detail-content");

    ChangeListener<NucleotidePalette> redraw = (obs, old, p) -> logos.forEach(l -> l.draw(p));
    palette.addListener(redraw);
    viewModel.results().addListener((ListChangeListener<MotifCard>) c -> showTiles());

    dialog
        .titleProperty()
        .bind(
            Bindings.createStringBinding(
                () -> "Compare " + viewModel.queryFileProperty().get(),
                viewModel.queryFileProperty()));
    dialog
        .headerTextProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    "Motifs of "
                        + viewModel.queryFileProperty().get()
                        + " compared with "
                        + viewModel.matchedAgainstProperty().get(),
                viewModel.queryFileProperty(),
                viewModel.matchedAgainstProperty()));
    dialog.getDialogPane().setContent(content);
    dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
    dialog.getDialogPane().setId("compareResults");
    dialog.setResizable(true);
    dialog.initModality(Modality.NONE);
    if (owner != null) {
      dialog.initOwner(owner);
      dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
    }
    dialog.setOnHidden(e -> viewModel.cancel());
    showTiles();
  }

  /** Shows the window (without waiting), or brings it to the front when it is open. */
  void show() {
    if (dialog.isShowing()) {
      Window window = dialog.getDialogPane().getScene().getWindow();
      window.requestFocus();
    } else {
      dialog.show();
    }
  }

  /** Closes the window, e.g. when the file could not be read and there is nothing to show. */
  void hide() {
    dialog.hide();
  }

  private void showTiles() {
    logos.clear();
    String matchedAgainst = viewModel.matchedAgainstProperty().get();
    List<Node> nodes = new ArrayList<>(viewModel.results().size());
    for (MotifCard card : viewModel.results()) {
      MotifTile tile = new MotifTile(card, matchedAgainst, this::openDetail);
      tile.logo().draw(palette.get());
      tile.logo().exportWith(export, "logo-" + card.motif().id());
      logos.add(tile.logo());
      nodes.add(tile.node());
    }
    tiles.getChildren().setAll(nodes);
  }

  private void openDetail(MotifCard card) {
    // owned by the main window, so it gets the window's style sheet
    MotifDetailDialog.show(owner, card, viewModel.matchedAgainstProperty().get(), palette, export);
  }

  private static <T extends Node> T styled(T node, String styleClass) {
    node.getStyleClass().add(styleClass);
    return node;
  }
}
