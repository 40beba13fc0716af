package org.motifworkbench.app.labcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.app.background.SameThreadBackgroundRunner;
import org.motifworkbench.app.labcheck.LabCheckReport.Verdict;
import org.motifworkbench.network.DjlRuntime;

/**
 * The lab check without the FX toolkit: it trains the shipped lesson 1 (primer-motif.fa, 8 epochs
 * of the teaching network, a few seconds) on the test thread. Its time is never asserted: the
 * budget is set tiny so that the verdict is known.
 */
class LabCheckViewModelTest {

  private static final Path SAMPLES = Path.of("..", "samples").toAbsolutePath();
  private final SimpleBooleanProperty training = new SimpleBooleanProperty(false);

  private LabCheckViewModel check(Path lessons, double budgetSeconds) {
    return new LabCheckViewModel(
        new SameThreadBackgroundRunner(),
        lessons,
        SAMPLES::resolve,
        DjlRuntime::start,
        training,
        Runnable::run,
        budgetSeconds);
  }

  @Test
  void trainsLessonOneAndReportsTimeAccuracyEngineAndVerdict() {
    LabCheckViewModel vm = check(SAMPLES.resolve("lessons"), 0.001);
    List<Double> progress = new ArrayList<>();
    vm.progressProperty().addListener((obs, old, p) -> progress.add(p.doubleValue()));

    vm.start();

    assertNull(vm.errorMessageProperty().get());
    assertFalse(vm.runningProperty().get());
    LabCheckReport report = vm.reportProperty().get();
    assertNotNull(report);
    assertTrue(report.lesson().startsWith("1. "), report.lesson());
    assertEquals("primer-motif.fa", report.dataFile());
    assertEquals(2000, report.sequences());
    assertEquals(8, report.maxEpochs(), "lesson 1's epochs, read from its file");
    assertTrue(report.epochsRun() >= 1 && report.epochsRun() <= 8);
    assertTrue(report.seconds() > 0);
    assertTrue(report.testAccuracy() >= 0.9, "lesson 1 learns its motif: " + report.testAccuracy());
    assertEquals(0.9, report.requiredAccuracy(), 1e-9);
    assertTrue(report.engine().contains(" on CPU"), report.engine());
    assertEquals("CPU", report.device());
    assertEquals(Runtime.getRuntime().availableProcessors(), report.cores());
    assertEquals(0.001, report.budgetSeconds());
    // no real computer trains in a millisecond
    assertEquals(Verdict.TOO_SLOW, report.verdict());
    assertTrue(report.verdictText().startsWith("Too slow for the plan: lesson 1's training takes"));
    assertEquals(6, report.lines().size());
    assertTrue(report.lines().get(1).startsWith("Time: "), report.lines().get(1));
    assertTrue(
        report.lines().get(1).contains(" epochs on primer-motif.fa (2,000 sequences)"),
        report.lines().get(1));
    assertTrue(progress.stream().anyMatch(p -> p > 0 && p < 1), "progress while training");
    assertEquals(1.0, vm.progressProperty().get());
  }

  @Test
  void stoppingReportsNothing() {
    LabCheckViewModel vm = check(SAMPLES.resolve("lessons"), 60);
    // the first training progress stops the check (the hand-over runs on this thread)
    vm.statusProperty()
        .addListener(
            (obs, old, s) -> {
              if (s.startsWith("Training lesson 1")) {
                vm.cancel();
              }
            });

    vm.start();

    assertNull(vm.reportProperty().get());
    assertNull(vm.errorMessageProperty().get());
    assertEquals("Lab check stopped.", vm.statusProperty().get());
    assertFalse(vm.runningProperty().get());
  }

  @Test
  void waitsWhileTheTrainScreenTrains() {
    LabCheckViewModel vm = check(SAMPLES.resolve("lessons"), 60);
    training.set(true);

    vm.start();

    assertFalse(vm.runningProperty().get());
    assertTrue(vm.errorMessageProperty().get().startsWith("The Train screen is training a model."));
  }

  @Test
  void aMissingLessonNamesWhereItWasLookedFor(@TempDir Path empty) {
    LabCheckViewModel vm = check(empty, 60);

    vm.start();

    assertEquals(
        "The lab check could not run: Lesson 1 ("
            + empty.resolve("1-*.json")
            + ") could not be read: the file is missing.",
        vm.errorMessageProperty().get());
    assertNull(vm.reportProperty().get());
  }

  @Test
  void verdictsAgainstTheBudgetAndTheLessonsBar() {
    assertEquals(Verdict.READY, LabCheckReport.judge(12, 60, 1.0, 0.9));
    assertEquals(Verdict.READY, LabCheckReport.judge(60, 60, 0.9, 0.9));
    assertEquals(Verdict.SLOW, LabCheckReport.judge(61, 60, 0.95, 0.9));
    assertEquals(Verdict.SLOW, LabCheckReport.judge(120, 60, 0.95, 0.9));
    assertEquals(Verdict.TOO_SLOW, LabCheckReport.judge(121, 60, 0.95, 0.9));
    assertEquals(Verdict.NOT_LEARNING, LabCheckReport.judge(5, 60, 0.6, 0.9));
    assertEquals(Verdict.NOT_LEARNING, LabCheckReport.judge(5, 60, Double.NaN, 0.9));
    LabCheckReport ready =
        new LabCheckReport(
            "1. Find the planted motif",
            "primer-motif.fa",
            2000,
            8,
            8,
            12.3,
            1.0,
            0.9,
            "PyTorch 2.7.1 on CPU",
            "CPU",
            2,
            60,
            Verdict.READY);
    assertEquals(
        "Ready: lesson 1's training takes 12 s here; the plan allows 60 s.", ready.verdictText());
    assertEquals(
        List.of(
            "Ready: lesson 1's training takes 12 s here; the plan allows 60 s.",
            "Time: 12 s for 8 of 8 epochs on primer-motif.fa (2,000 sequences), including scoring"
                + " the test sequences.",
            "Test accuracy: 100.0% (the lesson asks for at least 90%).",
            "Engine: PyTorch 2.7.1 on CPU.",
            "Device: CPU; processor cores: 2.",
            "Lesson: 1. Find the planted motif."),
        ready.lines());
  }
}
