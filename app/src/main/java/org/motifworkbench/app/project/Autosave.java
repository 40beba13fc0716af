package org.motifworkbench.app.project;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * When a changed project description is saved: shortly after the last of a burst of changes (a
 * typed setting changes the settings at each key), so the file is written once, not at each key.
 */
@FunctionalInterface
public interface Autosave {

  /** Saves at once (tests). */
  Autosave AT_ONCE = Runnable::run;

  /** Runs {@code save} after the debounce delay; a new call restarts the delay. */
  void schedule(Runnable save);

  /** Saves {@code seconds} after the last change, on the FX thread. */
  static Autosave after(double seconds) {
    return new Autosave() {
      private PauseTransition pause;

      @Override
      public void schedule(Runnable save) {
        if (pause == null) {
          pause = new PauseTransition(Duration.seconds(seconds));
        }
        pause.setOnFinished(e -> save.run());
        pause.playFromStart();
      }
    };
  }
}
