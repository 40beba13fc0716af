package org.motifworkbench.app.lessons;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.motifworkbench.app.dialog.DialogService;
import org.motifworkbench.app.lessons.LessonProgress.Run;

/**
 * State and commands of the lesson panel: the lesson list, the chosen lesson's current step with
 * its check status, hint and question, and Back/Next/Reset. Whenever the workbench changes, the
 * current step's check is evaluated against what the student did since the lesson started (not what
 * was there before); a passing step is ticked and the next one shown. A wrong answer is marked
 * wrong and offers the hint; the answer is shown after a second wrong try or on request, and the
 * step stays without a tick. A prediction is committed once, before the step that measures it, and
 * shown beside the measured value when that step closes; an explanation is kept once it has enough
 * words. Instructor mode shows each step's solution and the lesson's notes. Progress, with the
 * student's first and final answers, is saved after every change.
 */
public final class LessonViewModel {

  private final DialogService dialogs;
  private final LessonSignals signals;
  private final LessonActions actions;
  private final LessonProgressStore store;
  private final Clock clock;

  private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown");
  private final ObservableList<Lesson> lessons = FXCollections.observableArrayList();
  private final ObservableList<String> problems = FXCollections.observableArrayList();
  private final ReadOnlyObjectWrapper<Lesson> lesson = new ReadOnlyObjectWrapper<>(this, "lesson");
  private final ReadOnlyObjectWrapper<LessonStep> step = new ReadOnlyObjectWrapper<>(this, "step");
  private final ObservableList<StepLine> stepLines = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper(this, "position", "");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
  private final ReadOnlyBooleanWrapper stepDone = new ReadOnlyBooleanWrapper(this, "stepDone");
  private final BooleanProperty hintShown = new SimpleBooleanProperty(this, "hintShown");
  private final ReadOnlyObjectWrapper<Integer> answer = new ReadOnlyObjectWrapper<>(this, "answer");
  private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper(this, "feedback", "");
  private final ReadOnlyBooleanWrapper answerWrong =
      new ReadOnlyBooleanWrapper(this, "answerWrong");
  private final ReadOnlyBooleanWrapper canAnswer = new ReadOnlyBooleanWrapper(this, "canAnswer");
  private final ReadOnlyBooleanWrapper canBack = new ReadOnlyBooleanWrapper(this, "canBack");
  private final ReadOnlyBooleanWrapper canNext = new ReadOnlyBooleanWrapper(this, "canNext");
  private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");
  private final ReadOnlyBooleanWrapper lastStepClosed =
      new ReadOnlyBooleanWrapper(this, "lastStepClosed");
  private final ObservableList<String> runs = FXCollections.observableArrayList();
  private final ReadOnlyBooleanWrapper canPredict = new ReadOnlyBooleanWrapper(this, "canPredict");
  private final ReadOnlyStringWrapper predictionProblem =
      new ReadOnlyStringWrapper(this, "predictionProblem", "");
  private final ObservableList<String> predictions = FXCollections.observableArrayList();
  private final StringProperty explanationText =
      new SimpleStringProperty(this, "explanationText", "");
  private final ReadOnlyStringWrapper wordCount = new ReadOnlyStringWrapper(this, "wordCount", "");
  private final ReadOnlyBooleanWrapper canSubmitExplanation =
      new ReadOnlyBooleanWrapper(this, "canSubmitExplanation");
  private final BooleanProperty instructorMode = new SimpleBooleanProperty(this, "instructorMode");
  private final ReadOnlyStringWrapper solution = new ReadOnlyStringWrapper(this, "solution", "");
  private final ReadOnlyStringWrapper notes = new ReadOnlyStringWrapper(this, "notes", "");
  private final ReadOnlyIntegerWrapper listVersion =
      new ReadOnlyIntegerWrapper(this, "listVersion");
  // Read-only views kept in fields: a fresh wrapper per call holds the source's listener only
  // weakly, so the panel's listeners on it could be collected.
  private final ObservableList<StepLine> readOnlyStepLines =
      FXCollections.unmodifiableObservableList(stepLines);
  private final ObservableList<String> readOnlyRuns =
      FXCollections.unmodifiableObservableList(runs);
  private final ObservableList<String> readOnlyPredictions =
      FXCollections.unmodifiableObservableList(predictions);
  private LessonProgress progress = LessonProgress.start();

