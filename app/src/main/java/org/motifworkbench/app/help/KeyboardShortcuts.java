package org.motifworkbench.app.help;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The keyboard shortcuts of a window, read from what it has: the accelerators of its menu bar's
 * items, the scene's own accelerators (named where they are added, with {@link #name}) and the keys
 * every screen shares (Enter, Esc, Tab, F1, the text fields' undo).
 */
public final class KeyboardShortcuts {

  /** The scene property holding the names of the scene's accelerators. */
  private static final String NAMES = KeyboardShortcuts.class.getName() + ".names";

  /** A menu item's property naming it in the list instead of its text (which may change). */
  public static final String ITEM_NAME = KeyboardShortcuts.class.getName() + ".item";

  private KeyboardShortcuts() {}

  /**
   * Records what a scene accelerator does, for the list; call it where the accelerator is added.
   */
  public static void name(Scene scene, KeyCombination keys, String action) {
    names(scene).put(keys, action);
  }

  /**
   * Every shortcut of {@code scene}: menu items first (menu by menu), then the scene's, then fixed.
   */
  public static List<Shortcut> of(Scene scene) {
    Map<KeyCombination, String> found = new LinkedHashMap<>();
    for (Node node : scene.getRoot().lookupAll(".menu-bar")) {
      if (node instanceof MenuBar bar) {
        bar.getMenus().forEach(menu -> collect(menu, menu.getText(), found));
      }
    }
    // the scene's own, by what they do (its map has no order); named ones no longer in the map
    // are left out: the list shows what works now
    Map<KeyCombination, String> named = names(scene);
    List<Shortcut> windows = new ArrayList<>();
    for (KeyCombination keys : scene.getAccelerators().keySet()) {
      String action = found.containsKey(keys) ? null : named.getOrDefault(keys, builtIn(keys));
      if (action != null) {
        windows.add(new Shortcut(keys.getDisplayText(), action));
      }
    }
    windows.sort(Comparator.comparing(Shortcut::action));
    List<Shortcut> out = new ArrayList<>();
    found.forEach((keys, action) -> out.add(new Shortcut(keys.getDisplayText(), action)));
    out.addAll(windows);
    out.addAll(fixed());
    return out;
  }

  /**
   * What JavaFX's own scene accelerators do: F10 opens the menu bar; Enter and Esc (the default and
   * cancel buttons) are among the fixed keys. Null for those and any other.
   */
  private static String builtIn(KeyCombination keys) {
    if (keys instanceof KeyCodeCombination code && code.getCode() == KeyCode.F10) {
      return "opens the menu bar (then the arrow keys)";
    }
    if (keys instanceof KeyCodeCombination code
        && (code.getCode() == KeyCode.ENTER || code.getCode() == KeyCode.ESCAPE)) {
      return null;
    }
    return "an action of the window";
  }

  private static void collect(Menu menu, String path, Map<KeyCombination, String> found) {
    for (MenuItem item : menu.getItems()) {
      if (item instanceof Menu sub) {
        collect(sub, path + " > " + sub.getText(), found);
      } else if (item.getAccelerator() != null) {
        Object name = item.getProperties().get(ITEM_NAME);
        String text = name == null ? item.getText() : name.toString();
        found.putIfAbsent(item.getAccelerator(), path + " > " + text);
      }
    }
  }

  /** The keys every screen has, whatever its menus say. */
  private static List<Shortcut> fixed() {
    String undo = KeyCombination.keyCombination("Shortcut+Z").getDisplayText();
    String redo = KeyCombination.keyCombination("Shortcut+Shift+Z").getDisplayText();
    return List.of(
        new Shortcut("Enter", "the screen's main action (its highlighted button), e.g. Start"),
        new Shortcut("Esc", "closes a dialog or menu; in the user guide, clears the search"),
        new Shortcut("Tab, Shift+Tab", "the next or the previous control"),
        new Shortcut("Space", "presses the button or ticks the box that has the focus"),
        new Shortcut(
            undo + ", " + redo,
            "in a text field while typing: undo or redo the typing (on the Model screen, once"
                + " the field is left, they undo and redo the settings change)"));
  }

  @SuppressWarnings("unchecked") // only this class writes the property, always with this type
  private static Map<KeyCombination, String> names(Scene scene) {
    return (Map<KeyCombination, String>)
        scene.getProperties().computeIfAbsent(NAMES, k -> new LinkedHashMap<>());
  }
}
