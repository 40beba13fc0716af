package org.motifworkbench.app.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;
import org.motifworkbench.app.dialog.DialogService;
import org.motifworkbench.app.dialog.FileType;
import org.motifworkbench.app.dialog.Purpose;
import org.motifworkbench.sequence.DataSource;

/**
 * The Data screen's "More ways to open" menu: a table of id, sequence and label; sequences with a
 * separate labels file; a training set made from peaks and a genome; or a generated teaching data
 * set.
 */
final class MoreWaysToOpen {

  private final DataViewModel viewModel;
  private final Supplier<Window> window;
  private final DialogService dialogs;

  /**
   * @param window owns the teaching data dialog
   */
  MoreWaysToOpen(DataViewModel viewModel, Supplier<Window> window, DialogService dialogs) {
    this.viewModel = viewModel;
    this.window = window;
    this.dialogs = dialogs;
  }

  Node menu() {
    MenuItem table = new MenuItem("Table of id, sequence and label (TSV/CSV)...");
    table.setOnAction(
        e ->
            chooseFile(
                    "Open a table: id, sequence, label",
                    "Tables",
                    List.of("*.tsv", "*.csv", "*.txt", "*.tsv.gz", "*.csv.gz"))
                .ifPresent(f -> viewModel.open(DataSource.table(f))));
    MenuItem separate = new MenuItem("Sequences and a separate labels file...");
    separate.setOnAction(e -> chooseSequencesAndLabels());
    MenuItem teaching = new MenuItem("Generate a teaching data set...");
    teaching.setId("generateTeaching");
    teaching.setOnAction(e -> generateTeachingData());
    MenuItem peaks = new MenuItem("From peaks and a genome...");
    peaks.setId("fromPeaks");
    peaks.setOnAction(e -> fromPeaks());
    MenuButton more =
        new MenuButton(
            "More ways to open", null, table, separate, new SeparatorMenuItem(), peaks, teaching);
    more.setId("moreWays");
    return more;
  }

  private void chooseSequencesAndLabels() {
    chooseFile(
            "Open the sequences (FASTA, or one sequence per line)",
            "Sequences",
            List.of("*.fa", "*.fasta", "*.fna", "*.txt", "*.seq", "*.gz"))
        .ifPresent(
            sequences ->
                chooseFile(
                        "Open the labels: one row per sequence (a class name, "
                            + "or one-hot columns such as 1 0)",
                        "Labels",
                        List.of("*.txt", "*.target", "*.tsv", "*.csv", "*.labels"))
                    .ifPresent(
                        labels ->
                            viewModel.open(
                                DataSource.separateLabels(sequences, labels, List.of()))));
  }

  private void generateTeachingData() {
    TeachingDataDialog.ask(window.get())
        .ifPresent(
            choice ->
                dialogs
                    .saveFile(
                        Purpose.DATA,
                        "Save the teaching data set as",
                        choice.dataset().id() + ".fa",
                        List.of(FileType.of("FASTA", "*.fa")))
                    .ifPresent(
                        target ->
                            viewModel.generate(
                                choice.dataset(),
                                choice.count(),
                                choice.seed(),
                                choice.length(),
                                target)));
  }

  private void fromPeaks() {
    new PeaksDatasetDialog(window.get(), viewModel.peaksDataset(Platform::runLater), dialogs)
        .show();
  }

  private Optional<Path> chooseFile(String title, String kind, List<String> patterns) {
    return dialogs.openFile(
        Purpose.DATA, title, List.of(new FileType(kind, patterns), FileType.ALL));
  }
}
