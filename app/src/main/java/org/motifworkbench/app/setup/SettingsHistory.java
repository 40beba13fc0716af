package org.motifworkbench.app.setup;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.motifworkbench.app.session.ModelSettings;

/**
 * Undo and redo of the Model screen's committed changes: each change is the settings before and
 * after it (settings are immutable values), with what changed in words. A new change clears what
 * could be redone; at most {@link #LIMIT} changes are kept, the oldest dropped first.
 */
final class SettingsHistory {

  static final int LIMIT = 100;

  /** One committed change; {@code what} names it, e.g. "Filters per branch" or "the preset". */
  record Change(ModelSettings before, ModelSettings after, String what) {}

  private final Deque<Change> undo = new ArrayDeque<>();
  private final Deque<Change> redo = new ArrayDeque<>();

  /** Records a change; nothing when {@code before} equals {@code after}. */
  void record(ModelSettings before, ModelSettings after, String what) {
    if (before.equals(after)) {
      return;
    }
    undo.push(new Change(before, after, what));
    if (undo.size() > LIMIT) {
      undo.removeLast();
    }
    redo.clear();
  }

  /** The last change, moved to the redo side; empty when there is none. */
  Optional<Change> undo() {
    Change change = undo.poll();
    if (change != null) {
      redo.push(change);
    }
    return Optional.ofNullable(change);
  }

  /** The last change undone, moved back; empty when there is none. */
  Optional<Change> redo() {
    Change change = redo.poll();
    if (change != null) {
      undo.push(change);
    }
    return Optional.ofNullable(change);
  }

  /** The change {@link #undo} would take back, if any. */
  Optional<Change> nextUndo() {
    return Optional.ofNullable(undo.peek());
  }

  /** The change {@link #redo} would make again, if any. */
  Optional<Change> nextRedo() {
    return Optional.ofNullable(redo.peek());
  }

  int undoCount() {
    return undo.size();
  }

  /** Forgets every change (the settings were replaced from elsewhere). */
  void clear() {
    undo.clear();
    redo.clear();
  }
}