  /** The workbench when each lesson was started in this session: what was there does not count. */
  private final java.util.Map<String, LessonState> starts = new java.util.HashMap<>();

  /** The model already seen, so each finished run is recorded once. */
  private long seenModel = -1;

  /**
   * @param dialogs asks before a lesson replaces an unsaved model or starts over
   */
  public LessonViewModel(
      LessonLibrary library,
      LessonSignals signals,
      LessonActions actions,
      LessonProgressStore store,
      DialogService dialogs) {
    this(library, signals, actions, store, dialogs, Clock.systemUTC());
  }

  /**
   * @param dialogs asks before a lesson replaces an unsaved model or starts over
   * @param clock gives the times the student's record keeps
   */
  public LessonViewModel(
      LessonLibrary library,
      LessonSignals signals,
      LessonActions actions,
      LessonProgressStore store,
      DialogService dialogs,
      Clock clock) {
    this.dialogs = dialogs;
    this.clock = clock;
    this.signals = signals;
    this.actions = actions;
    this.store = store;
    lessons.setAll(library.lessons());
    problems.setAll(library.problems());
    LessonState now = signals.state();
    seenModel = now.model() == null ? -1 : now.model().serial();
    instructorMode.set(store.instructorMode());
    instructorMode.addListener(
        (obs, old, on) -> {
          store.setInstructorMode(on);
          publish(lesson.get() == null ? null : lessonState());
        });
    explanationText.addListener((obs, old, text) -> countWords());
    signals.addListener(this::refresh);
  }

  /** Whether the panel is shown (View > Lessons). */
  public BooleanProperty shownProperty() {
    return shown;
  }

  public ObservableList<Lesson> lessons() {
    return FXCollections.unmodifiableObservableList(lessons);
  }

  /** Lesson files that could not be read, one message each. */
  public ObservableList<String> problems() {
    return FXCollections.unmodifiableObservableList(problems);
  }

  /** "Not started", "At step 3 of 8" or "Completed". */
  public String progressText(Lesson l) {
    if (!store.started(l.id())) {
      return "Not started";
    }
    LessonProgress p = store.get(l.id());
    return closedSteps(p, l.size()) == l.size()
        ? "Completed"
        : "At step " + (p.current() + 1) + " of " + l.size();
  }

  /** True when starting would lead to replacing a trained model that is not saved. */
  public boolean startReplacesUnsavedModel(Lesson chosen) {
    LessonState.ModelFacts model = signals.state().model();
    return model != null && !model.saved() && !store.started(chosen.id());
  }

  /**
   * Shows {@code chosen} where the student left it, on the screen its step needs. A lesson begun
   * afresh opens its data set and applies its settings. Only what the student does from now on (in
   * this session) ticks its steps.
   */
  public void start(Lesson chosen) {
    starts.computeIfAbsent(chosen.id(), id -> signals.state());
    boolean fresh = !store.started(chosen.id());
    progress = store.get(chosen.id());
    lesson.set(chosen);
    if (fresh) {
      progress = progress.withStarted(now());
      store.put(chosen.id(), progress);
      actions.applySettings(chosen.settings());
      if (chosen.data() != null) {
        actions.openData(chosen.data());
      }
    }
    int at = Math.min(progress.current(), chosen.size() - 1);
    String screen = chosen.step(at).check().doneOn();
    if (screen != null) {
      actions.showScreen(screen);
    }
    showStep(at);
  }

