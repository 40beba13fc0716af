package org.motifworkbench.app.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.app.dialog.RecordingDialogService;
import org.motifworkbench.app.lessons.LessonState.Changes;
import org.motifworkbench.app.lessons.LessonState.ExplainedSequence;
import org.motifworkbench.app.lessons.LessonState.FoundMotif;
import org.motifworkbench.app.lessons.LessonState.ModelFacts;

/** The lesson panel's logic without the FX toolkit, against a hand-driven workbench state. */
class LessonViewModelTest {

  /** The workbench as the test sets it; also records what the lesson asked it to do. */
  static final class FakeWorkbench implements LessonSignals, LessonActions {
    LessonState state = LessonState.empty();
    final List<Runnable> listeners = new ArrayList<>();
    final List<String> done = new ArrayList<>();
    final java.util.Map<Quantity, Double> measured = new java.util.EnumMap<>(Quantity.class);

    void set(LessonState next) {
      state = next;
      listeners.forEach(Runnable::run);
    }

    @Override
    public LessonState state() {
      return state;
    }

    @Override
    public void addListener(Runnable changed) {
      listeners.add(changed);
    }

    @Override
    public double measured(Quantity quantity) {
      return measured.getOrDefault(quantity, Double.NaN);
    }

    @Override
    public void forgetRecentFiles() {
      done.add("forget recent files");
    }

    @Override
    public void openData(LessonData data) {
      done.add("open " + data.fileName());
    }

    @Override
    public void applySettings(SettingsOverrides settings) {
      done.add("settings " + settings.preset() + " " + settings.epochs());
    }

    @Override
    public void showScreen(String screen) {
      done.add("show " + screen);
    }
  }

  /**
   * The four lessons as shipped in format 1 (answers inline), copied so these tests keep reading
   * format 1 while the shipped lessons move to format 2.
   */
  private static final Path SHIPPED = Path.of("src", "test", "resources", "lessons-format1");

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-03T21:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;
  private FakeWorkbench bench;
  private Lesson one;
  private LessonProgressStore store;
  private LessonViewModel vm;
  private final RecordingDialogService dialogs = new RecordingDialogService();

  @BeforeEach
  void setUp() {
    bench = new FakeWorkbench();
    LessonLibrary library = LessonLibrary.read(SHIPPED);
    one = library.lessons().get(0);
    store = new LessonProgressStore(dir.resolve("progress.json"));
    vm = new LessonViewModel(library, bench, bench, store, dialogs, CLOCK);
  }

  private static LessonState state(
      String screen,
      String data,
      ModelFacts model,
      ExplainedSequence explained,
      List<FoundMotif> motifs) {
    return new LessonState(screen, data, model, Double.NaN, explained, motifs, List.of());
  }

  @Test
  void walksLessonOneToItsEnd() {
    assertEquals("Not started", vm.progressText(one));
    vm.start(one);
    assertEquals(
        List.of("settings TEACHING 8", "show data"),
        bench.done,
        "no lesson-wide data set to open; the first step is done on the Data screen");
    assertEquals("Step 1 of 8", vm.positionProperty().get());
    assertEquals("Waiting for primer-motif.fa to be opened", vm.statusProperty().get());
    vm.openStepData();
    assertEquals("open primer-motif.fa", bench.done.get(2));

    bench.set(state("data", "primer-motif.fa", null, null, List.of()));
    assertEquals("Step 2 of 8", vm.positionProperty().get(), "the check passed: next step");
    assertTrue(vm.stepLines().get(0).done());
    assertTrue(vm.stepLines().get(1).current());

    vm.answer(2);
    assertTrue(vm.feedbackProperty().get().startsWith("Right. Every positive carries the motif"));
    assertTrue(vm.stepDoneProperty().get());
    assertEquals("Step 2 of 8", vm.positionProperty().get(), "the explanation stays to be read");
    vm.next();

    bench.set(state("model", "primer-motif.fa", null, null, List.of()));
    assertEquals("Step 4 of 8", vm.positionProperty().get());
    ModelFacts model = new ModelFacts(1, true, 0.97, 0.96, false, true);
    bench.set(state("train", "primer-motif.fa", model, null, List.of()));
    assertEquals("Step 6 of 8", vm.positionProperty().get(), "trained, and accurate enough");
    assertEquals(List.of("Run 1: attention pooling, test accuracy 0.970"), vm.runs());

    bench.set(
        state(
            "inspect",
            "primer-motif.fa",
            model,
            new ExplainedSequence("seq9", "negative", "negative"),
            List.of()));
    assertEquals("Step 6 of 8", vm.positionProperty().get(), "a negative does not count");
    bench.set(
        state(
            "inspect",
            "primer-motif.fa",
            model,
            new ExplainedSequence("seq3", "positive", "positive"),
            List.of()));
    assertEquals("Step 7 of 8", vm.positionProperty().get());

    bench.set(
        state(
            "motifs",
            "primer-motif.fa",
            model,
            null,
            List.of(new FoundMotif("NACCGAACTCCN", List.of(), List.of()))));
    assertEquals("Step 8 of 8", vm.positionProperty().get());
    assertFalse(vm.finishedProperty().get());
    vm.answer(1);
    assertTrue(vm.feedbackProperty().get().startsWith("Right. "));
    assertTrue(vm.finishedProperty().get());
    assertEquals("Completed", vm.progressText(one));
  }

