package org.motifworkbench.app.inspect;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import org.motifworkbench.app.dialog.DialogService;
import org.motifworkbench.app.dialog.FileType;
import org.motifworkbench.app.dialog.Purpose;
import org.motifworkbench.files.AtomicFile;
import org.motifworkbench.workflow.PredictionTable;
import org.motifworkbench.workflow.SequenceExplanation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Inspect screen's "Save" menu: the sequences in the table with their predictions (TSV or CSV,
 * the columns of {@code mwb predict} plus the true class) and the shown explanation (the TSV of
 * {@code mwb explain}). Small files, written atomically.
 */
final class InspectFiles {

  private static final Logger LOG = LoggerFactory.getLogger(InspectFiles.class);

  private final InspectViewModel viewModel;
  private final DialogService dialogs;

  InspectFiles(InspectViewModel viewModel, DialogService dialogs) {
    this.viewModel = viewModel;
    this.dialogs = dialogs;
  }

  Node menu() {
    MenuItem table = new MenuItem("Predictions of the sequences in the table (TSV/CSV)...");
    table.setOnAction(e -> savePredictions());
    MenuItem explanation = new MenuItem("This explanation, base by base (TSV)...");
    explanation.setOnAction(e -> saveExplanation());
    MenuButton menu = new MenuButton("Save", null, table, explanation);
    menu.setId("inspectSave");
    menu.setOnShowing(
        e -> {
          table.setDisable(viewModel.visibleRows().isEmpty());
          explanation.setDisable(viewModel.getExplanation() == null);
        });
    return menu;
  }

  private void savePredictions() {
    List<PredictionRow> rows = List.copyOf(viewModel.visibleRows());
    choose("predictions.tsv", "Tables", "*.tsv", "*.csv")
        .ifPresent(
            file ->
                write(
                    file,
                    PredictionTable.format(
                        rows.stream().map(PredictionRow::id).toList(),
                        rows.stream().map(PredictionRow::trueClass).toList(),
                        rows.stream().map(PredictionRow::probabilities).toArray(float[][]::new),
                        viewModel.classNames(),
                        PredictionTable.separatorFor(file.getFileName().toString()))));
  }

  private void saveExplanation() {
    SequenceExplanation e = viewModel.getExplanation();
    if (e != null) {
      choose("explanation-" + e.id().replaceAll("[^A-Za-z0-9._-]", "_") + ".tsv", "TSV", "*.tsv")
          .ifPresent(file -> write(file, e.toTsv()));
    }
  }

  private java.util.Optional<Path> choose(String name, String kind, String... patterns) {
    return dialogs.saveFile(Purpose.RESULTS, "Save", name, List.of(FileType.of(kind, patterns)));
  }

  private void write(Path file, String text) {
    try {
      AtomicFile.writeString(file, text);
    } catch (IOException | RuntimeException e) {
      LOG.warn("Could not save {}", file, e);
      dialogs.showError(
          "Save",
          "Nothing was saved",
          "Could not write "
              + file
              + ": "
              + e.getMessage()
              + ". Check that the folder exists and you may write there.");
    }
  }
}