  /**
   * Starts {@code chosen} as {@link #start} does, after asking whether to replace a trained model
   * that is not saved ({@link #startReplacesUnsavedModel}); nothing happens when the user declines.
   */
  public void requestStart(Lesson chosen) {
    if (startReplacesUnsavedModel(chosen)
        && !dialogs.confirm(
            null,
            "Replace the unsaved model?",
            "The lesson opens its own data and you will train new models: your current model, which "
                + "is not saved, will be replaced. Save it first with File > Save model if you want "
                + "to keep it.",
            "Start the lesson")) {
      return;
    }
    start(chosen);
  }

  /** Starts the lesson over ({@link #reset}) once the user confirms. */
  public void requestReset() {
    if (dialogs.confirm(
        null,
        "Start the lesson over?",
        "All ticks, answers and recorded runs of this lesson are cleared.",
        "Start over")) {
      reset();
    }
  }

  /** Clears every lesson's progress and the recent files ({@link #resetAll}) once confirmed. */
  public void requestResetAll() {
    if (dialogs.confirm(
        null,
        "Reset all lessons?",
        "Every lesson's ticks, answers, predictions, explanations and training runs are cleared, "
            + "and the list of recently opened files is emptied, so every lesson starts afresh. "
            + "The name for your report is kept.",
        "Reset all lessons")) {
      resetAll();
    }
  }

  /**
   * Clears every lesson's progress and the list of recent files, and shows the lesson list; the
   * student's name (for the report) stays.
   */
  public void resetAll() {
    store.clear();
    starts.clear();
    progress = LessonProgress.start();
    leave();
    actions.forgetRecentFiles();
    listVersion.set(listVersion.get() + 1);
  }

  /** Back to the lesson list; progress stays. */
  public void leave() {
    lesson.set(null);
    step.set(null);
  }

  /** Starts the lesson over: no step done, no answers, no runs. */
  public void reset() {
    Lesson current = lesson.get();
    if (current != null) {
      store.remove(current.id());
      starts.remove(current.id());
      start(current);
    }
  }

  public void back() {
    if (canBack.get()) {
      showStep(progress.current() - 1);
    }
  }

  public void next() {
    if (canNext.get()) {
      showStep(progress.current() + 1);
    }
  }

  /**
   * Answers the question step with the choice at {@code index} (from 0): a right answer ticks the
   * step; a wrong one is marked wrong and shows the hint, and a second wrong one shows the answer.
   */
  public void answer(int index) {
    if (step.get() != null
        && step.get().check() instanceof Check.Question q
        && index >= 0
        && index < q.choices().size()
        && !progress.isClosed(progress.current())) {
      int at = progress.current();
      progress =
          progress
              .withAnswer(at, index)
              .withRecord(at, q.choices().get(index), index == q.answer(), now());
      if (index == q.answer()) {
        progress = progress.withDone(at);
      } else {
        progress = progress.withWrongTry(at);
        if (progress.wrongTries(at) >= 2) {
          progress = progress.withRevealed(at);
        } else if (step.get().hint() != null) {
          hintShown.set(true);
        }
      }
      save();
      publish(lessonState());
    }
  }

  /** Shows the answer of the question step; the step is closed without a tick. */
  public void showAnswer() {
    if (step.get() != null
        && step.get().check() instanceof Check.Question
        && !progress.isClosed(progress.current())) {
      progress = progress.withRevealed(progress.current());
      save();
      publish(lessonState());
    }
  }

  /**
   * Commits the choice at {@code index} (from 0) as the shown predict step's prediction: the step
   * is ticked (a prediction is never wrong) and the prediction cannot be changed.
   */
  public void commitPrediction(int index) {
    if (canPredict.get()
        && step.get().check() instanceof Check.Predict p
        && p.isChoice()
        && index >= 0
        && index < p.choices().size()) {
      int at = progress.current();
      progress =
          progress
              .withAnswer(at, index)
              .withRecord(at, p.choices().get(index), false, now())
              .withDone(at);
      save();
      publish(lessonState());
    }
  }

