package org.motifworkbench.app.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.StringProperty;
import javafx.css.PseudoClass;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.motifworkbench.app.dialog.DialogService;
import org.motifworkbench.app.dialog.FileType;
import org.motifworkbench.app.dialog.Purpose;
import org.motifworkbench.peaks.Background;
import org.motifworkbench.peaks.DatasetReport;

/**
 * "From peaks and a genome...": the form of {@link PeaksDatasetViewModel} (each field marked with
 * ControlsFX's error icon while it has a problem, the first problem spelled out below), progress
 * and Cancel while the data set is made, then the report. The written FASTA opens on the Data
 * screen behind the dialog. Closing the dialog cancels running work.
 */
final class PeaksDatasetDialog {

  private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

  private final PeaksDatasetViewModel viewModel;
  private final DialogService dialogs;
  private final Dialog<Void> dialog = new Dialog<>();
  private final ValidationSupport marks = new ValidationSupport();

  PeaksDatasetDialog(Window owner, PeaksDatasetViewModel viewModel, DialogService dialogs) {
    this.viewModel = viewModel;
    this.dialogs = dialogs;
    marks.setValidationDecorator(new GraphicValidationDecoration());
    dialog.setTitle("From peaks and a genome");
    dialog.setHeaderText(
        "A training set from peak calls: a window on each peak (label peak) and as many"
            + " background windows (label background)");
    dialog.getDialogPane().setId("peaksDatasetDialog");
    dialog.initModality(Modality.NONE);
    dialog.setResizable(true);
    if (owner != null) {
      dialog.initOwner(owner);
      if (owner.getScene() != null) {
        dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
      }
    }

    GridPane form = new GridPane();
    form.getStyleClass().add("dialog-form");
    TextField peaks =
        fileRow(
            form,
            0,
            "Peaks (BED, narrowPeak)",
            "peaksFile",
            viewModel.peaksProperty(),
            viewModel.peaksProblemProperty(),
            this::choosePeaks);
    fileRow(
        form,
        1,
        "Genome (FASTA)",
        "genomeFile",
        viewModel.genomeProperty(),
        viewModel.genomeProblemProperty(),
        this::chooseGenome);
    fileRow(
        form,
        2,
        "Excluded regions (BED, optional)",
        "excludeFile",
        viewModel.excludeProperty(),
        viewModel.excludeProblemProperty(),
        this::chooseExclude);
    TextField width =
        field("peaksWidth", viewModel.widthProperty(), viewModel.widthProblemProperty());
    width.setPrefColumnCount(8);
    form.addRow(3, new Label("Window width (bases)"), width);
    ComboBox<Background> background = new ComboBox<>();
    background.setId("peaksBackground");
    background.getItems().setAll(Background.values());
    background.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Background b) {
            return b == null ? "" : b.id();
          }

