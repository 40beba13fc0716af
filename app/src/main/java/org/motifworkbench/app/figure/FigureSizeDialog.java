package org.motifworkbench.app.figure;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.motifworkbench.figure.Figure;
import org.motifworkbench.figure.FigureSize;

/**
 * Asks for an exported figure's printed width and height in millimetres (proportions kept unless
 * unticked) and the PNG resolution. Starts at a single journal column (85 mm) wide.
 */
final class FigureSizeDialog {

  static final double SINGLE_COLUMN_MM = 85;
  private static final String MM = "mm";
  private static final String INCHES = "inches";

  private FigureSizeDialog() {}

  static Optional<FigureSize> ask(Window owner, Figure figure) {
    FigureSize start = FigureSize.ofWidth(figure, SINGLE_COLUMN_MM, 300);
    Dialog<FigureSize> dialog = new Dialog<>();
    dialog.setTitle("Export figure");
    dialog.setHeaderText(
        "Printed size (a journal column is about 85 mm or 3.3 inches, a page " + "width 170 mm)");
    dialog.initOwner(owner);
    if (owner != null && owner.getScene() != null) {
      dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
    }
    Spinner<Double> width = millimetres(start.widthMm());
    Spinner<Double> height = millimetres(start.heightMm());
    CheckBox keep = new CheckBox("Keep proportions");
    keep.setSelected(true);
    double ratio = figure.preferredHeight() / figure.preferredWidth();
    width
        .valueProperty()
        .addListener(
            (obs, old, w) -> {
              if (keep.isSelected() && w != null) {
                height.getValueFactory().setValue(round(w * ratio));
              }
            });
    ComboBox<String> unit = new ComboBox<>();
    unit.getItems().setAll(MM, INCHES);
    unit.setValue(MM);
    unit.valueProperty()
        .addListener(
            (obs, old, now) -> {
              double factor =
                  now.equals(INCHES) ? 1 / FigureSize.MM_PER_INCH : FigureSize.MM_PER_INCH;
              boolean kept = keep.isSelected();
              keep.setSelected(false);
              width.getValueFactory().setValue(round(width.getValue() * factor));
              height.getValueFactory().setValue(round(height.getValue() * factor));
              keep.setSelected(kept);
            });
    ComboBox<Integer> dpi = new ComboBox<>();
    dpi.getItems().setAll(150, 300, 600, 1200);
    dpi.setValue(300);
    GridPane form = new GridPane();
    form.getStyleClass().add("dialog-form");
    form.addRow(0, new Label("Width"), width, unit);
    form.addRow(1, new Label("Height"), height);
    form.add(keep, 1, 2);
    form.addRow(3, new Label("PNG resolution (dpi)"), dpi);
    Label note = new Label("PDF and SVG are vector files: sharp at any size; text stays text.");
    note.getStyleClass().add("dialog-help");
    form.add(note, 0, 4, 2, 1);
    dialog.getDialogPane().setContent(form);
    ButtonType next = new ButtonType("Choose file...", ButtonType.OK.getButtonData());
    dialog.getDialogPane().getButtonTypes().setAll(next, ButtonType.CANCEL);
    dialog.setResultConverter(
        b -> {
          if (b != next) {
            return null;
          }
          double toMm = unit.getValue().equals(INCHES) ? FigureSize.MM_PER_INCH : 1;
          return new FigureSize(width.getValue() * toMm, height.getValue() * toMm, dpi.getValue());
        });
    return dialog.showAndWait();
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  private static Spinner<Double> millimetres(double value) {
    Spinner<Double> s =
        new Spinner<>(
            new SpinnerValueFactory.DoubleSpinnerValueFactory(0.2, 2000, round(value), 1));
    s.setEditable(true);
    s.setPrefWidth(110);
    return s;
  }
}
