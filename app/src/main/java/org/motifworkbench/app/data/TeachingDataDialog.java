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
import org.motifworkbench.data.TeachingTask;

/**
 * Asks which synthetic teaching data set to generate: the task (with what it teaches), how many
 * sequences, their length and the random seed. Where to save it is asked next, by a file chooser.
 */
final class TeachingDataDialog {

  /** The user's choices. */
  record Choice(TeachingTask task, int count, int length, long seed) {}

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

    ComboBox<TeachingTask> task = new ComboBox<>();
    task.setId("teachingTask");
    task.getItems().setAll(TeachingTask.values());
    task.setConverter(new StringConverter<>() {
      @Override
      public String toString(TeachingTask t) {
        return t == null ? "" : t.title();
      }

      @Override
      public TeachingTask fromString(String s) {
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
    task.valueProperty().addListener((obs, old, t) -> {
      description.setText(t.description());
      count.getValueFactory().setValue(t.defaultCount());
      length.getValueFactory().setValue(t.defaultLength());
    });
    task.setValue(TeachingTask.PRIMER);

    GridPane form = new GridPane();
    form.getStyleClass().add("dialog-form");
    form.addRow(0, new Label("Data set"), task);
    form.add(description, 1, 1);
    form.addRow(2, new Label("Sequences"), count);
    form.addRow(3, new Label("Length (bases)"), length);
    form.addRow(4, new Label("Random seed"), seed);
    dialog.getDialogPane().setContent(form);
    ButtonType generate = new ButtonType("Generate...", ButtonType.OK.getButtonData());
    dialog.getDialogPane().getButtonTypes().setAll(generate, ButtonType.CANCEL);
    dialog.setResultConverter(b -> b == generate
        ? new Choice(task.getValue(), count.getValue(), length.getValue(), seed.getValue())
        : null);
    return dialog.showAndWait();
  }
}
