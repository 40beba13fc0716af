package org.motifworkbench.app.figure;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
import org.motifworkbench.figure.FigureFormat;
import org.motifworkbench.figure.FigureSize;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Export figure..." for any view: a right-click menu item that asks for the format, printed size
 * and resolution, then the file, and writes it in the background in the format chosen (the file's
 * extension follows the format). The format and resolution chosen last are offered again, and the
 * file chooser starts in the folder of the last exported figure ({@link Purpose#FIGURE}).
 */
public final class FigureExport {

  private static final Logger LOG = LoggerFactory.getLogger(FigureExport.class);
  private static final Map<FigureFormat, FileType> FILE_TYPES =
      Map.of(
          FigureFormat.PDF, FileType.of("PDF (vector, for papers)", "*.pdf"),
          FigureFormat.SVG, FileType.of("SVG (vector, editable)", "*.svg"),
          FigureFormat.PNG, FileType.of("PNG (image)", "*.png"));

  private final BackgroundRunner runner;
  private final DialogService dialogs;
  private Keeper keeper = Keeper.NONE;
  private FigureSizeDialog.Choice last =
      new FigureSizeDialog.Choice(FigureFormat.PDF, new FigureSize(85, 60, 300));

  /**
   * @param runner where files are written (off the FX thread)
   * @param dialogs asks for the file and shows a failed export
   */
  public FigureExport(BackgroundRunner runner, DialogService dialogs) {
    this.runner = runner;
    this.dialogs = dialogs;
  }

  /**
   * Where figures go while a project is open (hook for projects, issue 21): the chooser starts in
   * the project's figures folder, and the project records each figure written.
   */
  public interface Keeper {
    /** No project: the chooser starts in the last figure's folder, nothing is recorded. */
    Keeper NONE =
        new Keeper() {
          @Override
          public Path folder() {
            return null;
          }

          @Override
          public void written(Path file, String title) {}
        };

    /** The folder the chooser starts in, or null for the last figure's folder. */
    Path folder();

    /** {@code file} was written (called on the FX thread); {@code title} names the figure. */
    void written(Path file, String title);
  }

  /** Figures are offered to and recorded by {@code keeper} from now on. */
  public void keepIn(Keeper keeper) {
    this.keeper = keeper == null ? Keeper.NONE : keeper;
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
    Optional<FigureSizeDialog.Choice> choice = FigureSizeDialog.ask(window, figure, last);
    if (choice.isEmpty()) {
      return;
    }
    last = choice.get();
    FigureFormat format = last.format();
    FigureSize size = last.size();
    Keeper keeping = keeper;
    Path projectFolder = keeping.folder();
    if (projectFolder != null) {
      dialogs.rememberFolder(Purpose.FIGURE, projectFolder);
    }
    Optional<Path> chosen =
        dialogs.saveFile(
            Purpose.FIGURE,
            "Export figure as " + format,
            name + "." + format.extension(),
            List.of(FILE_TYPES.get(format)));
    if (chosen.isEmpty()) {
      return;
    }
    Path target = FigureTarget.of(chosen.get(), format);
    runner.run(
        "exporting " + target.getFileName(),
        () -> {
          FigureExporter.export(figure, target, format, size);
          return target;
        },
        done -> {
          LOG.info("Exported a figure to {}", done);
          keeping.written(done, name);
        },
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
