package org.motifworkbench.app.lessons;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The lesson side panel: the lesson list, or the chosen lesson's objectives and time, its steps
 * with the current step's instruction, check status, hint, question, prediction or explanation and
 * Back/Next, and its key points at the end; in instructor mode also the solution and the notes.
 * Layout and bindings only.
 */
public final class LessonPanel {

  private static final double WIDTH = 340;

  private final LessonViewModel viewModel;
  private final VBox root = new VBox();
  private final VBox listPage = new VBox();
  private final VBox lessonPage = new VBox();
  private final VBox stepList = new VBox();
  private final VBox stepBody = new VBox();
  private final VBox runsBox = new VBox();
  private final VBox predictionsBox = new VBox();
  private final VBox objectivesBox = new VBox();
  private final VBox keyPointsBox = new VBox();
  private final Label status = wrapped("", "lesson-status");
  private final ScrollPane lessonScroll;

  public LessonPanel(LessonViewModel viewModel) {
    this.viewModel = viewModel;
    root.getStyleClass().add("lesson-panel");
    root.setId("lessonPanel");
    root.setPrefWidth(WIDTH);
    root.setMinWidth(WIDTH);
    root.setMaxWidth(WIDTH);
    root.visibleProperty().bind(viewModel.shownProperty());
    root.managedProperty().bind(viewModel.shownProperty());
    lessonScroll = scrolled(lessonPage);
    root.getChildren().addAll(header(), scrolled(listPage), lessonScroll, footer());
    buildLessonPage();
    fillList();
    viewModel.lessonProperty().addListener((obs, old, lesson) -> showPage());
    viewModel.listVersionProperty().addListener((obs, old, now) -> showPage());
    viewModel.stepProperty().addListener((obs, old, step) -> fillStep());
    viewModel.answerProperty().addListener((obs, old, answer) -> fillStep());
    viewModel.stepLines().addListener((ListChangeListener<StepLine>) c -> fillStepList());
    viewModel.runs().addListener((ListChangeListener<String>) c -> fillRuns());
    viewModel.predictions().addListener((ListChangeListener<String>) c -> fillPredictions());
    showPage();
  }

  public Node root() {
    return root;
  }

  private Node header() {
    Label title = styled(new Label("Lessons"), "lesson-panel-title");
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    Button close = new Button("\u2715");
    close.setId("lessonClose");
    close.getStyleClass().add("lesson-close");
    close.setOnAction(e -> viewModel.shownProperty().set(false));
    HBox bar = new HBox(title, spacer, close);
    bar.getStyleClass().add("lesson-header");
    return bar;
  }

  private ScrollPane scrolled(VBox page) {
    page.getStyleClass().add("lesson-page");
    ScrollPane scroll = new ScrollPane(page);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("lesson-scroll");
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    VBox.setVgrow(scroll, Priority.ALWAYS);
    scroll.visibleProperty().bind(page.visibleProperty());
    scroll.managedProperty().bind(page.visibleProperty());
    return scroll;
  }

  private Node footer() {
    Button back = button("\u2190 Back", "lessonBack", viewModel::back);
    back.disableProperty().bind(viewModel.canBackProperty().not());
    Button next = button("Next \u2192", "lessonNext", viewModel::next);
    next.disableProperty().bind(viewModel.canNextProperty().not());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    Button reset = button("Reset lesson", "lessonReset", viewModel::requestReset);
    reset.getStyleClass().add("lesson-reset");
    HBox bar = new HBox(back, next, spacer, reset);
    bar.getStyleClass().add("lesson-footer");
    bar.visibleProperty().bind(viewModel.lessonProperty().isNotNull());
    bar.managedProperty().bind(bar.visibleProperty());
    return bar;
  }

  private void showPage() {
    boolean inLesson = viewModel.lessonProperty().get() != null;
    listPage.setVisible(!inLesson);
    lessonPage.setVisible(inLesson);
    if (!inLesson) {
      fillList();
    } else {
      fillObjectives();
    }
  }

