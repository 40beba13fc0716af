package org.motifworkbench.app.motifs;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.motifworkbench.app.figure.FigureExport;
import org.motifworkbench.figure.NucleotidePalette;
import org.motifworkbench.figure.SequenceLogoFigure;
import org.motifworkbench.motif.MotifMatch;

/** The enlarged view of one motif: a big logo, its reverse complement and every kept match. */
final class MotifDetailDialog {

  private static final double LOGO_WIDTH = 760;
  private static final double LOGO_HEIGHT = 200;
  private static final double ROW_HEIGHT = 28;

  private MotifDetailDialog() {}

  /** Shows the dialog (without waiting) and redraws its logos while the palette changes. */
  static Dialog<Void> show(
      Window owner,
      MotifCard card,
      String matchedAgainst,
      ObjectProperty<NucleotidePalette> palette,
      FigureExport export) {
    SequenceLogoFigure figure =
        SequenceLogoFigure.of(card.motif()).withInformationContent(card.information());
    LogoCanvas forward =
        new LogoCanvas(figure.withTitle("Forward strand"), LOGO_WIDTH, LOGO_HEIGHT);
    LogoCanvas reverse =
        new LogoCanvas(
            figure.reverseComplement().withTitle("Reverse complement"), LOGO_WIDTH, LOGO_HEIGHT);
    forward.draw(palette.get());
    reverse.draw(palette.get());
    forward.exportWith(export, "logo-" + card.motif().id());
    reverse.exportWith(export, "logo-" + card.motif().id() + "-reverse-complement");
    ChangeListener<NucleotidePalette> redraw =
        (obs, old, p) -> {
          forward.draw(p);
          reverse.draw(p);
        };
    palette.addListener(redraw);

    Label detail =
        styled(
            new Label(
                card.detail()
                    + " \u00b7 "
                    + card.motif().width()
                    + " positions \u00b7 id "
                    + card.motif().id()),
            "motif-detail");
    VBox content =
        new VBox(
            detail,
            forward.node(),
            reverse.node(),
            styled(new Label(matchHeading(matchedAgainst, card)), "section-heading"),
            matchTable(card.matches()));
    content.getStyleClass().add("motif-detail-content");

    Dialog<Void> dialog = new Dialog<>();
    dialog.setTitle(card.section().title() + ": " + card.title());
    dialog.setHeaderText(card.title());
    dialog.getDialogPane().setContent(content);
    dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
    dialog.getDialogPane().setId("motifDetail");
    dialog.setResizable(true);
    if (owner != null) {
      dialog.initOwner(owner);
      dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
    }
    dialog.setOnHidden(e -> palette.removeListener(redraw));
    dialog.show();
    return dialog;
  }

  private static String matchHeading(String matchedAgainst, MotifCard card) {
    if (matchedAgainst == null) {
      return "Not matched: no motif database was chosen";
    }
    if (card.matches().isEmpty()) {
      return "Not matched against " + matchedAgainst + ": too few sites";
    }
    return "Best matches in "
        + matchedAgainst
        + " (grey: E > "
        + MotifCard.formatValue(MotifCard.SIGNIFICANT_E_VALUE)
        + ", not significant)";
  }

  private static Node matchTable(List<MotifMatch> matches) {
    TableView<MotifMatch> table = new TableView<>();
    table.setId("matchTable");
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setFixedCellSize(ROW_HEIGHT);
    table
        .getColumns()
        .setAll(
            List.of(
                column("ID", MotifMatch::targetId, false),
                column("Name", MotifMatch::targetName, false),
                column("p-value", m -> MotifCard.formatValue(m.pValue()), true),
                column("E-value", m -> MotifCard.formatValue(m.eValue()), true),
                column("q-value", m -> MotifCard.formatValue(m.qValue()), true),
                column("Strand", m -> String.valueOf(m.strand()), false),
                column("Offset", m -> Integer.toString(m.offset()), true),
                column("Overlap", m -> Integer.toString(m.overlap()), true)));
    table.setRowFactory(
        t ->
            new TableRow<>() {
              @Override
              protected void updateItem(MotifMatch item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("not-significant");
                if (!empty && item != null && !MotifCard.significant(item)) {
                  getStyleClass().add("not-significant");
                }
              }
            });
    table.getItems().setAll(matches);
    table.setPrefHeight(ROW_HEIGHT * (Math.min(matches.size(), 6) + 1) + 2);
    table.setPlaceholder(new Label("No matches"));
    return table;
  }

  private static TableColumn<MotifMatch, String> column(
      String name, Function<MotifMatch, String> value, boolean numeric) {
    TableColumn<MotifMatch, String> col = new TableColumn<>(name);
    col.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    col.setSortable(false);
    col.setReorderable(false);
    if (numeric) {
      col.getStyleClass().add("numeric-column");
    }
    return col;
  }

  private static <T extends Node> T styled(T node, String styleClass) {
    node.getStyleClass().add(styleClass);
    return node;
  }
}