  @Test
  void progressSurvivesARestartAndResetStartsOver() {
    vm.start(one);
    bench.set(state("data", "primer-motif.fa", null, null, List.of()));
    vm.answer(2);
    vm.next();
    assertEquals(2, vm.progress().current());

    LessonProgressStore reread = new LessonProgressStore(dir.resolve("progress.json"));
    assertEquals(vm.progress(), reread.get(one.id()));
    assertEquals(2, reread.get(one.id()).current());
    assertEquals(List.of(0, 1), reread.get(one.id()).done());
    assertEquals(java.util.Map.of(1, 2), reread.get(one.id()).answers());
    LessonViewModel again =
        new LessonViewModel(LessonLibrary.read(SHIPPED), bench, bench, reread, dialogs);
    assertEquals("At step 3 of 8", again.progressText(one));
    again.start(one);
    assertEquals("Step 3 of 8", again.positionProperty().get());
    assertEquals(
        List.of("settings TEACHING 8", "show data"),
        bench.done,
        "a continued lesson changes nothing; step 3 asks the student to find the Model screen");

    again.reset();
    assertEquals(
        "Step 2 of 8",
        again.positionProperty().get(),
        "started over; the data is still open, so step 1 passes at once");
    assertEquals(List.of(0), again.progress().done());
    assertTrue(again.progress().answers().isEmpty());
  }

  @Test
  void theRecordKeepsWhenTheLessonStartedAndEndedAndTheFirstAndFinalAnswers() throws Exception {
    Lesson lesson =
        LessonParser.parse(
            "q.json",
            LessonParserTest.minimal(
                "",
                "{\"kind\": \"question\", \"question\": \"How many?\", \"choices\": [\"one\","
                    + " \"two\", \"three\"], \"answer\": 2, \"explanation\": \"Two.\"}"));
    MutableClock clock = new MutableClock("2026-12-03T21:00:00Z");
    LessonViewModel timed =
        new LessonViewModel(
            new LessonLibrary(List.of(lesson), List.of()), bench, bench, store, dialogs, clock);

    timed.start(lesson);
    assertEquals("2026-12-03T21:00:00Z", timed.progress().started());
    assertNull(timed.progress().finished());
    clock.set("2026-12-03T21:01:30Z");
    timed.answer(0);
    assertNull(timed.progress().finished(), "one wrong try: the step is still open");
    clock.set("2026-12-03T21:02:00Z");
    timed.answer(1);

    LessonProgress.StepRecord record = store.get("x").record(0);
    assertEquals(
        new LessonProgress.StepRecord(
            "one", "two", 2, true, "2026-12-03T21:01:30Z", "2026-12-03T21:02:00Z"),
        record);
    assertEquals("2026-12-03T21:02:00Z", store.get("x").finished(), "the last step closed");
  }