          @Override
          public Background fromString(String s) {
            return Background.parse(s);
          }
        });
    background.valueProperty().bindBidirectional(viewModel.backgroundProperty());
    Label backgroundHelp = new Label();
    backgroundHelp.getStyleClass().add("dialog-help");
    backgroundHelp.setWrapText(true);
    backgroundHelp.setPrefWidth(420);
    backgroundHelp
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> background.getValue() == null ? "" : background.getValue().description(),
                background.valueProperty()));
    form.addRow(4, new Label("Background"), background);
    form.add(backgroundHelp, 1, 5, 2, 1);
    TextField seed = field("peaksSeed", viewModel.seedProperty(), viewModel.seedProblemProperty());
    seed.setPrefColumnCount(8);
    form.addRow(6, new Label("Random seed"), seed);
    fileRow(
        form,
        7,
        "Save the data set as",
        "peaksOutput",
        viewModel.outputProperty(),
        viewModel.outputProblemProperty(),
        this::chooseOutput);

    Label problem = new Label();
    problem.setId("peaksProblem");
    problem.getStyleClass().add("setup-problems");
    problem.setWrapText(true);
    StringBinding firstProblem =
        Bindings.createStringBinding(
            () ->
                firstOf(
                    viewModel.peaksProblemProperty().get(),
                    viewModel.genomeProblemProperty().get(),
                    viewModel.excludeProblemProperty().get(),
                    viewModel.widthProblemProperty().get(),
                    viewModel.seedProblemProperty().get(),
                    viewModel.outputProblemProperty().get()),
            viewModel.peaksProblemProperty(),
            viewModel.genomeProblemProperty(),
            viewModel.excludeProblemProperty(),
            viewModel.widthProblemProperty(),
            viewModel.seedProblemProperty(),
            viewModel.outputProblemProperty());
    problem.textProperty().bind(firstProblem);
    problem.pseudoClassStateChanged(INVALID, firstProblem.get() != null);
    firstProblem.addListener((obs, old, p) -> problem.pseudoClassStateChanged(INVALID, p != null));
    visibleWhen(problem, firstProblem.isNotNull());

    ProgressBar progress = new ProgressBar();
    progress.setId("peaksProgress");
    progress.progressProperty().bind(viewModel.progressProperty());
    Button cancel = new Button("Cancel");
    cancel.setId("cancelPeaks");
    cancel.setOnAction(e -> viewModel.cancel());
    HBox working = new HBox(progress, cancel);
    working.getStyleClass().add("toolbar");
    visibleWhen(working, viewModel.runningProperty());
    Label status = new Label();
    status.setId("peaksStatus");
    status.setWrapText(true);
    status.textProperty().bind(viewModel.statusProperty());
    Label error = new Label();
    error.setId("peaksError");
    error.getStyleClass().add("setup-problems");
    error.pseudoClassStateChanged(INVALID, true);
    error.setWrapText(true);
    error.setMaxWidth(640);
    error.textProperty().bind(viewModel.errorMessageProperty());
    visibleWhen(error, viewModel.errorMessageProperty().isNotNull());
    TextArea report = new TextArea();
    report.setId("peaksReport");
    report.setEditable(false);
    report.setPrefRowCount(12);
    report.setStyle("-fx-font-family: monospace;");
    report
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> reportText(viewModel.getReport()), viewModel.reportProperty()));
    visibleWhen(report, viewModel.reportProperty().isNotNull());
    VBox.setVgrow(report, Priority.ALWAYS);

    VBox content = new VBox(10, form, problem, working, status, error, report);
    content.setPrefWidth(720);
    dialog.getDialogPane().setContent(content);
    ButtonType make = new ButtonType("Make data set", ButtonBar.ButtonData.OK_DONE);
    dialog.getDialogPane().getButtonTypes().setAll(make, ButtonType.CLOSE);
    Button makeButton = (Button) dialog.getDialogPane().lookupButton(make);
    makeButton.setId("makeDataset");
    makeButton
        .disableProperty()
        .bind(viewModel.validProperty().not().or(viewModel.runningProperty()));
    // the dialog stays open to show progress and the report
    makeButton.addEventFilter(
        ActionEvent.ACTION,
        e -> {
          e.consume();
          viewModel.build();
        });
    dialog.setOnHidden(e -> viewModel.cancel());
    peaks.requestFocus();
  }

  /** Shows the dialog without waiting for it. */
  void show() {
    dialog.show();
  }

  private TextField fileRow(
      GridPane form,
      int row,
      String label,
      String id,
      StringProperty value,
      StringBinding problem,
      Runnable browse) {
    TextField field = field(id, value, problem);
    field.setPrefColumnCount(32);
    Button choose = new Button("Browse...");
    choose.setId(id + "Browse");
    choose.setOnAction(e -> browse.run());
    form.addRow(row, new Label(label), field, choose);
    GridPane.setHgrow(field, Priority.ALWAYS);
    return field;
  }

  private TextField field(String id, StringProperty value, StringBinding problem) {
    TextField field = new TextField();
    field.setId(id);
    field.textProperty().bindBidirectional(value);
    Tooltip tip = new Tooltip();
    tip.textProperty().bind(problem);
    problem.addListener(
        (obs, old, p) -> {
          field.setTooltip(p == null ? null : tip);
          marks.revalidate(field);
        });
    field.setTooltip(problem.get() == null ? null : tip);
    // ControlsFX reaches an unskinned control by reflection, which a modular runtime refuses
    // (see setup.FieldMarks): the mark is registered once the field has its skin
    field
        .skinProperty()
        .addListener(
            (obs, old, skin) -> {
              if (skin != null && old == null) {
                marks.registerValidator(
                    field,
                    false,
                    (Control c, String text) ->
                        ValidationResult.fromErrorIf(c, problem.get(), problem.get() != null));
              }
            });
    return field;
  }

  private void choosePeaks() {
    choose(
            "Open the peaks (BED or MACS2 narrowPeak)",
            "Peaks",
            List.of("*.narrowPeak", "*.broadPeak", "*.bed", "*.gz", "*.txt"))
        .ifPresent(f -> viewModel.peaksProperty().set(f.toString()));
  }

  private void chooseGenome() {
    choose(
            "Open the reference genome (FASTA)",
            "Genome FASTA",
            List.of("*.fa", "*.fasta", "*.fna", "*.fa.gz", "*.fasta.gz"))
        .ifPresent(f -> viewModel.genomeProperty().set(f.toString()));
  }

  private void chooseExclude() {
    choose("Open the regions to exclude (a blacklist, BED)", "BED", List.of("*.bed", "*.bed.gz"))
        .ifPresent(f -> viewModel.excludeProperty().set(f.toString()));
  }

  private void chooseOutput() {
    String suggested = viewModel.outputProperty().get();
    String name =
        suggested.isBlank() ? "peaks-dataset.fa" : Path.of(suggested).getFileName().toString();
    dialogs
        .saveFile(Purpose.DATA, "Save the data set as", name, List.of(FileType.of("FASTA", "*.fa")))
        .ifPresent(f -> viewModel.outputProperty().set(f.toString()));
  }

  private Optional<Path> choose(String title, String kind, List<String> patterns) {
    return dialogs.openFile(
        Purpose.DATA, title, List.of(new FileType(kind, patterns), FileType.ALL));
  }

  private static String reportText(DatasetReport report) {
    return report == null ? "" : String.join("\n", report.lines());
  }

  private static String firstOf(String... problems) {
    for (String p : problems) {
      if (p != null) {
        return p;
      }
    }
    return null;
  }

  private static void visibleWhen(Node node, javafx.beans.value.ObservableBooleanValue when) {
    node.visibleProperty().bind(when);
    node.managedProperty().bind(when);
  }
}