  /**
   * Commits the number typed as the shown predict step's prediction, as typed; a text that is no
   * number in the allowed range is refused with {@link #predictionProblemProperty}.
   */
  public void commitPrediction(String typed) {
    if (canPredict.get() && step.get().check() instanceof Check.Predict p && !p.isChoice()) {
      String problem = PredictionText.problem(p, typed);
      predictionProblem.set(problem == null ? "" : problem);
      if (problem != null) {
        return;
      }
      int at = progress.current();
      progress = progress.withRecord(at, typed.strip(), false, now()).withDone(at);
      save();
      publish(lessonState());
    }
  }

  /**
   * Keeps the explanation typed ({@link #explanationTextProperty}) when it has enough words: the
   * step is ticked. Submitting again replaces the final answer; the first one stays in the record.
   */
  public void submitExplanation() {
    if (canSubmitExplanation.get() && step.get().check() instanceof Check.Explain) {
      int at = progress.current();
      progress = progress.withRecord(at, explanationText.get().strip(), false, now()).withDone(at);
      save();
      publish(lessonState());
    }
  }

  /** The student says a manual step is done; the next step is shown. */
  public void confirm() {
    if (step.get() != null && step.get().check() instanceof Check.Manual) {
      progress = progress.withDone(progress.current());
      save();
      if (progress.current() + 1 < lesson.get().size()) {
        showStep(progress.current() + 1);
      } else {
        publish(lessonState());
      }
    }
  }

  /** Opens the data set the current step offers. */
  public void openStepData() {
    if (step.get() != null && step.get().data() != null) {
      actions.openData(step.get().data());
    }
  }

  /** Evaluates the current step's check against the workbench as it is now. */
  public void refresh() {
    LessonState seen = signals.state();
    recordRun(seen);
    Lesson current = lesson.get();
    if (current == null) {
      return;
    }
    LessonState state = sinceStart(seen);
    boolean moved = false;
    while (true) {
      int at = progress.current();
      Check check = current.step(at).check();
      if (progress.isDone(at) || check.confirmedByStudent() || !check.passes(state)) {
        break;
      }
      progress = progress.withDone(at);
      moved = true;
      if (at + 1 >= current.size()) {
        break;
      }
      progress = progress.at(at + 1);
      hintShown.set(false);
    }
    if (moved) {
      save();
      step.set(current.step(progress.current()));
      stepShown();
    }
    LessonProgress measured = PredictionText.captureResults(current, progress, signals);
    if (!measured.equals(progress)) {
      progress = measured;
      save();
    }
    publish(state);
  }

  /** Fills the explanation box with what the student submitted to the shown step, if anything. */
  private void stepShown() {
    LessonProgress.StepRecord record = progress.record(progress.current());
    boolean explain = step.get() != null && step.get().check() instanceof Check.Explain;
    explanationText.set(explain && record != null ? record.finalAnswer() : "");
    predictionProblem.set("");
  }

  private void countWords() {
    LessonStep shownStep = step.get();
    if (shownStep == null || !(shownStep.check() instanceof Check.Explain x)) {
      wordCount.set("");
      canSubmitExplanation.set(false);
      return;
    }
    int words = Check.Explain.words(explanationText.get());
    LessonProgress.StepRecord record = progress.record(progress.current());
    wordCount.set(
        (words == 1 ? "1 word" : words + " words")
            + (words < x.minWords() ? " \u2014 write at least " + x.minWords() : ""));
    canSubmitExplanation.set(
        words >= x.minWords()
            && (record == null || !record.finalAnswer().equals(explanationText.get().strip())));
  }

  /** The workbench as the shown lesson sees it: only what happened since it started. */
  private LessonState lessonState() {
    return sinceStart(signals.state());
  }

  private LessonState sinceStart(LessonState seen) {
    LessonState start = starts.get(lesson.get().id());
    return (start == null ? seen : seen.since(start)).withRuns(progress.runs().size());
  }