  @Test
  void aRunKeepsItsDataSeedAndTime() {
    vm.start(one);
    bench.set(
        state(
            "train",
            "primer-motif.fa",
            new ModelFacts(1, true, 0.97, 0.96, false, true, true, 42),
            null,
            List.of()));
    assertEquals(
        List.of(
            new LessonProgress.Run(
                "attention", 0.97, 0.96, "primer-motif.fa", 42, "2026-12-03T21:00:00Z")),
        vm.progress().runs());
  }

  private static final Path FORMAT_2 = Path.of("src", "test", "resources", "lessons-format2");

  /** The format-2 test lesson, started, with its data open: step 2 (a number prediction) shown. */
  private LessonViewModel startPredictFirst() {
    LessonLibrary library = LessonLibrary.read(FORMAT_2);
    assertEquals(List.of(), library.problems());
    LessonViewModel v = new LessonViewModel(library, bench, bench, store, dialogs, CLOCK);
    v.start(library.lessons().get(0));
    bench.set(state("data", "promoter-clean-1000-seed3-pos0.1.fa", null, null, List.of()));
    assertEquals("Step 2 of 7", v.positionProperty().get());
    return v;
  }

  @Test
  void aPredictionIsCommittedOnceAndShownBesideTheMeasuredValueWhenItsStepCloses() {
    LessonViewModel v = startPredictFirst();
    assertTrue(v.canPredictProperty().get());
    assertEquals("Waiting for your prediction", v.statusProperty().get());

    v.commitPrediction("1.5");
    assertEquals(
        "\u201c1.5\u201d is outside the range: type a number from 0 to 1.",
        v.predictionProblemProperty().get());
    v.commitPrediction("high");
    assertEquals("Type a number from 0 to 1, e.g. 0.5.", v.predictionProblemProperty().get());
    assertTrue(v.canPredictProperty().get(), "a refused number leaves the step open");

    v.commitPrediction(" 0.9 ");
    assertEquals("", v.predictionProblemProperty().get());
    assertTrue(v.stepDoneProperty().get(), "committing ticks the step");
    assertFalse(v.canPredictProperty().get(), "locked");
    assertEquals(
        "Your prediction: 0.9. It cannot be changed; you will see it beside the result once step 4"
            + " is done.",
        v.feedbackProperty().get());
    v.commitPrediction("0.5");
    assertEquals("0.9", v.progress().record(1).finalAnswer(), "a committed prediction stays");
    assertEquals(1, v.progress().record(1).tries());
    assertFalse(v.progress().record(1).correct(), "a prediction is never right or wrong");

    v.next();
    v.commitPrediction(1);
    assertEquals("Negatives", v.progress().record(2).firstAnswer());
    v.commitPrediction(0);
    assertEquals(java.util.Map.of(2, 1), v.progress().answers(), "the choice is locked too");
    v.next();
    assertEquals(List.of(), v.predictions(), "nothing is shown before step 4 closes");

    bench.measured.put(Quantity.TEST_ACCURACY, 0.83);
    bench.set(
        state(
            "train",
            "promoter-clean-1000-seed3-pos0.1.fa",
            new ModelFacts(1, true, 0.83, 0.85, false, true),
            null,
            List.of()));
    assertEquals("Step 5 of 7", v.positionProperty().get());
    List<String> expected =
        List.of(
            "Step 2: You predicted 0.9 \u2014 measured: 0.83 (the test accuracy). Close to the"
                + " ceiling: the clean promoter task has no decoys.",
            "Step 3: You predicted \u201cNegatives\u201d. The answer: \u201cPositives\u201d. With"
                + " 10% positives, a missed positive costs little accuracy.");
    assertEquals(expected, v.predictions());

    bench.measured.put(Quantity.TEST_ACCURACY, 0.5);
    bench.set(bench.state);
    assertEquals(expected, v.predictions(), "the value measured when step 4 closed is kept");
    v.back();
    v.back();
    assertEquals(expected.get(1).substring("Step 3: ".length()), v.feedbackProperty().get());
    v.back();
    assertEquals(expected.get(0).substring("Step 2: ".length()), v.feedbackProperty().get());
    assertEquals(
        0.83,
        new LessonProgressStore(dir.resolve("progress.json"))
            .get("predict-first")
            .measured()
            .get(1),
        "kept with the progress");
  }

