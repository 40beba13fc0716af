package org.motifworkbench.app;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.text.Text;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.motifworkbench.app.data.SampleLibrary;
import org.motifworkbench.app.help.HelpPage;
import org.motifworkbench.network.DjlRuntime;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Help inside the app and undo on the Model screen, in the real window: the "?" and F1 open the
 * screen's page of the guide, the search finds and marks pages, Esc clears it; the shortcuts page
 * lists the menus' and the window's keys; Ctrl+Z and Ctrl+Shift+Z undo and redo committed settings,
 * while a field being typed in keeps its own Ctrl+Z. With {@code -Dmwb.shots=<folder>} it saves
 * help-guide.png.
 */
@ExtendWith(ApplicationExtension.class)
class HelpAndUndoFlowTest {

  private static final KeyCodeCombination UNDO =
      new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
  private static final KeyCodeCombination REDO =
      new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
  private static final KeyCodeCombination SELECT_ALL =
      new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN);

  private AppContext context;
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    context = new AppContext(new SampleLibrary(Path.of("..", "samples")), DjlRuntime::start);
    new MainWindow(context).show(stage);
  }

  @AfterEach
  void close() throws TimeoutException {
    context.close();
    FxToolkit.cleanupStages();
  }

  @Test
  void ctrlZUndoesTwoCommittedFieldsAndCtrlShiftZRedoes(FxRobot robot) throws TimeoutException {
    openSampleAndModelScreen(robot);
    int epochs = context.workspace().getSettings().training().epochs();
    MenuItem undoItem = menuItem(robot, "undoItem");
    assertTrue(undoItem.isDisable());

    retype(robot, "#filters", "32");
    retype(robot, "#epochs", "5");
    assertEquals(32, context.workspace().getSettings().network().filters());
    assertEquals(5, context.workspace().getSettings().training().epochs());
    assertFalse(undoItem.isDisable());
    assertEquals("Undo change of Epochs", undoItem.getText());

    robot.push(UNDO);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(epochs, context.workspace().getSettings().training().epochs());
    assertEquals(Integer.toString(epochs), field(robot, "#epochs").getText());
    assertEquals("32", field(robot, "#filters").getText());
    robot.push(UNDO);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("64", field(robot, "#filters").getText());
    assertEquals(64, context.workspace().getSettings().network().filters());
    assertTrue(undoItem.isDisable());

    robot.push(REDO);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("32", field(robot, "#filters").getText());
    assertEquals(32, context.workspace().getSettings().network().filters());
    assertEquals("Redo change of Epochs", menuItem(robot, "redoItem").getText());

    // typing in a field: Ctrl+Z is the field's own undo, the settings history stays
    robot.clickOn("#batchSize").push(SELECT_ALL).write("99");
    assertEquals("99", field(robot, "#batchSize").getText());
    robot.push(UNDO);
    WaitForAsyncUtils.waitForFxEvents();
    assertNotEquals("99", field(robot, "#batchSize").getText());
    assertEquals("32", field(robot, "#filters").getText());
    assertEquals(32, context.workspace().getSettings().network().filters());
  }

  @Test
  void undoIsOnlyOfferedOnTheModelScreen(FxRobot robot) throws TimeoutException {
    openSampleAndModelScreen(robot);
    retype(robot, "#filters", "32");
    assertFalse(menuItem(robot, "undoItem").isDisable());
    robot.clickOn("#step-data");
    WaitForAsyncUtils.waitForFxEvents();
    MenuItem undo = menuItem(robot, "undoItem");
    assertTrue(undo.isDisable());
    assertEquals("Undo (settings on the Model screen)", undo.getText());
    robot.push(UNDO);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(32, context.workspace().getSettings().network().filters());
  }

  @Test
  void theQuestionMarkAndF1OpenTheScreensPageAndTheSearchFindsPages(FxRobot robot)
      throws TimeoutException {
    Button help = robot.lookup("#helpButton").queryAs(Button.class);
    assertEquals("Help for this screen (F1)", help.getTooltip().getText());
    robot.push(KeyCode.F1);
    WaitForAsyncUtils.waitForFxEvents();
    Stage guide = guideWindow(robot);
    assertSame(stage, guide.getOwner());
    assertEquals(Modality.NONE, guide.getModality());
    assertEquals("Data", pageTitle(robot));

    openSampleAndModelScreen(robot);
    robot.clickOn("#helpButton");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("Model", pageTitle(robot));
    assertTrue(pageText(robot).contains("presets"), pageText(robot));

    robot.clickOn("#helpSearch").write("ceiling");
    WaitForAsyncUtils.waitForFxEvents();
    String found = robot.lookup("#helpFound").queryAs(Label.class).getText();
    assertTrue(found.matches("\\d+ pages mention 'ceiling' \\(\\d+ times\\)"), found);
    ListView<HelpPage> pages = robot.lookup("#helpPages").queryListView();
    int listed = pages.getItems().size();
    assertEquals(found.substring(0, found.indexOf(' ')), Integer.toString(listed));
    assertTrue(pages.getItems().stream().allMatch(p -> p.hits("ceiling") > 0));
    assertFalse(marked(robot).isEmpty(), "the words found are marked on the page");
    assertTrue(marked(robot).stream().allMatch(t -> t.getText().equalsIgnoreCase("ceiling")));
    WindowShots.save(robot, guide, "help-guide.png");

    robot.push(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("", robot.lookup("#helpSearch").queryAs(TextField.class).getText());
    assertEquals("", robot.lookup("#helpFound").queryAs(Label.class).getText());
    assertTrue(pages.getItems().size() > listed);
    assertTrue(marked(robot).isEmpty());
  }

  @Test
  void theShortcutsPageListsTheMenusAndTheWindowsKeys(FxRobot robot) {
    robot.interact(() -> menuItem(robot, "shortcutsItem").fire());
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("Keyboard shortcuts", pageTitle(robot));
    String text = pageText(robot);
    String ctrlO = KeyCombination.keyCombination("Shortcut+O").getDisplayText();
    String ctrl2 = KeyCombination.keyCombination("Shortcut+2").getDisplayText();
    String ctrlY = KeyCombination.keyCombination("Shortcut+Y").getDisplayText();
    for (String expected :
        List.of(
            ctrlO + "\nFile > Open data...",
            ctrl2 + "\nGo to step 2, Model",
            ctrlY + "\nEdit > Redo (a settings change, Model screen)",
            "F1\nHelp > Help for this screen",
            "Esc\n")) {
      assertTrue(text.contains(expected), expected + " in\n" + text);
    }
  }

  private void openSampleAndModelScreen(FxRobot robot) throws TimeoutException {
    robot.interact(() -> stage.toFront());
    if (context.data().getData() == null) {
      robot.clickOn("#openSample");
      WaitForAsyncUtils.waitFor(20, SECONDS, () -> context.data().getData() != null);
      WaitForAsyncUtils.waitForFxEvents();
    }
    robot.clickOn("#step-model");
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Selects a field's text, types {@code text} and leaves the field with Tab (one commit). */
  private static void retype(FxRobot robot, String id, String text) {
    robot.clickOn(id).push(SELECT_ALL).write(text).push(KeyCode.TAB);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static TextField field(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(TextField.class);
  }

  private MenuItem menuItem(FxRobot robot, String id) {
    MenuBar bar = robot.from(stage.getScene().getRoot()).lookup("#menuBar").queryAs(MenuBar.class);
    return bar.getMenus().stream()
        .map(Menu::getItems)
        .flatMap(List::stream)
        .filter(i -> id.equals(i.getId()))
        .findFirst()
        .orElseThrow();
  }

  private static Stage guideWindow(FxRobot robot) {
    return robot.listWindows().stream()
        .filter(Stage.class::isInstance)
        .map(Stage.class::cast)
        .filter(w -> w.getTitle() != null && w.getTitle().endsWith("User guide"))
        .filter(Window::isShowing)
        .findFirst()
        .orElseThrow();
  }

  private static String pageTitle(FxRobot robot) {
    return robot.lookup("#helpPageTitle").queryAs(Label.class).getText();
  }

  /** The page's text, a line per text flow (a table cell, a paragraph). */
  private static String pageText(FxRobot robot) {
    Node content = robot.lookup("#helpPageContent").query();
    return robot.from(content).lookup(".help-flow").queryAll().stream()
        .map(
            flow ->
                robot.from(flow).lookup((Node n) -> n instanceof Text).queryAll().stream()
                    .map(n -> ((Text) n).getText())
                    .collect(Collectors.joining()))
        .collect(Collectors.joining("\n"));
  }

  private static List<Text> marked(FxRobot robot) {
    return robot.lookup(".help-hit").queryAll().stream().map(Text.class::cast).toList();
  }
}
