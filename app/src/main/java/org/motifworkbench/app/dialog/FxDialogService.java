package org.motifworkbench.app.dialog;

import java.io.File;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.Region;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The JavaFX dialogs: alerts owned by the main window and styled with the app's style sheet, and
 * the system's file choosers, each starting in the folder last chosen for its purpose (also in an
 * earlier session, see {@link LastFolders}). Each alert's pane has an id by its kind
 * ("errorDialog", "warningDialog", "infoDialog", "textDialog", "confirmDialog", "askDialog",
 * "textInputDialog") for UI tests.
 */
public final class FxDialogService implements DialogService {

  private static final String APP_TITLE = "Motif Workbench";

  private final String stylesheet;
  private final Supplier<Collection<Path>> inputs;
  private final LastFolders lastFolders;
  private Window owner;

  /**
   * @param stylesheet the app's style sheet (URL form), given to every alert
   * @param inputs the files the workbench has open, which a save may not overwrite
   * @param lastFolders where each purpose's chooser starts, and where the choices are kept
   */
  public FxDialogService(
      String stylesheet, Supplier<Collection<Path>> inputs, LastFolders lastFolders) {
    this.stylesheet = stylesheet;
    this.inputs = inputs;
    this.lastFolders = lastFolders;
  }

  /** The window that owns every dialog from now on: the main window, once it is shown. */
  public void setOwner(Window owner) {
    this.owner = owner;
  }

  @Override
  public void showError(String title, String header, String message) {
    show(alert(Alert.AlertType.ERROR, title, header, message, "errorDialog"));
  }

  @Override
  public void showWarning(String title, String header, String message) {
    show(alert(Alert.AlertType.WARNING, title, header, message, "warningDialog"));
  }

  @Override
  public void showInfo(String title, String header, String message) {
    show(alert(Alert.AlertType.INFORMATION, title, header, message, "infoDialog"));
  }

  @Override
  public void showText(String title, String header, String text) {
    Alert alert = alert(Alert.AlertType.INFORMATION, title, header, null, "textDialog");
    TextArea area = new TextArea(text);
    area.setEditable(false);
    area.setWrapText(false);
    area.getStyleClass().add("dialog-text");
    area.setPrefRowCount(12);
    area.setPrefColumnCount(100);
    alert.getDialogPane().setContent(area);
    alert.getDialogPane().setPrefWidth(860);
    show(alert);
  }

  @Override
  public boolean confirm(String title, String header, String message, String confirmLabel) {
    Alert alert = alert(Alert.AlertType.CONFIRMATION, title, header, message, "confirmDialog");
    alert
        .getButtonTypes()
        .setAll(new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE), ButtonType.CANCEL);
    return alert
        .showAndWait()
        .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
        .isPresent();
  }

  @Override
  public Answer ask(String title, String header, String message, String yesLabel, String noLabel) {
    Alert alert = alert(Alert.AlertType.CONFIRMATION, title, header, message, "askDialog");
    ButtonType yes = new ButtonType(yesLabel, ButtonBar.ButtonData.YES);
    ButtonType no = new ButtonType(noLabel, ButtonBar.ButtonData.NO);
    alert.getButtonTypes().setAll(yes, no, ButtonType.CANCEL);
    ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
    return answer == yes ? Answer.YES : answer == no ? Answer.NO : Answer.CANCEL;
  }

  @Override
  public Optional<String> askText(String title, String header, String label, String initial) {
    TextInputDialog dialog = new TextInputDialog(initial == null ? "" : initial);
    dialog.setTitle(title == null ? APP_TITLE : title);
    dialog.setHeaderText(header);
    dialog.setContentText(label);
    dialog.getDialogPane().setId("textInputDialog");
    dialog.getDialogPane().getStylesheets().setAll(stylesheet);
    if (owner != null) {
      dialog.initOwner(owner);
    }
    return dialog.showAndWait().map(String::strip).filter(text -> !text.isEmpty());
  }

  @Override
  public Optional<Path> openFile(Purpose purpose, String title, List<FileType> types) {
    File file = chooser(purpose, title, types).showOpenDialog(owner);
    return Optional.ofNullable(file).map(f -> remembered(purpose, f.toPath()));
  }

  @Override
  public List<Path> openFiles(Purpose purpose, String title, List<FileType> types) {
    List<File> files = chooser(purpose, title, types).showOpenMultipleDialog(owner);
    if (files == null || files.isEmpty()) {
      return List.of();
    }
    remembered(purpose, files.get(0).toPath());
    return files.stream().map(File::toPath).toList();
  }

  @Override
  public Optional<Path> saveFile(
      Purpose purpose, String title, String initialName, List<FileType> types) {
    FileChooser chooser = chooser(purpose, title, types);
    chooser.setInitialFileName(initialName);
    File file = chooser.showSaveDialog(owner);
    if (file == null) {
      return Optional.empty();
    }
    FileType chosen = typeOf(chooser.getSelectedExtensionFilter(), types);
    Path target = remembered(purpose, SaveTargets.withExtension(file.toPath(), chosen, types));
    Optional<String> refusal = SaveTargets.refusal(target, inputs.get());
    if (refusal.isPresent()) {
      showError(title, "Nothing was saved", refusal.get());
      return Optional.empty();
    }
    return Optional.of(target);
  }

  @Override
  public Optional<Path> chooseDirectory(Purpose purpose, String title) {
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle(title);
    startFolder(purpose).ifPresent(chooser::setInitialDirectory);
    File folder = chooser.showDialog(owner);
    if (folder == null) {
      return Optional.empty();
    }
    rememberFolder(purpose, folder.toPath());
    return Optional.of(folder.toPath());
  }

  @Override
  public void rememberFolder(Purpose purpose, Path folder) {
    lastFolders.remember(purpose, folder);
  }

  private Path remembered(Purpose purpose, Path file) {
    rememberFolder(purpose, file.toAbsolutePath().getParent());
    return file;
  }

  private Optional<File> startFolder(Purpose purpose) {
    return lastFolders.startFolder(purpose).map(Path::toFile);
  }

  private FileChooser chooser(Purpose purpose, String title, List<FileType> types) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(title);
    for (FileType type : types) {
      chooser
          .getExtensionFilters()
          .add(new FileChooser.ExtensionFilter(type.description(), type.patterns()));
    }
    startFolder(purpose).ifPresent(chooser::setInitialDirectory);
    return chooser;
  }

  private static FileType typeOf(FileChooser.ExtensionFilter filter, List<FileType> types) {
    if (filter == null) {
      return types.isEmpty() ? null : types.get(0);
    }
    return types.stream()
        .filter(t -> t.description().equals(filter.getDescription()))
        .findFirst()
        .orElse(null);
  }

  private Alert alert(
      Alert.AlertType type, String title, String header, String message, String id) {
    Alert alert = new Alert(type);
    alert.setTitle(title == null ? APP_TITLE : title);
    alert.setHeaderText(header);
    alert.setContentText(message);
    alert.getDialogPane().setId(id);
    alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
    alert.getDialogPane().setPrefWidth(Math.max(alert.getDialogPane().getPrefWidth(), 620));
    alert.setResizable(true);
    alert.getDialogPane().getStylesheets().setAll(stylesheet);
    if (owner != null) {
      alert.initOwner(owner);
      // the owner's sheets: with View > Larger text on, alerts are as large as the window
      if (owner.getScene() != null) {
        alert.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
      }
    }
    return alert;
  }

  /** Not showAndWait: the FX thread never waits on the user for a message. */
  private static void show(Alert alert) {
    alert.show();
  }
}