  @Test
  void aPredictionSkippedUntilItsResultIsKnownCanNoLongerBeMade() {
    LessonViewModel v = startPredictFirst();
    v.next();
    v.next();
    bench.set(
        state(
            "train",
            "promoter-clean-1000-seed3-pos0.1.fa",
            new ModelFacts(1, true, 0.83, 0.85, false, true),
            null,
            List.of()));
    v.back();
    v.back();
    v.back();
    assertEquals("Step 2 of 7", v.positionProperty().get());
    assertFalse(v.canPredictProperty().get());
    assertEquals("\u2718 No prediction was made in time", v.statusProperty().get());
    assertEquals(
        "Step 4 was done before a prediction was made: a prediction now would not be one.",
        v.feedbackProperty().get());
    v.commitPrediction("0.9");
    assertNull(v.progress().record(1));
    assertTrue(v.progress().isClosed(1), "closed, so the lesson can still be completed");
  }

  @Test
  void anExplanationNeedsEnoughWordsAndKeepsTheFirstAndFinalText() {
    LessonViewModel v = startPredictFirst();
    for (int i = 0; i < 4; i++) {
      v.next();
    }
    assertEquals("Step 6 of 7", v.positionProperty().get());
    assertEquals("Waiting for your explanation (at least 5 words)", v.statusProperty().get());
    assertEquals("0 words \u2014 write at least 5", v.wordCountProperty().get());

    v.explanationTextProperty().set("It was never — seen");
    assertEquals("4 words \u2014 write at least 5", v.wordCountProperty().get());
    assertFalse(v.canSubmitExplanationProperty().get());
    v.submitExplanation();
    assertFalse(v.stepDoneProperty().get());

    v.explanationTextProperty().set("The test set was never seen in training.");
    assertEquals("8 words", v.wordCountProperty().get());
    assertTrue(v.canSubmitExplanationProperty().get());
    v.submitExplanation();
    assertTrue(v.stepDoneProperty().get());
    assertFalse(v.canSubmitExplanationProperty().get(), "the same text is kept already");
    assertEquals(
        "Kept for your report. Compare it with a model answer: A good answer says the test"
            + " sequences played no part in training.",
        v.feedbackProperty().get());

    v.explanationTextProperty().set("Validation chose the epoch; the test set played no part.");
    v.submitExplanation();
    LessonProgress.StepRecord record = store.get("predict-first").record(5);
    assertEquals("The test set was never seen in training.", record.firstAnswer());
    assertEquals("Validation chose the epoch; the test set played no part.", record.finalAnswer());
    assertEquals(2, record.tries());

    v.back();
    v.next();
    assertEquals(
        "Validation chose the epoch; the test set played no part.",
        v.explanationTextProperty().get(),
        "shown again when the step is shown again");
  }

  @Test
  void aQuestionOfAFormatTwoLessonIsAnsweredFromTheKeyAndRecordsBothAnswers() {
    LessonViewModel v = startPredictFirst();
    for (int i = 0; i < 3; i++) {
      v.next();
    }
    assertEquals("Step 5 of 7", v.positionProperty().get());
    v.answer(0);
    v.answer(1);
    assertTrue(v.stepDoneProperty().get());
    assertEquals(
        "Right. Validation steered training; the test set did not.", v.feedbackProperty().get());
    assertEquals(
        new LessonProgress.StepRecord(
            "Training accuracy",
            "Test accuracy",
            2,
            true,
            "2026-12-03T21:00:00Z",
            "2026-12-03T21:00:00Z"),
        v.progress().record(4));
  }