  /** Minutes and objectives at the top of the lesson, key points for its end (format 2). */
  private void fillObjectives() {
    Lesson lesson = viewModel.lessonProperty().get();
    objectivesBox.getChildren().clear();
    keyPointsBox.getChildren().clear();
    if (lesson.minutes() > 0) {
      objectivesBox
          .getChildren()
          .add(styled(new Label("About " + lesson.minutes() + " min"), "lesson-minutes"));
    }
    if (!lesson.objectives().isEmpty()) {
      objectivesBox
          .getChildren()
          .add(styled(new Label("You will be able to"), "lesson-objectives-title"));
      lesson
          .objectives()
          .forEach(
              o -> objectivesBox.getChildren().add(wrapped("\u2022 " + o, "lesson-objective")));
    }
    objectivesBox.setVisible(!objectivesBox.getChildren().isEmpty());
    objectivesBox.setManaged(objectivesBox.isVisible());
    if (!lesson.keyPoints().isEmpty()) {
      keyPointsBox.getChildren().add(styled(new Label("Key points"), "lesson-key-points-title"));
      lesson
          .keyPoints()
          .forEach(k -> keyPointsBox.getChildren().add(wrapped("\u2022 " + k, "lesson-key-point")));
    }
  }

  private void fillList() {
    listPage
        .getChildren()
        .setAll(
            wrapped(
                "Choose a lesson. Each one walks you through the "
                    + "workbench step by step and ticks each step when you have done it.",
                "lesson-intro"));
    for (Lesson lesson : viewModel.lessons()) {
      Label title = styled(wrapped(lesson.title(), null), "lesson-card-title");
      Label summary = wrapped(lesson.summary(), "lesson-card-summary");
      String minutes = lesson.minutes() > 0 ? "About " + lesson.minutes() + " min \u00b7 " : "";
      Label meta =
          styled(
              new Label(
                  minutes + lesson.size() + " steps \u00b7 " + viewModel.progressText(lesson)),
              "lesson-card-meta");
      Button start =
          button(
              viewModel.progressText(lesson).equals("Not started") ? "Start" : "Continue",
              "startLesson-" + lesson.id(),
              () -> viewModel.requestStart(lesson));
      start.getStyleClass().add("lesson-action");
      VBox card = new VBox(title, summary, meta, start);
      card.getStyleClass().add("lesson-card");
      listPage.getChildren().add(card);
    }
    for (String problem : viewModel.problems()) {
      listPage.getChildren().add(wrapped(problem, "lesson-problem"));
    }
  }

