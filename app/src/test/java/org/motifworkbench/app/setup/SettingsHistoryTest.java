package org.motifworkbench.app.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.motifworkbench.app.session.ModelSettings;
import org.motifworkbench.network.NetworkPreset;

/** The history of settings values itself. */
class SettingsHistoryTest {

  private final ModelSettings a = ModelSettings.of(NetworkPreset.DEFAULT);
  private final ModelSettings b = ModelSettings.of(NetworkPreset.TEACHING);
  private final ModelSettings c = ModelSettings.of(NetworkPreset.DEEPBIND);
  private final SettingsHistory history = new SettingsHistory();

  @Test
  void undoAndRedoWalkTheChangesBothWays() {
    history.record(a, b, "the preset");
    history.record(b, c, "the preset");
    assertEquals(c, history.undo().orElseThrow().after());
    assertEquals(b, history.nextUndo().orElseThrow().after());
    assertEquals(a, history.undo().orElseThrow().before());
    assertTrue(history.undo().isEmpty());
    assertEquals(b, history.redo().orElseThrow().after());
    assertEquals(c, history.nextRedo().orElseThrow().after());
  }

  @Test
  void noChangeIsNoStepAndANewChangeClearsRedo() {
    history.record(a, a, "nothing");
    assertEquals(0, history.undoCount());
    history.record(a, b, "the preset");
    history.undo();
    history.record(a, c, "the preset");
    assertTrue(history.nextRedo().isEmpty());
    assertEquals(1, history.undoCount());
  }

  @Test
  void theOldestChangeGoesPastTheLimit() {
    for (int i = 0; i < SettingsHistory.LIMIT + 1; i++) {
      history.record(i % 2 == 0 ? a : b, i % 2 == 0 ? b : a, "step " + i);
    }
    assertEquals(SettingsHistory.LIMIT, history.undoCount());
    String last = null;
    while (history.nextUndo().isPresent()) {
      last = history.undo().orElseThrow().what();
    }
    assertEquals("step 1", last);
  }
}