  private static int closedSteps(LessonProgress p, int size) {
    return (int) java.util.stream.IntStream.range(0, size).filter(p::isClosed).count();
  }

  private void showStep(int index) {
    progress = progress.at(index);
    save();
    hintShown.set(false);
    step.set(lesson.get().step(index));
    stepShown();
    refresh();
  }

  private String now() {
    return Instant.now(clock).toString();
  }

  private void recordRun(LessonState state) {
    LessonState.ModelFacts model = state.model();
    long serial = model == null ? -1 : model.serial();
    if (serial == seenModel) {
      return;
    }
    seenModel = serial;
    if (lesson.get() != null && model != null && model.justTrained()) {
      progress =
          progress.withRun(
              new Run(
                  model.attention() ? "attention" : "max",
                  model.testAccuracy(),
                  state.validationAccuracy(),
                  state.dataName(),
                  model.seed(),
                  now()));
      save();
    }
  }

  private void publish(LessonState state) {
    Lesson current = lesson.get();
    if (current == null) {
      solution.set("");
      notes.set("");
      return;
    }
    int at = progress.current();
    LessonStep shownStep = current.step(at);
    position.set("Step " + (at + 1) + " of " + current.size());
    boolean done = progress.isDone(at);
    boolean revealed = progress.isRevealed(at) && !done;
    stepDone.set(done);
    status.set(
        done
            ? "\u2714 Done"
            : revealed && shownStep.check() instanceof Check.Predict
                ? "\u2718 No prediction was made in time"
                : revealed
                    ? "\u2718 Not answered right: the answer is shown"
                    : "Waiting for " + shownStep.check().waitingFor(state));
    answer.set(progress.answers().get(at));
    boolean question = shownStep.check() instanceof Check.Question;
    answerWrong.set(question && !done && answer.get() != null);
    canAnswer.set(question && !progress.isClosed(at));
    feedback.set(AnswerFeedback.text(shownStep, progress, at));
    canPredict.set(
        shownStep.check() instanceof Check.Predict p
            && progress.record(at) == null
            && !progress.isClosed(at)
            && !progress.isClosed(p.revealAfter()));
    countWords();
    solution.set(instructorMode.get() ? AnswerFeedback.solution(shownStep) : "");
    notes.set(instructorMode.get() && current.notes() != null ? current.notes() : "");
    predictions.setAll(PredictionText.lines(current, progress));
    canBack.set(at > 0);
    canNext.set(at + 1 < current.size());
    finished.set(closedSteps(progress, current.size()) == current.size());
    lastStepClosed.set(progress.isClosed(current.size() - 1));
    stepLines.setAll(
        java.util.stream.IntStream.range(0, current.size())
            .mapToObj(
                i ->
                    new StepLine(
                        i + 1,
                        current.step(i).title(),
                        progress.isDone(i),
                        i == at,
                        progress.isRevealed(i) && !progress.isDone(i)))
            .toList());
    runs.setAll(runLines(progress.runs()));
  }

