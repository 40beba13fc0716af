package org.motifworkbench.app.setup;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.motifworkbench.app.session.ModelSettings;

/**
 * Undo and redo of the Model screen (Edit menu): one step per committed change. A choice, a preset
 * or a loaded file commits at once; typing commits when its field is left (the view calls {@link
 * #commitTyping}), so the keystrokes of one value are one step. A change from elsewhere (other
 * data, a lesson, a project) starts the history afresh: undoing across it would silently take it
 * back too.
 */
final class SettingsUndo {

  private static final String UNDO = "Undo";
  private static final String REDO = "Redo";

  private final SettingsForm form;
  private final Supplier<ModelSettings> current;
  private final Consumer<ModelSettings> restore;
  private final SettingsHistory history = new SettingsHistory();
  private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
  private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
  private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", UNDO);
  private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", REDO);
  private final Map<TextInput, String> committedTexts = new HashMap<>();

  /** The settings of the last committed change (or as set from elsewhere). */
  private ModelSettings committed;

  /** True when the workspace holds typed settings whose field has not been left yet. */
  private boolean typed;

  /** True while undo or redo puts settings back. */
  private boolean restoring;

  /**
   * @param current the settings in use (the workspace's)
   * @param restore puts settings back in use
   */
  SettingsUndo(
      SettingsForm form, Supplier<ModelSettings> current, Consumer<ModelSettings> restore) {
    this.form = form;
    this.current = current;
    this.restore = restore;
    committed = current.get();
    rememberTexts();
  }

  ReadOnlyBooleanProperty canUndoProperty() {
    return canUndo.getReadOnlyProperty();
  }

  ReadOnlyBooleanProperty canRedoProperty() {
    return canRedo.getReadOnlyProperty();
  }

  ReadOnlyStringProperty undoTextProperty() {
    return undoText.getReadOnlyProperty();
  }

  ReadOnlyStringProperty redoTextProperty() {
    return redoText.getReadOnlyProperty();
  }

  /** True while undo or redo puts settings back: that change is no step of its own. */
  boolean isRestoring() {
    return restoring;
  }

  /** The workspace took a typed value: one step when its field is left, not one per keystroke. */
  void typed() {
    typed = true;
    update();
  }

  /** The form changed the settings from {@code old} to {@code now} (a choice, preset, file). */
  void changedByForm(ModelSettings old, ModelSettings now) {
    if (typed) {
      commit(old); // the value typed before this change is a step of its own
    }
    commit(now);
  }

  /** The settings were replaced from elsewhere: the history starts afresh from them. */
  void replaced(ModelSettings now) {
    history.clear();
    committed = now;
    typed = false;
    rememberTexts();
    update();
  }

  /** Ends a typed edit: the value typed becomes one step. */
  void commitTyping() {
    if (typed) {
      commit(current.get());
    }
    rememberTexts();
  }

  void undo() {
    commitTyping();
    history.undo().ifPresent(change -> putBack(change.before()));
  }

  void redo() {
    commitTyping();
    history.redo().ifPresent(change -> putBack(change.after()));
  }

  /** True while {@code input} holds text typed since the last commit. */
  boolean isTyping(TextInput input) {
    return !input.getText().equals(committedTexts.get(input));
  }

  /** The form shows settings afresh: its texts are the committed ones. */
  void shown() {
    rememberTexts();
  }

  private void commit(ModelSettings settings) {
    history.record(committed, settings, SettingsForm.describeChange(committed, settings));
    committed = settings;
    typed = false;
    rememberTexts();
    update();
  }

  private void putBack(ModelSettings settings) {
    restoring = true;
    try {
      restore.accept(settings);
    } finally {
      restoring = false;
    }
    committed = settings;
    typed = false;
    rememberTexts();
    update();
  }

  private void rememberTexts() {
    form.textInputs().forEach(i -> committedTexts.put(i, i.getText()));
  }

  private void update() {
    ModelSettings now = current.get();
    String pending =
        typed && !now.equals(committed) ? SettingsForm.describeChange(committed, now) : null;
    canUndo.set(pending != null || history.nextUndo().isPresent());
    canRedo.set(pending == null && history.nextRedo().isPresent());
    undoText.set(
        pending != null
            ? UNDO + " change of " + pending
            : history.nextUndo().map(c -> UNDO + " change of " + c.what()).orElse(UNDO));
    redoText.set(
        canRedo.get()
            ? history.nextRedo().map(c -> REDO + " change of " + c.what()).orElse(REDO)
            : REDO);
  }
}