  @Test
  void closingTheLastStepShowsTheKeyPointsAndStampsTheEndEvenWithAStepSkipped() {
    LessonViewModel v = startPredictFirst();
    for (int i = 0; i < 5; i++) {
      v.next();
    }
    assertEquals("Step 7 of 7", v.positionProperty().get());
    assertFalse(v.lastStepClosedProperty().get());
    assertNull(v.progress().finished());

    v.confirm();

    assertTrue(v.lastStepClosedProperty().get(), "the key points are shown");
    assertFalse(v.finishedProperty().get(), "steps 2 to 6 were skipped");
    assertEquals("2026-12-03T21:00:00Z", store.get("predict-first").finished());
  }

  @Test
  void instructorModeShowsSolutionsAndNotesAndIsRemembered() {
    LessonViewModel v = startPredictFirst();
    assertEquals("", v.solutionProperty().get());
    assertEquals("", v.notesProperty().get());

    v.instructorModeProperty().set(true);
    assertEquals(
        "For the instructor: Compared with the test accuracy. Close to the ceiling: the clean"
            + " promoter task has no decoys.",
        v.solutionProperty().get());
    assertTrue(v.notesProperty().get().startsWith("Ten minutes of training"));
    v.next();
    assertEquals(
        "Solution: \u201cPositives\u201d. With 10% positives, a missed positive costs little"
            + " accuracy.",
        v.solutionProperty().get());
    v.next();
    assertEquals("", v.solutionProperty().get(), "a training step has no solution");
    v.next();
    assertEquals(
        "Solution: \u201cTest accuracy\u201d. Validation steered training; the test set did not.",
        v.solutionProperty().get());
    v.next();
    assertEquals(
        "Model answer: A good answer says the test sequences played no part in training.",
        v.solutionProperty().get());

    LessonProgressStore reread = new LessonProgressStore(dir.resolve("progress.json"));
    assertTrue(reread.instructorMode(), "remembered");
    LessonViewModel again =
        new LessonViewModel(LessonLibrary.read(FORMAT_2), bench, bench, reread, dialogs, CLOCK);
    assertTrue(again.instructorModeProperty().get());
    v.instructorModeProperty().set(false);
    assertEquals("", v.solutionProperty().get());
    assertEquals("", v.notesProperty().get());
  }

  @Test
  void resetAllAsksThenClearsEveryLessonAndTheRecentFilesButKeepsTheName() {
    store.setStudentName("Ada");
    vm.start(one);
    bench.set(state("data", "primer-motif.fa", null, null, List.of()));
    store.put("other", LessonProgress.start().withDone(0));

    vm.requestResetAll();
    assertEquals(
        List.of("confirm: Reset all lessons? [Reset all lessons]"),
        dialogs.shown,
        "asked first; declined");
    assertTrue(store.started(one.id()));

    dialogs.willConfirm(true);
    vm.requestResetAll();
    assertFalse(store.started(one.id()));
    assertFalse(store.started("other"));
    assertEquals("Not started", vm.progressText(one));
    assertNull(vm.lessonProperty().get(), "back to the lesson list");
    assertTrue(bench.done.contains("forget recent files"));
    assertEquals(1, vm.listVersionProperty().get());
    LessonProgressStore reread = new LessonProgressStore(dir.resolve("progress.json"));
    assertEquals("Ada", reread.studentName());
    assertEquals(java.util.Map.of(), reread.all());
  }

  /** A clock the test moves by hand. */
  private static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(String instant) {
      set(instant);
    }

