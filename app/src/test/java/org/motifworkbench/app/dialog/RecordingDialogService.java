package org.motifworkbench.app.dialog;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Records every dialog a view model raises and answers from a script, so tests check the questions
 * and the errors without a display. Unscripted questions are cancelled, unscripted choosers too.
 */
public final class RecordingDialogService implements DialogService {

  /** What was shown or asked, e.g. "error: Could not open | ...message". */
  public final List<String> shown = new ArrayList<>();

  private final Deque<Boolean> confirmations = new ArrayDeque<>();
  private final Deque<Answer> answers = new ArrayDeque<>();
  private final Deque<Path> files = new ArrayDeque<>();
  private final Deque<String> texts = new ArrayDeque<>();

  /** The next {@link #confirm} returns {@code yes}. */
  public RecordingDialogService willConfirm(boolean yes) {
    confirmations.add(yes);
    return this;
  }

  /** The next {@link #ask} returns {@code answer}. */
  public RecordingDialogService willAnswer(Answer answer) {
    answers.add(answer);
    return this;
  }

  /** The next {@link #askText} returns {@code text}. */
  public RecordingDialogService willType(String text) {
    texts.add(text);
    return this;
  }

  /** The next chooser returns {@code file}. */
  public RecordingDialogService willChoose(Path file) {
    files.add(file);
    return this;
  }

  @Override
  public void showError(String title, String header, String message) {
    shown.add("error: " + header + " | " + message);
  }

  @Override
  public void showWarning(String title, String header, String message) {
    shown.add("warning: " + header + " | " + message);
  }

  @Override
  public void showInfo(String title, String header, String message) {
    shown.add("info: " + header + " | " + message);
  }

  @Override
  public void showText(String title, String header, String text) {
    shown.add("text: " + header);
  }

  @Override
  public boolean confirm(String title, String header, String message, String confirmLabel) {
    shown.add("confirm: " + header + " [" + confirmLabel + "]");
    return !confirmations.isEmpty() && confirmations.poll();
  }

  @Override
  public Answer ask(String title, String header, String message, String yesLabel, String noLabel) {
    shown.add("ask: " + header + " [" + yesLabel + "/" + noLabel + "]");
    return answers.isEmpty() ? Answer.CANCEL : answers.poll();
  }

  @Override
  public Optional<String> askText(String title, String header, String label, String initial) {
    shown.add("text input: " + header);
    return Optional.ofNullable(texts.poll()).map(String::strip).filter(t -> !t.isEmpty());
  }

  @Override
  public Optional<Path> openFile(Purpose purpose, String title, List<FileType> types) {
    shown.add("open: " + title);
    return Optional.ofNullable(files.poll());
  }

  @Override
  public List<Path> openFiles(Purpose purpose, String title, List<FileType> types) {
    shown.add("open files: " + title);
    Path file = files.poll();
    return file == null ? List.of() : List.of(file);
  }

  @Override
  public Optional<Path> saveFile(
      Purpose purpose, String title, String initialName, List<FileType> types) {
    shown.add("save: " + title + " (" + initialName + ")");
    return Optional.ofNullable(files.poll());
  }

  @Override
  public Optional<Path> chooseDirectory(Purpose purpose, String title) {
    shown.add("folder: " + title);
    return Optional.ofNullable(files.poll());
  }

  @Override
  public void rememberFolder(Purpose purpose, Path folder) {}
}
