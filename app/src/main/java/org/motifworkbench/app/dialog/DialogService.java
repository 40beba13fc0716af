package org.motifworkbench.app.dialog;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Alerts, questions and file choosers, owned by the main window and styled like it. View models and
 * views ask this instead of building dialogs, so the owner, the style sheet and the last folder of
 * each {@link Purpose} are set in one place, and tests can record the questions and script the
 * answers. Messages do not block the calling (FX) thread; questions and choosers wait for the user.
 */
public interface DialogService {

  /** The three answers to a "save first?" question. */
  enum Answer {
    YES,
    NO,
    CANCEL
  }

  /** Something did not work: {@code message} says what and what to do (file, line, problem). */
  void showError(String title, String header, String message);

  /** Something worked only in part, or needs the user's attention. */
  void showWarning(String title, String header, String message);

  /** A short piece of information. */
  void showInfo(String title, String header, String message);

  /** A longer text the user may want to copy, e.g. installation steps, in a resizable window. */
  void showText(String title, String header, String text);

  /** Asks to go ahead: true when the user chose {@code confirmLabel}, false on Cancel. */
  boolean confirm(String title, String header, String message, String confirmLabel);

  /** Asks a yes/no question that may also be cancelled, e.g. "Save before quitting?". */
  Answer ask(String title, String header, String message, String yesLabel, String noLabel);

  /**
   * Asks for a line of text, e.g. the student's name; empty when the user cancelled or gave only
   * spaces.
   *
   * @param initial the text the field starts with
   */
  Optional<String> askText(String title, String header, String label, String initial);

  /** One existing file, or empty when the user cancelled. */
  Optional<Path> openFile(Purpose purpose, String title, List<FileType> types);

  /** One or more existing files; empty when the user cancelled. */
  List<Path> openFiles(Purpose purpose, String title, List<FileType> types);

  /**
   * A file to write. A name typed without an extension gets the chosen type's. A file the workbench
   * has open as input is refused with an error naming it, and nothing is returned.
   */
  Optional<Path> saveFile(Purpose purpose, String title, String initialName, List<FileType> types);

  /** A folder, or empty when the user cancelled. */
  Optional<Path> chooseDirectory(Purpose purpose, String title);

  /**
   * Makes {@code folder} the first folder shown for {@code purpose}, e.g. the folder of data that
   * was dropped on the window or opened from the recent files.
   */
  void rememberFolder(Purpose purpose, Path folder);
}