  private void buildLessonPage() {
    Hyperlink all = new Hyperlink("\u2190 All lessons");
    all.setId("lessonList");
    all.setOnAction(e -> viewModel.leave());
    Label title = styled(wrapped("", null), "lesson-title");
    title.setId("lessonTitle");
    title
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.createStringBinding(
                () ->
                    viewModel.lessonProperty().get() == null
                        ? ""
                        : viewModel.lessonProperty().get().title(),
                viewModel.lessonProperty()));
    Label position = styled(new Label(), "lesson-position");
    position.setId("lessonPosition");
    position.textProperty().bind(viewModel.positionProperty());
    ProgressBar bar = new ProgressBar(0);
    bar.setMaxWidth(Double.MAX_VALUE);
    bar.getStyleClass().add("lesson-progress");
    viewModel
        .stepLines()
        .addListener(
            (ListChangeListener<StepLine>)
                c ->
                    bar.setProgress(
                        viewModel.stepLines().stream().filter(StepLine::done).count()
                            / (double) Math.max(1, viewModel.stepLines().size())));
    Label finished = wrapped("\u2714 Lesson complete. Well done!", "lesson-finished");
    finished.setId("lessonFinished");
    finished.visibleProperty().bind(viewModel.finishedProperty());
    finished.managedProperty().bind(viewModel.finishedProperty());
    status.setId("lessonStatus");
    status.textProperty().bind(viewModel.statusProperty());
    viewModel.stepDoneProperty().addListener((obs, old, done) -> markDone(status, done));
    markDone(status, false);
    stepList.getStyleClass().add("lesson-steps");
    stepBody.getStyleClass().add("lesson-step");
    runsBox.getStyleClass().add("lesson-runs");
    predictionsBox.getStyleClass().add("lesson-runs");
    predictionsBox.setId("lessonPredictions");
    objectivesBox.getStyleClass().add("lesson-objectives");
    objectivesBox.setId("lessonObjectives");
    keyPointsBox.getStyleClass().add("lesson-key-points");
    keyPointsBox.setId("lessonKeyPoints");
    keyPointsBox.visibleProperty().bind(viewModel.lastStepClosedProperty());
    keyPointsBox.managedProperty().bind(viewModel.lastStepClosedProperty());
    Label notes = wrapped("", "lesson-notes");
    notes.setId("lessonNotes");
    notes
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.concat("Instructor notes: ", viewModel.notesProperty()));
    notes.visibleProperty().bind(viewModel.notesProperty().isNotEmpty());
    notes.managedProperty().bind(notes.visibleProperty());
    // The "complete" line and the key points sit above the steps: at the end the last step's text
    // is long and a line below it would be out of sight.
    lessonPage
        .getChildren()
        .setAll(
            all,
            title,
            objectivesBox,
            notes,
            position,
            bar,
            finished,
            keyPointsBox,
            stepList,
            stepBody,
            predictionsBox,
            runsBox);
  }

  private void fillPredictions() {
    predictionsBox.getChildren().clear();
    if (!viewModel.predictions().isEmpty()) {
      predictionsBox
          .getChildren()
          .add(styled(new Label("Your predictions and the results"), "lesson-runs-title"));
      viewModel
          .predictions()
          .forEach(r -> predictionsBox.getChildren().add(wrapped(r, "lesson-run")));
    }
    predictionsBox.setVisible(!viewModel.predictions().isEmpty());
    predictionsBox.setManaged(predictionsBox.isVisible());
  }

  private void fillStepList() {
    stepList.getChildren().clear();
    for (StepLine line : viewModel.stepLines()) {
      String mark =
          line.done() ? "\u2714" : line.wrong() ? "\u2718" : line.current() ? "\u25b6" : "\u2022";
      Label label = wrapped(mark + "  " + line.number() + ". " + line.title(), "lesson-step-line");
      label.setId("stepLine-" + line.number());
      if (line.done()) {
        label.getStyleClass().add("done");
      }
      if (line.wrong()) {
        label.getStyleClass().add("wrong");
      }
      if (line.current()) {
        label.getStyleClass().add("current");
      }
      stepList.getChildren().add(label);
    }
  }

  private void fillRuns() {
    runsBox.getChildren().clear();
    if (!viewModel.runs().isEmpty()) {
      runsBox.getChildren().add(styled(new Label("Your training runs"), "lesson-runs-title"));
      viewModel.runs().forEach(r -> runsBox.getChildren().add(wrapped(r, "lesson-run")));
    }
    runsBox.setVisible(!viewModel.runs().isEmpty());
    runsBox.setManaged(runsBox.isVisible());
  }

  private void fillStep() {
    stepBody.getChildren().clear();
    LessonStep step = viewModel.stepProperty().get();
    if (step == null) {
      return;
    }
    stepBody.getChildren().add(styled(wrapped(step.title(), null), "lesson-step-title"));
    Label instruction = wrapped(step.instruction(), "lesson-instruction");
    instruction.setId("lessonInstruction");
    stepBody.getChildren().add(instruction);
    if (step.data() != null) {
      Button open =
          button("Open " + step.data().describe(), "lessonOpenData", viewModel::openStepData);
      // "Open a generated promoter-clean data set (8,000 sequences)" is wider than the panel.
      open.setWrapText(true);
      open.setMinHeight(Region.USE_PREF_SIZE);
      stepBody.getChildren().add(open);
    }
    if (step.check() instanceof Check.Question q) {
      QuestionBox question = new QuestionBox(viewModel, q);
      stepBody.getChildren().add(question.root());
      // The verdict appears below the Answer button, often below the panel's fold.
      question
          .feedback()
          .textProperty()
          .addListener((obs, old, text) -> Platform.runLater(() -> scrollTo(question.feedback())));
      if (!question.feedback().getText().isEmpty()) {
        Platform.runLater(() -> scrollTo(question.feedback()));
      }
    } else if (step.check() instanceof Check.Predict p) {
      stepBody.getChildren().add(StepInputs.prediction(viewModel, p));
    } else if (step.check() instanceof Check.Explain x) {
      stepBody.getChildren().add(StepInputs.explanation(viewModel, x));
    } else if (step.check() instanceof Check.Manual m) {
      Button confirm = button(m.button(), "lessonConfirm", viewModel::confirm);
      confirm.getStyleClass().add("lesson-action");
      confirm.disableProperty().bind(viewModel.stepDoneProperty());
      stepBody.getChildren().add(confirm);
    }
    stepBody.getChildren().add(status);
    Label solution = wrapped("", "lesson-solution");
    solution.setId("lessonSolution");
    solution.textProperty().bind(viewModel.solutionProperty());
    solution.visibleProperty().bind(viewModel.solutionProperty().isNotEmpty());
    solution.managedProperty().bind(solution.visibleProperty());
    stepBody.getChildren().add(solution);
    if (step.hint() != null) {
      Button hint =
          button(
              "Show hint",
              "showHint",
              () -> viewModel.hintShownProperty().set(!viewModel.hintShownProperty().get()));
      hint.getStyleClass().add("lesson-hint-button");
      hint.textProperty()
          .bind(
              javafx.beans.binding.Bindings.when(viewModel.hintShownProperty())
                  .then("Hide hint")
                  .otherwise("Show hint"));
      Label text = wrapped(step.hint(), "lesson-hint");
      text.setId("lessonHint");
      text.visibleProperty().bind(viewModel.hintShownProperty());
      text.managedProperty().bind(viewModel.hintShownProperty());
      stepBody.getChildren().addAll(hint, text);
    }
  }

  /** Scrolls the lesson page just far enough that {@code node} is seen. */
  private void scrollTo(Node node) {
    if (node.getScene() == null || !node.isVisible()) {
      return;
    }
    lessonScroll.applyCss();
    lessonScroll.layout();
    Node content = lessonScroll.getContent();
    double bottom = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMaxY();
    double viewport = lessonScroll.getViewportBounds().getHeight();
    double hidden = content.getBoundsInLocal().getHeight() - viewport;
    if (hidden > 0) {
      lessonScroll.setVvalue(
          Math.max(lessonScroll.getVvalue(), Math.min(1, (bottom + 8 - viewport) / hidden)));
    }
  }

  private static void markDone(Label status, boolean done) {
    status.getStyleClass().removeAll("done", "waiting");
    status.getStyleClass().add(done ? "done" : "waiting");
  }

  static Label wrapped(String text, String styleClass) {
    Label label = new Label(text);
    label.setWrapText(true);
    label.setMinHeight(Region.USE_PREF_SIZE);
    if (styleClass != null) {
      label.getStyleClass().add(styleClass);
    }
    return label;
  }

  private static Label styled(Label label, String styleClass) {
    label.getStyleClass().add(styleClass);
    return label;
  }

  static Button button(String text, String id, Runnable action) {
    Button button = new Button(text);
    button.setId(id);
    button.setOnAction(e -> action.run());
    return button;
  }

  /**
   * A question's choices, the Answer and Show answer buttons and, once answered, the verdict: right
   * with the explanation, or wrong with "try again" (then the answer after a second wrong try).
   */
  private static final class QuestionBox {
    private final VBox root = new VBox();
    private final Label feedback = wrapped("", "lesson-feedback");

    QuestionBox(LessonViewModel viewModel, Check.Question q) {
      root.getStyleClass().add("lesson-question");
      root.getChildren().add(styled(wrapped(q.question(), null), "lesson-question-text"));
      ToggleGroup group = new ToggleGroup();
      Integer answered = viewModel.answerProperty().get();
      for (int i = 0; i < q.choices().size(); i++) {
        RadioButton choice = new RadioButton(q.choices().get(i));
        choice.setId("choice-" + (i + 1));
        choice.setWrapText(true);
        // Without it a long wrapped choice loses its last line to an ellipsis.
        choice.setMinHeight(Region.USE_PREF_SIZE);
        choice.setUserData(i);
        choice.setToggleGroup(group);
        choice.setSelected(answered != null && answered == i);
        root.getChildren().add(choice);
      }
      Button answer =
          button(
              answered == null ? "Answer" : "Answer again",
              "answerButton",
              () -> viewModel.answer((Integer) group.getSelectedToggle().getUserData()));
      answer.getStyleClass().add("lesson-action");
      answer
          .disableProperty()
          .bind(group.selectedToggleProperty().isNull().or(viewModel.canAnswerProperty().not()));
      Button show = button("Show answer", "showAnswer", viewModel::showAnswer);
      show.visibleProperty().bind(viewModel.canAnswerProperty());
      show.managedProperty().bind(show.visibleProperty());
      feedback.setId("lessonFeedback");
      feedback.textProperty().bind(viewModel.feedbackProperty());
      markWrong(feedback, viewModel.answerWrongProperty().get());
      viewModel.answerWrongProperty().addListener((obs, old, wrong) -> markWrong(feedback, wrong));
      feedback.visibleProperty().bind(viewModel.feedbackProperty().isNotEmpty());
      feedback.managedProperty().bind(feedback.visibleProperty());
      root.getChildren().addAll(new HBox(8, answer, show), feedback);
    }

    Node root() {
      return root;
    }

    Label feedback() {
      return feedback;
    }

    private static void markWrong(Label feedback, boolean wrong) {
      feedback.getStyleClass().removeAll("right", "wrong");
      feedback.getStyleClass().add(wrong ? "wrong" : "right");
    }
  }
}