  static List<String> runLines(List<Run> runs) {
    List<String> lines = new java.util.ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      Run r = runs.get(i);
      lines.add(
          String.format(
              Locale.ROOT,
              "Run %d: %s pooling, test accuracy %s",
              i + 1,
              r.pooling(),
              Double.isNaN(r.testAccuracy())
                  ? "unknown"
                  : String.format(Locale.ROOT, "%.3f", r.testAccuracy())));
    }
    return lines;
  }

  private void save() {
    Lesson current = lesson.get();
    if (current != null) {
      if (progress.finished() == null && progress.isClosed(current.size() - 1)) {
        progress = progress.withFinished(now());
      }
      store.put(current.id(), progress);
    }
  }

  /** The chosen lesson, or null while the list is shown. */
  public ReadOnlyObjectProperty<Lesson> lessonProperty() {
    return lesson.getReadOnlyProperty();
  }

  /** The shown step of the chosen lesson, or null. */
  public ReadOnlyObjectProperty<LessonStep> stepProperty() {
    return step.getReadOnlyProperty();
  }

  public ObservableList<StepLine> stepLines() {
    return readOnlyStepLines;
  }

  /** "Step 2 of 8". */
  public ReadOnlyStringProperty positionProperty() {
    return position.getReadOnlyProperty();
  }

  /** "✔ Done", or "Waiting for ..." naming what is missing. */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty stepDoneProperty() {
    return stepDone.getReadOnlyProperty();
  }

  public BooleanProperty hintShownProperty() {
    return hintShown;
  }

  /** The chosen answer of a question step (from 0), or null before answering. */
  public ReadOnlyObjectProperty<Integer> answerProperty() {
    return answer.getReadOnlyProperty();
  }

  /**
   * After answering: "Right. " and the explanation; "Not quite: ... Try again" after a first wrong
   * answer; the answer and the explanation once shown. Empty before answering.
   */
  public ReadOnlyStringProperty feedbackProperty() {
    return feedback.getReadOnlyProperty();
  }

  /** True when the last answer to the shown question was wrong (and it is not ticked). */
  public ReadOnlyBooleanProperty answerWrongProperty() {
    return answerWrong.getReadOnlyProperty();
  }

  /** True while the shown question can be answered (not ticked, answer not shown). */
  public ReadOnlyBooleanProperty canAnswerProperty() {
    return canAnswer.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canBackProperty() {
    return canBack.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canNextProperty() {
    return canNext.getReadOnlyProperty();
  }

  /** True once the lesson's last step is closed: its key points are shown. */
  public ReadOnlyBooleanProperty lastStepClosedProperty() {
    return lastStepClosed.getReadOnlyProperty();
  }

  /** True when every step of the lesson is done (or its question's answer was shown). */
  public ReadOnlyBooleanProperty finishedProperty() {
    return finished.getReadOnlyProperty();
  }

  /** The training runs of this lesson, e.g. "Run 1: attention pooling, test accuracy 0.950". */
  public ObservableList<String> runs() {
    return readOnlyRuns;
  }

  /** True while the shown predict step takes a prediction (not made yet, its result not shown). */
  public ReadOnlyBooleanProperty canPredictProperty() {
    return canPredict.getReadOnlyProperty();
  }

  /** Why the typed number prediction was refused, or "" . */
  public ReadOnlyStringProperty predictionProblemProperty() {
    return predictionProblem.getReadOnlyProperty();
  }

  /** The predictions of this lesson whose results are shown, with the measured values. */
  public ObservableList<String> predictions() {
    return readOnlyPredictions;
  }

  /** The text of the explain step's answer box. */
  public StringProperty explanationTextProperty() {
    return explanationText;
  }

  /** "12 words", or "7 words — write at least 10". */
  public ReadOnlyStringProperty wordCountProperty() {
    return wordCount.getReadOnlyProperty();
  }

  /** True when the explanation has enough words and differs from the one kept. */
  public ReadOnlyBooleanProperty canSubmitExplanationProperty() {
    return canSubmitExplanation.getReadOnlyProperty();
  }

  /** Instructor mode (View > Instructor mode): solutions and notes shown; remembered. */
  public BooleanProperty instructorModeProperty() {
    return instructorMode;
  }

  /** In instructor mode, the shown step's solution or model answer; "" otherwise. */
  public ReadOnlyStringProperty solutionProperty() {
    return solution.getReadOnlyProperty();
  }

  /** In instructor mode, the lesson's instructor notes; "" otherwise. */
  public ReadOnlyStringProperty notesProperty() {
    return notes.getReadOnlyProperty();
  }

  /** Changes when every lesson's progress was reset, so the list shows it. */
  public ReadOnlyIntegerProperty listVersionProperty() {
    return listVersion.getReadOnlyProperty();
  }

  /** The lesson's progress as it is now (for tests and the list). */
  public LessonProgress progress() {
    return progress;
  }
}
