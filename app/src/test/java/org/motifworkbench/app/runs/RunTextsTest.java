package org.motifworkbench.app.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.motifworkbench.evaluation.Interval;
import org.motifworkbench.project.RunRecord;

class RunTextsTest {

  @Test
  void aTestMetricIsWrittenWithItsInterval() {
    assertEquals("0.84 [0.81-0.87]", RunTexts.withInterval(0.8412, new Interval(0.8123, 0.8699)));
    assertEquals("0.84", RunTexts.withInterval(0.8412, Interval.UNDEFINED));
    assertEquals("0.84", RunTexts.withInterval(0.8412, null));
    assertEquals("", RunTexts.withInterval(Double.NaN, new Interval(0.1, 0.2)));
  }

  @Test
  void runsWithoutATestSplitShowNoTestMetrics() {
    RunRecord run = TestRuns.run("r-01", "Run 1", 0.8, Double.NaN, null);
    assertEquals("", RunTexts.testAccuracy(run));
    assertEquals("", RunTexts.testRocAuc(run));
    assertEquals(
        "0.90 [0.85-0.95]",
        RunTexts.testRocAuc(TestRuns.run("r-02", "Run 2", 0.8, 0.84, new Interval(0.8, 0.88))));
  }

  @Test
  void durationsReadAsTimes() {
    assertEquals("42 s", RunTexts.duration(42.2));
    assertEquals("3 min 5 s", RunTexts.duration(185));
    assertEquals("1 h 02 min", RunTexts.duration(3725));
    assertEquals("", RunTexts.duration(Double.NaN));
  }

  @Test
  void theSettingsColumnNamesThePresetAndTheChangedSettings() {
    RunRecord changed =
        TestRuns.run("r-03", "Run 3", 0.8, 0.5, 0.8, Interval.UNDEFINED, "64", "0.001", null, -1);
    assertEquals("teaching: filters=64", RunTexts.settings(changed));
    assertEquals(
        "teaching", RunTexts.settings(TestRuns.run("r-04", "Run 4", 0.8, 0.8, Interval.UNDEFINED)));
    Map<String, String> two = new LinkedHashMap<>();
    two.put("network.filters", "16");
    two.put("training.learningRate", "0.003");
    assertEquals("filters=16, learningRate=0.003", RunTexts.changes(two));
  }

  @Test
  void datesAndBackEnds() {
    RunRecord run = TestRuns.run("r-07", "Run 7", 0.8, 0.8, Interval.UNDEFINED);
    assertEquals("2026-12-04 10:07", RunTexts.date(run, ZoneOffset.ofHours(1)));
    assertEquals("Java kernels (cpu)", RunTexts.backend(run));
    assertEquals("3", RunTexts.epochs(run));
  }
}
