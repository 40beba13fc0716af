package org.motifworkbench.app.figure;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.motifworkbench.app.background.BackgroundRunner;
import org.motifworkbench.figure.Figure;
import org.motifworkbench.figure.FigureExporter;
import org.motifworkbench.figure.FigureFormat;
import org.motifworkbench.figure.FigureSize;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Export figure..." for any view: a right-click menu item that asks for the printed size and
 * resolution, then the file (PNG, SVG or PDF by its extension), and writes it in the background.
 */
public final class FigureExport {

  private static final Logger LOG = LoggerFactory.getLogger(FigureExport.class);
  private Path lastFolder;

  private final BackgroundRunner runner;

  /** @param runner where files are written (off the FX thread) */
  public FigureExport(BackgroundRunner runner) {
    this.runner = runner;
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
    node.setOnContextMenuRequested(e -> {
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
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Export figure");
    chooser.getExtensionFilters().addAll(
        new FileChooser.ExtensionFilter("PDF (vector, for papers)", "*.pdf"),
        new FileChooser.ExtensionFilter("SVG (vector, editable)", "*.svg"),
        new FileChooser.ExtensionFilter("PNG (image)", "*.png"));
    chooser.setInitialFileName(name + ".pdf");
    if (lastFolder != null && lastFolder.toFile().isDirectory()) {
      chooser.setInitialDirectory(lastFolder.toFile());
    }
    File file = chooser.showSaveDialog(window);
    if (file == null) {
      return;
    }
    Path target = withExtension(file.toPath(), chooser.getSelectedExtensionFilter());
    lastFolder = target.toAbsolutePath().getParent();
    runner.run("exporting " + target.getFileName(),
        () -> {
          FigureExporter.export(figure, target, size.get());
          return target;
        },
        done -> LOG.info("Exported a figure to {}", done),
        failure -> showError(window, target, failure));
  }

  /** The chosen file, with the chosen filter's extension added when the name has none we know. */
  static Path withExtension(Path file, FileChooser.ExtensionFilter filter) {
    try {
      FigureFormat.of(file);
      return file;
    } catch (IllegalArgumentException unknown) {
      String ext = filter == null ? ".pdf" : filter.getExtensions().get(0).substring(1);
      return file.resolveSibling(file.getFileName() + ext);
    }
  }

  private static void showError(Window owner, Path target, Throwable failure) {
    LOG.warn("Could not export a figure to {}", target, failure);
    String why = failure instanceof IllegalArgumentException
        ? failure.getMessage()
        : failure.getMessage() + ". Check that the folder exists and you may write there.";
    Alert alert = new Alert(Alert.AlertType.ERROR, "Could not write " + target + ": " + why,
        ButtonType.OK);
    alert.setHeaderText("The figure was not exported");
    alert.initOwner(owner);
    alert.show();
  }
}
