package org.motifworkbench.app.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.beans.property.ReadOnlyObjectWrapper;
import org.junit.jupiter.api.Test;
import org.motifworkbench.app.background.SameThreadBackgroundRunner;
import org.motifworkbench.app.session.ModelSettings;
import org.motifworkbench.app.session.OpenedData;
import org.motifworkbench.app.session.Workspace;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.network.NetworkPreset;

/** Undo and redo of the Model screen's committed changes, without the FX toolkit. */
class SettingsUndoTest {

  private final ReadOnlyObjectWrapper<OpenedData> data = new ReadOnlyObjectWrapper<>();
  private final Workspace workspace = new Workspace(data);
  private final SetupViewModel vm = new SetupViewModel(new SameThreadBackgroundRunner(), workspace);

  @Test
  void nothingToUndoAtFirst() {
    assertFalse(vm.canUndoProperty().get());
    assertFalse(vm.canRedoProperty().get());
    assertEquals("Undo", vm.undoTextProperty().get());
    assertEquals("Redo", vm.redoTextProperty().get());
  }

  @Test
  void eachCommittedFieldIsOneStepUndoneAndRedoneInOrder() {
    ModelSettings start = workspace.getSettings();
    type("filters", "3");
    type("filters", "32"); // two keystrokes, one value
    vm.commitTyping();
    ModelSettings afterFilters = workspace.getSettings();
    type("epochs", "5");
    vm.commitTyping();
    ModelSettings afterEpochs = workspace.getSettings();
    assertEquals(32, afterEpochs.network().filters());
    assertEquals(5, afterEpochs.training().epochs());
    assertEquals("Undo change of Epochs", vm.undoTextProperty().get());

    vm.undo();
    assertEquals(afterFilters, workspace.getSettings());
    assertEquals("32", input("filters").getText());
    assertEquals(Integer.toString(start.training().epochs()), input("epochs").getText());
    assertEquals("Undo change of Filters per branch", vm.undoTextProperty().get());
    assertEquals("Redo change of Epochs", vm.redoTextProperty().get());

    vm.undo();
    assertEquals(start, workspace.getSettings());
    assertEquals("64", input("filters").getText());
    assertFalse(vm.canUndoProperty().get());

    vm.redo();
    assertEquals(afterFilters, workspace.getSettings());
    assertEquals("32", input("filters").getText());
    vm.redo();
    assertEquals(afterEpochs, workspace.getSettings());
    assertEquals("5", input("epochs").getText());
    assertFalse(vm.canRedoProperty().get());
  }

  @Test
  void aValueBeingTypedIsUndoneAsOneStepBeforeItsFieldIsLeft() {
    ModelSettings start = workspace.getSettings();
    type("filters", "1");
    type("filters", "16");
    assertTrue(vm.canUndoProperty().get());
    assertEquals("Undo change of Filters per branch", vm.undoTextProperty().get());
    assertTrue(vm.isTyping("filters"));
    assertFalse(vm.isTyping("epochs"));

    vm.undo();
    assertEquals(start, workspace.getSettings());
    assertEquals("64", input("filters").getText());
    assertFalse(vm.isTyping("filters"));
  }

  @Test
  void choicesPresetsAndLoadedValuesAreStepsAtOnce() {
    ModelSettings start = workspace.getSettings();
    choice("lengthMode").setValue(LengthPolicy.Mode.LEFT);
    assertEquals("Undo change of Other lengths", vm.undoTextProperty().get());
    vm.applyPreset(NetworkPreset.TEACHING);
    assertEquals("Undo change of the preset", vm.undoTextProperty().get());

    vm.undo();
    assertEquals(NetworkPreset.DEFAULT, workspace.getSettings().preset());
    assertEquals(NetworkPreset.DEFAULT.spec(), workspace.getSettings().network());
    assertEquals(NetworkPreset.DEFAULT, vm.presetProperty().get());
    assertEquals(LengthPolicy.Mode.LEFT, choice("lengthMode").getValue());
    vm.undo();
    assertEquals(start, workspace.getSettings());
    assertEquals(LengthPolicy.Mode.CENTER, choice("lengthMode").getValue());
  }

  @Test
  void aChoiceAfterTypingMakesTheTypedValueAStepOfItsOwn() {
    type("epochs", "9");
    ModelSettings typed = workspace.getSettings();
    choice("attention").setValue(false);
    vm.undo();
    assertEquals(typed, workspace.getSettings());
    assertEquals("Undo change of Epochs", vm.undoTextProperty().get());
  }

  @Test
  void aNewChangeClearsRedo() {
    type("epochs", "9");
    vm.commitTyping();
    vm.undo();
    assertTrue(vm.canRedoProperty().get());
    type("batchSize", "32");
    assertFalse(vm.canRedoProperty().get(), "typing a new value gives up what could be redone");
    vm.commitTyping();
    vm.redo();
    assertEquals(32, workspace.getSettings().training().batchSize());
    assertEquals(
        ModelSettings.defaults().training().epochs(), workspace.getSettings().training().epochs());
  }

  @Test
  void unreadableTextIsNoStep() {
    type("filters", "lots");
    vm.commitTyping();
    assertFalse(vm.canUndoProperty().get());
  }

  @Test
  void aValueTypedBackToWhatItWasIsNoStep() {
    type("filters", "6");
    type("filters", "64");
    assertFalse(vm.canUndoProperty().get());
    vm.commitTyping();
    assertFalse(vm.canUndoProperty().get());
  }

  @Test
  void settingsReplacedFromElsewhereStartTheHistoryAfresh() {
    type("epochs", "9");
    vm.commitTyping();
    assertTrue(vm.canUndoProperty().get());
    // a lesson or a project sets the settings: undo would silently take that back too
    workspace.settingsProperty().set(ModelSettings.of(NetworkPreset.TEACHING));
    assertFalse(vm.canUndoProperty().get());
    assertFalse(vm.canRedoProperty().get());
    assertEquals("16", input("filters").getText());
  }

  @Test
  void theHistoryKeepsTheLastHundredChanges() {
    for (int i = 1; i <= SettingsHistory.LIMIT + 5; i++) {
      type("epochs", Integer.toString(i));
      vm.commitTyping();
    }
    int undone = 0;
    while (vm.canUndoProperty().get()) {
      vm.undo();
      undone++;
    }
    assertEquals(SettingsHistory.LIMIT, undone);
    assertEquals(5, workspace.getSettings().training().epochs(), "the oldest five are dropped");
  }

  private void type(String id, String text) {
    input(id).setText(text);
  }

  private TextInput input(String id) {
    return vm.sections().stream()
        .flatMap(s -> s.inputs().stream())
        .filter(i -> i.id().equals(id))
        .map(TextInput.class::cast)
        .findFirst()
        .orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private <T> ChoiceInput<T> choice(String id) {
    return (ChoiceInput<T>)
        vm.sections().stream()
            .flatMap(s -> s.inputs().stream())
            .filter(i -> i.id().equals(id))
            .findFirst()
            .orElseThrow();
  }
}
