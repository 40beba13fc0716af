package org.motifworkbench.app.figure;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.motifworkbench.app.background.BackgroundRunner;
import org.motifworkbench.app.dialog.DialogService;
import org.motifworkbench.app.dialog.FileType;
import org.motifworkbench.app.dialog.Purpose;
import org.motifworkbench.figure.Figure;
import org.motifworkbench.figure.FigureExporter;
import org.motifworkbench.figure.FigureSize;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Export figure..." for any view: a right-click menu item that asks for the printed size and
 * resolution, then the file (PNG, SVG or PDF by its extension), and writes it in the background.
 */
public final class FigureExport {

  private static final Logger LOG = LoggerFactory.getLogger(FigureExport.class);
  private static final List<FileType> FORMATS =
      List.of(
          FileType.of("PDF (vector, for papers)", "*.pdf"),
          FileType.of("SVG (vector, editable)", "*.svg"),
          FileType.of("PNG (image)", "*.png"));

  private final BackgroundRunner runner;
  private final DialogService dialogs;

  /**
   * @param runner where files are written (off the FX thread)
   * @param dialogs asks for the file and shows a failed export
   */
  public FigureExport(BackgroundRunner runner, DialogService dialogs) {
    this.runner = runner;
    this.dialogs = dialogs;
  }

  /**
   * Adds "Export figure..." to {@code node}'s right-click menu.
   *
   * @param figure the figure as currently shown, or null when there is nothing to export
   * @param name a file name without extension to offer, e.g. "saliency-seq17"
   */
  public void install(Node node, Supplier<Figure> figure, Supplier<String> name) {
    MenuItem export = new MenuItem("Export figure...");
    export.setOnAction(e -> exportFrom(node, figure.get(), name.get()));
    ContextMenu menu = new ContextMenu(export);
    node.setOnContextMenuRequested(
        e -> {
          export.setDisable(figure.get() == null);
          menu.show(node, e.getScreenX(), e.getScreenY());
          e.consume();
        });
  }

  /** Asks for size and file, then writes {@code figure}; nothing happens when it is null. */
  public void exportFrom(Node owner, Figure figure, String name) {
    if (figure == null) {
      return;
    }
    Window window = owner.getScene() == null ? null : owner.getScene().getWindow();
    Optional<FigureSize> size = FigureSizeDialog.ask(window, figure);
    if (size.isEmpty()) {
      return;
    }
    Optional<Path> chosen =
        dialogs.saveFile(Purpose.FIGURE, "Export figure", name + ".pdf", FORMATS);
    if (chosen.isEmpty()) {
      return;
    }
    Path target = chosen.get();
    runner.run(
        "exporting " + target.getFileName(),
        () -> {
          FigureExporter.export(figure, target, size.get());
          return target;
        },
        done -> LOG.info("Exported a figure to {}", done),
        failure -> showError(target, failure));
  }

  private void showError(Path target, Throwable failure) {
    LOG.warn("Could not export a figure to {}", target, failure);
    String why =
        failure instanceof IllegalArgumentException
            ? failure.getMessage()
            : failure.getMessage() + ". Check that the folder exists and you may write there.";
    dialogs.showError(
        "Export figure", "The figure was not exported", "Could not write " + target + ": " + why);
  }
}