    void set(String instant) {
      now = Instant.parse(instant);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  @Test
  void aWrongAnswerIsMarkedWrongOffersTheHintAndShowsTheAnswerAfterASecondTry() {
    vm.start(one);
    bench.set(state("data", "primer-motif.fa", null, null, List.of()));
    assertEquals("Step 2 of 8", vm.positionProperty().get());
    assertFalse(vm.hintShownProperty().get());

    vm.answer(0);
    assertFalse(vm.stepDoneProperty().get(), "a wrong answer is not ticked");
    assertTrue(vm.answerWrongProperty().get());
    assertEquals(
        "Not quite: \u201c50% (a coin toss)\u201d is not the answer. Try again (the hint"
            + " below may help), or click \u201cShow answer\u201d.",
        vm.feedbackProperty().get());
    assertTrue(vm.hintShownProperty().get(), "the hint is offered");
    assertTrue(vm.canAnswerProperty().get());
    assertEquals("Waiting for your answer", vm.statusProperty().get());

    vm.answer(1);
    assertFalse(vm.stepDoneProperty().get());
    assertTrue(
        vm.feedbackProperty()
            .get()
            .startsWith(
                "Not quite. The answer is \u201c100%\u201d." + " Every positive carries the motif"),
        vm.feedbackProperty().get());
    assertFalse(vm.canAnswerProperty().get(), "closed after the answer was shown");
    assertEquals("\u2718 Not answered right: the answer is shown", vm.statusProperty().get());
    assertTrue(vm.stepLines().get(1).wrong());
    assertFalse(vm.stepLines().get(1).done());
    vm.answer(2);
    assertFalse(vm.stepDoneProperty().get(), "a right answer after seeing it earns no tick");
    assertEquals(List.of(0), vm.progress().done());
    assertEquals(2, vm.progress().wrongTries(1));
    assertEquals(
        List.of(1),
        new LessonProgressStore(dir.resolve("progress.json")).get(one.id()).revealed(),
        "kept with the progress");
  }

  @Test
  void theAnswerIsShownOnRequestWithoutATick() {
    vm.start(one);
    for (int i = 0; i < 7; i++) {
      vm.next();
    }
    assertEquals("Step 8 of 8", vm.positionProperty().get());
    assertTrue(vm.feedbackProperty().get().isEmpty(), "nothing before an answer");

    vm.showAnswer();

    assertTrue(
        vm.feedbackProperty()
            .get()
            .startsWith(
                "The answer is \u201cOn the planted motif"
                    + " CGACCGAACTCC (marked under the track)\u201d. The model learned"),
        vm.feedbackProperty().get());
    assertFalse(vm.stepDoneProperty().get());
    assertFalse(vm.answerWrongProperty().get(), "no wrong answer was given");
    assertFalse(vm.finishedProperty().get(), "seven steps still open");
  }

  @Test
  void onlyWhatTheStudentDoesDuringTheLessonTicksItsSteps() {
    Lesson chip = LessonLibrary.read(SHIPPED).lessons().get(2);
    // Before the lesson: the ChIP-seq data is open and a model was trained on it.
    ModelFacts before = new ModelFacts(1, true, 0.9, 0.9, false, true);
    bench.set(
        new LessonState(
            "evaluate",
            "tfbs-chipseq.fa",
            before,
            0.9,
            null,
            List.of(),
            List.of(),
            new Changes(1, 40, 0, 0)));

    vm.start(chip);
    assertEquals(
        List.of("settings TEACHING 10", "show data"),
        bench.done,
        "the lesson takes the student to the Data screen its first step needs");
    assertEquals("Step 1 of 6", vm.positionProperty().get(), "data opened before does not count");

    bench.set(
        new LessonState(
            "data",
            "tfbs-chipseq.fa",
            before,
            0.9,
            null,
            List.of(),
            List.of(),
            new Changes(2, 40, 0, 0)));
    assertEquals("Step 2 of 6", vm.positionProperty().get(), "opened during the lesson");
    vm.answer(1);
    vm.next();
    assertEquals("Step 3 of 6", vm.positionProperty().get());
    assertEquals(
        "Waiting for a model trained on the open data",
        vm.statusProperty().get(),
        "the model trained before the lesson does not count");

    ModelFacts ofOtherData = new ModelFacts(2, true, 0.7, 0.7, false, true, false);
    bench.set(
        new LessonState(
            "train",
            "primer-motif.fa",
            ofOtherData,
            0.7,
            null,
            List.of(),
            List.of(),
            new Changes(3, 60, 0, 0)));
    assertEquals("Step 3 of 6", vm.positionProperty().get(), "its model belongs to other data");
    assertEquals(
        "Waiting for a model trained on the open data (the current model belongs to"
            + " other data)",
        vm.statusProperty().get());

    ModelFacts trained = new ModelFacts(3, true, 0.7, 0.72, false, true);
    bench.set(
        new LessonState(
            "train",
            "tfbs-chipseq.fa",
            trained,
            0.72,
            null,
            List.of(),
            List.of(),
            new Changes(4, 80, 0, 0)));
    assertEquals("Step 5 of 6", vm.positionProperty().get(), "trained, and test accuracy 0.70");
  }

  @Test
  void aLessonContinuedAtATrainingStepOpensTheTrainScreen() {
    Lesson chip = LessonLibrary.read(SHIPPED).lessons().get(2);
    store.put(chip.id(), new LessonProgress(2, List.of(0, 1), java.util.Map.of(1, 1), List.of()));

    vm.start(chip);

    assertEquals(List.of("show train"), bench.done, "continued: no data or settings applied");
    assertEquals("Step 3 of 6", vm.positionProperty().get());
  }

  @Test
  void eachFinishedRunIsRecordedOnce() throws Exception {
    Lesson pooling = LessonLibrary.read(SHIPPED).lessons().get(3);
    vm.start(pooling);
    ModelFacts first = new ModelFacts(1, true, 0.95, 0.96, false, true);
    bench.set(state("train", "x.fa", first, null, List.of()));
    bench.set(state("evaluate", "x.fa", first, null, List.of()));
    bench.set(
        state("train", "x.fa", new ModelFacts(1, true, 0.95, 0.96, true, true), null, List.of()));
    bench.set(
        state("train", "x.fa", new ModelFacts(2, false, 0.9, 0.91, false, true), null, List.of()));
    bench.set(
        state("train", "x.fa", new ModelFacts(3, true, 0.9, 0.91, true, false), null, List.of()));
    assertEquals(
        List.of(
            "Run 1: attention pooling, test accuracy 0.950",
            "Run 2: max pooling, test accuracy 0.900"),
        vm.runs(),
        "an opened model is no run");
    assertTrue(Files.readString(dir.resolve("progress.json")).contains("\"max\""));
  }

  @Test
  void manualStepsWaitForTheButtonAndStartAsksAboutAnUnsavedModel() throws Exception {
    Lesson lesson =
        LessonParser.parse(
            "m.json",
            LessonParserTest.minimal(
                "", "{\"kind\": \"manual\", \"button\": \"I wrote it down\"}"));
    assertFalse(vm.startReplacesUnsavedModel(lesson));
    bench.state =
        state("data", null, new ModelFacts(1, true, 0.9, 0.9, false, true), null, List.of());
    assertTrue(vm.startReplacesUnsavedModel(lesson));
    vm.start(lesson);
    assertEquals("Waiting for you to click \u201cI wrote it down\u201d", vm.statusProperty().get());
    vm.confirm();
    assertEquals("\u2714 Done", vm.statusProperty().get());
    assertTrue(vm.finishedProperty().get());
  }

  @Test
  void startingOverAnUnsavedModelAsksAndADeclineChangesNothing() {
    bench.state =
        state("data", null, new ModelFacts(1, true, 0.9, 0.9, false, true), null, List.of());

    vm.requestStart(one); // the recording service declines: nothing scripted

    assertEquals(List.of("confirm: Replace the unsaved model? [Start the lesson]"), dialogs.shown);
    assertNull(vm.lessonProperty().get());
    assertEquals(List.of(), bench.done, "neither data opened nor settings applied");

    dialogs.willConfirm(true);
    vm.requestStart(one);
    assertEquals(one, vm.lessonProperty().get());
  }

  @Test
  void startingWithoutAnUnsavedModelDoesNotAsk() {
    vm.requestStart(one);

    assertEquals(List.of(), dialogs.shown);
    assertEquals(one, vm.lessonProperty().get());
  }

  @Test
  void resetAsksFirstAndKeepsProgressWhenDeclined() {
    vm.start(one);
    bench.set(state("data", "primer-motif.fa", null, null, List.of()));
    vm.answer(2);
    vm.next();

    vm.requestReset();
    assertEquals(List.of("confirm: Start the lesson over? [Start over]"), dialogs.shown);
    assertEquals(2, vm.progress().current(), "declined: the progress stays");

    dialogs.willConfirm(true);
    vm.requestReset();
    assertEquals(List.of(0), vm.progress().done(), "started over: only step 1 passes at once");
  }
}
