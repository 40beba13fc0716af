package org.motifworkbench.app;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.app.data.SampleLibrary;
import org.motifworkbench.app.lessons.LessonProgressStore;
import org.motifworkbench.app.session.RecentFiles;
import org.motifworkbench.network.DjlRuntime;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The lesson panel's format-2 parts through its controls, headless: objectives and time, a number
 * and a choice prediction (refused, committed, locked), a question answered from the answer key, an
 * explanation with its word count, and instructor mode from the View menu. Uses the test lesson of
 * {@code src/test/resources/lessons-format2}; nothing is trained.
 */
@ExtendWith(ApplicationExtension.class)
class LessonFormatTwoFlowTest {

  private static final Path LESSONS = Path.of("src", "test", "resources", "lessons-format2");

  @TempDir static Path dir;

  private AppContext context;

  @Start
  void start(Stage stage) throws IOException {
    Path samples = dir.resolve("samples");
    copy(LESSONS, samples.resolve("lessons"));
    context =
        new AppContext(
            new SampleLibrary(samples),
            DjlRuntime::start,
            new RecentFiles(null),
            new LessonProgressStore(dir.resolve("progress.json")),
            dir.resolve("lesson-data"));
    new MainWindow(context).show(stage);
  }

  @AfterEach
  void close() throws TimeoutException {
    context.close();
    FxToolkit.cleanupStages();
  }

  @Test
  void predictExplainAndInstructorModeThroughThePanel(FxRobot robot) throws TimeoutException {
    robot.interact(() -> context.lessons().shownProperty().set(true));
    robot.clickOn("#startLesson-predict-first");
    assertTrue(robot.lookup("#lessonObjectives").query().isVisible());
    assertTrue(
        robot
            .lookup(".lesson-objective")
            .queryAs(Label.class)
            .getText()
            .contains("Predict a test"));
    assertFalse(robot.lookup("#lessonKeyPoints").query().isVisible(), "key points come at the end");
    WaitForAsyncUtils.waitFor(60, SECONDS, () -> context.data().getData() != null);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("Step 2 of 7", text(robot, "#lessonPosition"), "the generated data was opened");

    robot.clickOn("#predictNumber").write("1.5");
    robot.clickOn("#commitPrediction");
    assertEquals(
        "\u201c1.5\u201d is outside the range: type a number from 0 to 1.",
        text(robot, "#predictionProblem"));
    robot.interact(() -> robot.lookup("#predictNumber").queryTextInputControl().setText("0.9"));
    robot.clickOn("#commitPrediction");
    assertTrue(text(robot, "#lessonFeedback").startsWith("Your prediction: 0.9."));
    assertTrue(robot.lookup("#predictNumber").query().isDisabled(), "locked once committed");
    assertFalse(robot.lookup("#predictionProblem").query().isVisible());

    robot.clickOn("#lessonNext");
    robot.clickOn("#predictChoice-2");
    robot.clickOn("#commitPrediction");
    assertTrue(
        text(robot, "#lessonFeedback").startsWith("Your prediction: \u201cNegatives\u201d."));
    assertTrue(robot.lookup("#predictChoice-1").query().isDisabled());

    robot.clickOn("#lessonNext");
    robot.clickOn("#lessonNext");
    robot.clickOn("#choice-2");
    robot.clickOn("#answerButton");
    assertEquals(
        "Right. Validation steered training; the test set did not.",
        text(robot, "#lessonFeedback"));

    robot.clickOn("#lessonNext");
    robot.clickOn("#explanationText").write("Never seen");
    assertEquals("2 words \u2014 write at least 5", text(robot, "#explanationWords"));
    assertTrue(robot.lookup("#submitExplanation").query().isDisabled());
    robot.write(" in training, so it is honest.");
    assertEquals("8 words", text(robot, "#explanationWords"));
    robot.clickOn("#submitExplanation");
    assertTrue(text(robot, "#lessonFeedback").startsWith("Kept for your report."));
    assertEquals(
        "Never seen in training, so it is honest.",
        context.lessons().progress().record(5).finalAnswer());

    assertFalse(robot.lookup("#lessonSolution").query().isVisible());
    robot.interact(() -> menuItem(robot, "instructorModeItem").setSelected(true));
    Node solution = robot.lookup("#lessonSolution").query();
    assertTrue(solution.isVisible());
    assertTrue(((Label) solution).getText().startsWith("Model answer: A good answer says"));
    assertTrue(text(robot, "#lessonNotes").startsWith("Instructor notes: Ten minutes"));
  }

  private static CheckMenuItem menuItem(FxRobot robot, String id) {
    MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
    return bar.getMenus().stream()
        .flatMap(m -> m.getItems().stream())
        .filter(i -> id.equals(i.getId()))
        .map(CheckMenuItem.class::cast)
        .findFirst()
        .orElseThrow();
  }

  private static String text(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }

  private static void copy(Path from, Path to) throws IOException {
    try (var files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
  }
}
