package org.motifworkbench.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.data.SplitPlan;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.network.NetworkSpec;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.project.Project;
import org.motifworkbench.project.RunRecord;
import org.motifworkbench.sequence.DataSource;
import org.motifworkbench.sequence.SequenceFingerprint;
import org.motifworkbench.sequence.SequenceSet;
import org.motifworkbench.training.TrainingListener;
import org.motifworkbench.training.TrainingSpec;

/** A run of the primer sample described for its project, and kept there. */
class RunRecorderTest {

  private static final Path SAMPLE = Path.of("..", "samples", "primer-motif.fa");

  @TempDir Path dir;

  @Test
  void aFinishedRunIsDescribedAndKeptInItsProject() {
    DataSource source = DataSource.headerLabel(SAMPLE, null);
    SequenceSet data = source.load();
    NetworkSpec network = NetworkPreset.TEACHING.spec().toBuilder().setFilters(12).build();
    TrainingWorkflow.Request request =
        new TrainingWorkflow.Request(
            data,
            source,
            LengthPolicy.fitting(data),
            SplitPlan.stratified(7),
            network,
            TrainingSpec.defaults().withEpochs(2).withBatchSize(32),
            0.97);
    TrainingWorkflow.Outcome outcome =
        TrainingWorkflow.run(request, TrainingListener.NONE, CancellationToken.none());
    try {
      RunRecord run = RunRecorder.record(request, outcome, 3.5, "command line", "Run 1");
      assertEquals("", run.id());
      assertEquals(
          "TEACHING", run.preset(), "the closest preset to a teaching net with 12 filters");
      assertEquals(
          Map.of("network.filters", "12", "training.epochs", "2", "training.batchSize", "32"),
          run.changed());
      assertEquals("12", run.settings().get("network.filters"));
      assertEquals("2", run.settings().get("training.epochs"));
      assertEquals("stratified", run.settings().get("split.mode"));
      assertEquals("0.64/0.16/0.2", run.settings().get("split.fractions"));
      assertEquals(
          List.of("network", "training", "input", "split"),
          run.settings().keySet().stream()
              .map(k -> k.substring(0, k.indexOf('.')))
              .distinct()
              .toList());
      assertEquals("primer-motif.fa", run.dataName());
      assertEquals(SequenceFingerprint.of(data), run.dataFingerprint());
      assertEquals(2, run.epochs());
      assertEquals(outcome.training().bestEpoch(), run.bestEpoch());
      assertEquals(outcome.training().best().validationAccuracy(), run.validationAccuracy());
      assertNotNull(run.test());
      assertEquals(outcome.testSet().size(), run.test().n());
      assertEquals(outcome.test().accuracy(), run.test().accuracy());
      assertNotNull(run.test().intervals(), "test metrics come with bootstrap intervals");
      assertTrue(run.test().intervals().accuracy().contains(run.test().accuracy()));
      assertEquals(1000, run.test().intervals().resamples());
      assertEquals(0.97, run.ceiling());
      assertEquals("cpu", run.device());
      assertFalse(run.backend().isEmpty());
      assertFalse(run.fromGrid());

      Project project = Project.create(dir.resolve("p"), "p");
      RunRecord kept = project.addRun(run, outcome.bundle());
      assertEquals(List.of(kept), project.runs());
      assertTrue(project.modelFile(kept).toFile().isFile());
    } finally {
      outcome.bundle().close();
    }
  }

  @Test
  void changedSettingsCompareWithThePresetAndDefaultSplit() {
    Map<String, String> settings =
        SettingsTable.of(
            NetworkPreset.DEEPBIND.spec(),
            TrainingSpec.defaults().withEpochs(7),
            new LengthPolicy(LengthPolicy.Mode.CENTER, 101),
            SplitPlan.chromosomes(42, List.of("chr8"), List.of("chr9")));
    assertEquals(
        Map.of(
            "training.epochs", "7",
            "split.mode", "chromosome",
            "split.testChromosomes", "chr8",
            "split.validationChromosomes", "chr9"),
        SettingsTable.changed(settings, NetworkPreset.DEEPBIND));
    assertEquals("kernelSizes", SettingsTable.shortName("network.kernelSizes"));
    for (String key : settings.keySet()) {
      assertFalse(SettingsTable.label(key).equals(key), "the form names " + key);
    }
    assertEquals(
        org.motifworkbench.network.NetworkParameter.FILTERS.label(),
        SettingsTable.label("network.filters"));
    assertEquals("future.setting", SettingsTable.label("future.setting"));
  }
}
