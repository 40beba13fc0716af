package org.motifworkbench.app.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
    public void openData(LessonData data) {
      done.add("open " + data.fileName());
    }

    @Override
    public void applySettings(SettingsOverrides settings) {
      done.add("settings " + settings.preset() + " " + settings.epochs());
    }
  }

  private static final Path SHIPPED = Path.of("..", "samples", "lessons");

  @TempDir Path dir;
  private FakeWorkbench bench;
  private Lesson one;
  private LessonProgressStore store;
  private LessonViewModel vm;

  @BeforeEach
  void setUp() {
    bench = new FakeWorkbench();
    LessonLibrary library = LessonLibrary.read(SHIPPED);
    one = library.lessons().get(0);
    store = new LessonProgressStore(dir.resolve("progress.json"));
    vm = new LessonViewModel(library, bench, bench, store);
  }

  private static LessonState state(String screen, String data, ModelFacts model,
      ExplainedSequence explained, List<FoundMotif> motifs) {
    return new LessonState(screen, data, model, Double.NaN, explained, motifs, List.of());
  }

  @Test
  void walksLessonOneToItsEnd() {
    assertEquals("Not started", vm.progressText(one));
    vm.start(one);
    assertEquals(List.of("settings TEACHING 8"), bench.done, "no lesson-wide data set to open");
    assertEquals("Step 1 of 8", vm.positionProperty().get());
    assertEquals("Waiting for primer-motif.fa to be opened", vm.statusProperty().get());
    vm.openStepData();
    assertEquals("open primer-motif.fa", bench.done.get(1));

    bench.set(state("data", "primer-motif.fa", null, null, List.of()));
    assertEquals("Step 2 of 8", vm.positionProperty().get(), "the check passed: next step");
    assertTrue(vm.stepLines().get(0).done());
    assertTrue(vm.stepLines().get(1).current());

    vm.answer(0);
    assertTrue(vm.feedbackProperty().get().startsWith("Not quite: the answer is \u201c100%\u201d."));
    assertTrue(vm.stepDoneProperty().get(), "any answer completes the step");
    assertEquals("Step 2 of 8", vm.positionProperty().get(), "the explanation stays to be read");
    vm.next();

    bench.set(state("model", "primer-motif.fa", null, null, List.of()));
    assertEquals("Step 4 of 8", vm.positionProperty().get());
    ModelFacts model = new ModelFacts(1, true, 0.97, 0.96, false, true);
    bench.set(state("train", "primer-motif.fa", model, null, List.of()));
    assertEquals("Step 6 of 8", vm.positionProperty().get(), "trained, and accurate enough");
    assertEquals(List.of("Run 1: attention pooling, test accuracy 0.970"), vm.runs());

    bench.set(state("inspect", "primer-motif.fa", model,
        new ExplainedSequence("seq9", "negative", "negative"), List.of()));
    assertEquals("Step 6 of 8", vm.positionProperty().get(), "a negative does not count");
    bench.set(state("inspect", "primer-motif.fa", model,
        new ExplainedSequence("seq3", "positive", "positive"), List.of()));
    assertEquals("Step 7 of 8", vm.positionProperty().get());

    bench.set(state("motifs", "primer-motif.fa", model, null,
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
    assertEquals(new LessonProgress(2, List.of(0, 1), java.util.Map.of(1, 2), List.of()),
        reread.get(one.id()));
    LessonViewModel again = new LessonViewModel(LessonLibrary.read(SHIPPED), bench, bench,
        reread);
    assertEquals("At step 3 of 8", again.progressText(one));
    again.start(one);
    assertEquals("Step 3 of 8", again.positionProperty().get());
    assertEquals(List.of("settings TEACHING 8"), bench.done, "a continued lesson changes nothing");

    again.reset();
    assertEquals("Step 2 of 8", again.positionProperty().get(),
        "started over; the data is still open, so step 1 passes at once");
    assertEquals(List.of(0), again.progress().done());
    assertTrue(again.progress().answers().isEmpty());
  }

  @Test
  void eachFinishedRunIsRecordedOnce() throws Exception {
    Lesson pooling = LessonLibrary.read(SHIPPED).lessons().get(3);
    vm.start(pooling);
    ModelFacts first = new ModelFacts(1, true, 0.95, 0.96, false, true);
    bench.set(state("train", "x.fa", first, null, List.of()));
    bench.set(state("evaluate", "x.fa", first, null, List.of()));
    bench.set(state("train", "x.fa", new ModelFacts(1, true, 0.95, 0.96, true, true), null,
        List.of()));
    bench.set(state("train", "x.fa", new ModelFacts(2, false, 0.9, 0.91, false, true), null,
        List.of()));
    bench.set(state("train", "x.fa", new ModelFacts(3, true, 0.9, 0.91, true, false), null,
        List.of()));
    assertEquals(List.of("Run 1: attention pooling, test accuracy 0.950",
        "Run 2: max pooling, test accuracy 0.900"), vm.runs(), "an opened model is no run");
    assertTrue(Files.readString(dir.resolve("progress.json")).contains("\"max\""));
  }

  @Test
  void manualStepsWaitForTheButtonAndStartAsksAboutAnUnsavedModel() throws Exception {
    Lesson lesson = LessonParser.parse("m.json", LessonParserTest.minimal("",
        "{\"kind\": \"manual\", \"button\": \"I wrote it down\"}"));
    assertFalse(vm.startReplacesUnsavedModel(lesson));
    bench.state = state("data", null, new ModelFacts(1, true, 0.9, 0.9, false, true), null,
        List.of());
    assertTrue(vm.startReplacesUnsavedModel(lesson));
    vm.start(lesson);
    assertEquals("Waiting for you to click \u201cI wrote it down\u201d", vm.statusProperty().get());
    vm.confirm();
    assertEquals("\u2714 Done", vm.statusProperty().get());
    assertTrue(vm.finishedProperty().get());
  }
}
