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
import org.motifworkbench.figure.FigureFormat;
import org.motifworkbench.figure.FigureSize;

/**
 * Asks for an exported figure's format, printed width and height in millimetres (the height the
 * figure needs at that width unless unticked) and the PNG resolution. Starts at a single journal
 * column (85 mm) wide. The format chosen here is the format written, whatever the file is named.
 */
final class FigureSizeDialog {

  /** What the user chose: the format and the printed size. */
  record Choice(FigureFormat format, FigureSize size) {}

  static final double SINGLE_COLUMN_MM = 85;
  private static final String MM = "mm";
  private static final String INCHES = "inches";

  private FigureSizeDialog() {}

  static Optional<Choice> ask(Window owner, Figure figure, Choice last) {
    FigureSize start = FigureSize.ofWidth(figure, SINGLE_COLUMN_MM, last.size().dpi());
    Dialog<Choice> dialog = new Dialog<>();
    dialog.setTitle("Export figure");
    dialog.setHeaderText(
        "Printed size (a journal column is about 85 mm or 3.3 inches, a page " + "width 170 mm)");
    dialog.initOwner(owner);
    if (owner != null && owner.getScene() != null) {
      dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
    }
    Spinner<Double> width = millimetres(start.widthMm());
    Spinner<Double> height = millimetres(start.heightMm());
    CheckBox keep = new CheckBox("Height to fit the width");
    keep.setSelected(true);
    ComboBox<String> unit = new ComboBox<>();
    unit.getItems().setAll(MM, INCHES);
    unit.setValue(MM);
    width
        .valueProperty()
        .addListener(
            (obs, old, w) -> {
              if (keep.isSelected() && w != null) {
                double toMm = unit.getValue().equals(INCHES) ? FigureSize.MM_PER_INCH : 1;
                double mm = FigureSize.ofWidth(figure, w * toMm, 300).heightMm();
                height.getValueFactory().setValue(round(mm / toMm));
              }
            });
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
    dpi.setValue(last.size().dpi());
    ComboBox<FigureFormat> format = new ComboBox<>();
    format.setId("figureFormat");
    format.getItems().setAll(FigureFormat.values());
    format.setValue(last.format());
    dpi.disableProperty().bind(format.valueProperty().isNotEqualTo(FigureFormat.PNG));
    GridPane form = new GridPane();
    form.getStyleClass().add("dialog-form");
    form.addRow(0, new Label("Format"), format);
    form.addRow(1, new Label("Width"), width, unit);
    form.addRow(2, new Label("Height"), height);
    form.add(keep, 1, 3);
    form.addRow(4, new Label("PNG resolution (dpi)"), dpi);
    Label note =
        new Label(
            "PDF and SVG are vector files: sharp at any size; text stays text. Text is set at"
                + " 7-8 pt at the printed size.");
    note.setWrapText(true);
    note.setMaxWidth(420);
    note.getStyleClass().add("dialog-help");
    form.add(note, 0, 5, 3, 1);
    dialog.getDialogPane().setContent(form);
    ButtonType next = new ButtonType("Choose file...", ButtonType.OK.getButtonData());
    dialog.getDialogPane().getButtonTypes().setAll(next, ButtonType.CANCEL);
    dialog.setResultConverter(
        b -> {
          if (b != next) {
            return null;
          }
          double toMm = unit.getValue().equals(INCHES) ? FigureSize.MM_PER_INCH : 1;
          return new Choice(
              format.getValue(),
              new FigureSize(width.getValue() * toMm, height.getValue() * toMm, dpi.getValue()));
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
