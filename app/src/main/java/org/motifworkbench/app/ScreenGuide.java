package org.motifworkbench.app;

import java.util.Map;
import javafx.scene.Scene;
import javafx.stage.Window;
import org.motifworkbench.app.help.HelpGuide;
import org.motifworkbench.app.help.HelpViewModel;
import org.motifworkbench.app.help.HelpWindow;
import org.motifworkbench.app.help.KeyboardShortcuts;
import org.motifworkbench.app.help.Shortcut;

/**
 * Opens the user guide (Help menu, F1, each screen's "?") at a page: the guide's start, the current
 * screen's page or the keyboard shortcuts. The guide is read from the README the first time.
 */
final class ScreenGuide {

  /**
   * Each step's page of the guide, by the step's name: the README's screen list ("1. **Data**:
   * ...") and its headings. Keyed by name, not by the enum, so a step added later needs a line here
   * and {@code ScreenGuideTest} says so (rather than the build breaking on a switch).
   */
  static final Map<String, String> PAGES =
      Map.of(
          "DATA", "Data",
          "MODEL", "Model",
          "TRAIN", "Train",
          "EVALUATE", "Evaluate",
          "INSPECT", "Inspect",
          "MOTIFS", "Motifs",
          "GENOME", "Genome",
          "RUNS", "Projects and runs");

  /** The guide's first page when a step has none (never, while ScreenGuideTest passes). */
  static final String START = "The workbench";

  private HelpViewModel guide;
  private HelpWindow window;

  /** The guide page of {@code step}. */
  static String page(Step step) {
    return PAGES.getOrDefault(step.name(), START);
  }

  /** Shows the guide at the page shown last (at first, its start). */
  void showGuide(Window owner) {
    show(owner, null);
  }

  /** Shows the guide at {@code step}'s page. */
  void showScreen(Window owner, Step step) {
    show(owner, page(step));
  }

  /** Shows the keyboard shortcuts of {@code owner}'s window as they are now. */
  void showShortcuts(Window owner) {
    show(owner, Shortcut.PAGE);
  }

  /** The guide, with the shortcuts page of {@code owner} as it is now, at {@code page}. */
  private void show(Window owner, String page) {
    Scene scene = owner == null ? null : owner.getScene();
    if (scene != null) {
      HelpViewModel model = viewModel();
      model.setGuide(model.guide().with(Shortcut.page(KeyboardShortcuts.of(scene))));
    }
    window().show(owner, page);
  }

  /** The guide's state; read from the README the first time. */
  HelpViewModel viewModel() {
    if (guide == null) {
      guide = new HelpViewModel(HelpGuide.load());
    }
    return guide;
  }

  /** The guide's window, once shown; null before. */
  HelpWindow helpWindow() {
    return window;
  }

  private HelpWindow window() {
    if (window == null) {
      window = new HelpWindow(viewModel());
    }
    return window;
  }
}
