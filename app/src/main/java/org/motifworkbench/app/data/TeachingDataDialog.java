package org.motifworkbench.app.data;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.motifworkbench.data.TeachingDataset;

/**
 * Asks which synthetic teaching data set to generate (with what it teaches), how many sequences,
 * their length and the random seed. Where to save it is asked next, by a file chooser.
 */
final class TeachingDataDialog {

  /** The user's choices. */
  record Choice(TeachingDataset dataset, int count, int length, long seed) {}

  private TeachingDataDialog() {}

  static Optional<Choice> ask(Window owner) {
    Dialog<Choice> dialog = new Dialog<>();
    dialog.setTitle("Generate a teaching data set");
    dialog.setHeaderText("Synthetic sequences with planted motifs and a known best accuracy");
    dialog.initOwner(owner);
    if (owner != null && owner.getScene() != null) {
      dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
    }
    dialog.getDialogPane().setId("teachingDataDialog");

    ComboBox<TeachingDataset> dataset = new ComboBox<>();
    dataset.setId("teachingDataset");
    dataset.getItems().setAll(TeachingDataset.values());
    dataset.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(TeachingDataset t) {
            return t == null ? "" : t.title();
          }

          @Override
          public TeachingDataset fromString(String s) {
            return null;
          }
        });
    Label description = new Label();
    description.setWrapText(true);
    description.setPrefWidth(420);
    description.getStyleClass().add("dialog-help");
    Spinner<Integer> count = new Spinner<>(20, 1_000_000, 2000, 500);
    count.setEditable(true);
    count.setId("teachingCount");
    Spinner<Integer> length = new Spinner<>(10, 10_000, 50, 10);
    length.setEditable(true);
    Spinner<Integer> seed = new Spinner<>(0, Integer.MAX_VALUE, 1, 1);
    seed.setEditable(true);
    dataset
        .valueProperty()
        .addListener(
            (obs, old, t) -> {
              description.setText(t.description());
              count.getValueFactory().setValue(t.defaultCount());
              length.getValueFactory().setValue(t.defaultLength());
            });
    dataset.setValue(TeachingDataset.PRIMER);

    GridPane form = new GridPane();
    form.getStyleClass().add("dialog-form");
    form.addRow(0, new Label("Data set"), dataset);
    form.add(description, 1, 1);
    form.addRow(2, new Label("Sequences"), count);
    form.addRow(3, new Label("Length (bases)"), length);
    form.addRow(4, new Label("Random seed"), seed);
    dialog.getDialogPane().setContent(form);
    ButtonType generate = new ButtonType("Generate...", ButtonType.OK.getButtonData());
    dialog.getDialogPane().getButtonTypes().setAll(generate, ButtonType.CANCEL);
    dialog.setResultConverter(
        b ->
            b == generate
                ? new Choice(
                    dataset.getValue(), count.getValue(), length.getValue(), seed.getValue())
                : null);
    return dialog.showAndWait();
  }
}
