package org.motifworkbench.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.motifworkbench.data.SplitPlan;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.network.Backend;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.sequence.DataSource;
import org.motifworkbench.sequence.SequenceSet;
import org.motifworkbench.training.TrainingListener;
import org.motifworkbench.workflow.RunConfig;
import org.motifworkbench.workflow.TrainingWorkflow;

/**
 * What "Open sample" then "Train" costs without the window: reading the bundled primer-motif
 * sample, training the teaching preset on it (with its validation each epoch and early stopping)
 * and scoring the test split, beside the same work with the engine computing training and
 * prediction.
 */
final class SampleBench {

  void run(BenchTable table) throws IOException {
    Path fasta = locate();
    double mine = seconds(fasta, Backend.JAVA_KERNELS);
    double engine = seconds(fasta, Backend.ENGINE);
    table.row(
        "sample to trained teaching model (no window)",
        BenchTable.fmt("%.1f s", mine),
        BenchTable.fmt("on the engine %.1f s", engine),
        mine / engine,
        "< 60 s",
        mine < 60);
  }

  private static double seconds(Path fasta, Backend backend) throws IOException {
    long t = System.nanoTime();
    DataSource source = DataSource.headerLabel(fasta, null);
    SequenceSet data = source.load();
    RunConfig config = RunConfig.of(NetworkPreset.TEACHING);
    TrainingWorkflow.Request request =
        new TrainingWorkflow.Request(
            data,
            source,
            LengthPolicy.fitting(data),
            SplitPlan.stratified(config.training().seed()),
            config.network(),
            config.training(),
            TrainingWorkflow.knownCeiling(source),
            "cpu",
            backend);
    TrainingWorkflow.run(request, TrainingListener.NONE, CancellationToken.none()).bundle().close();
    return (System.nanoTime() - t) / 1e9;
  }

  /** samples/primer-motif.fa of this project, found upwards from the code's location. */
  private static Path locate() throws IOException {
    Path script = PytorchReference.defaultScript().toAbsolutePath();
    Path candidate = script.getParent().getParent().resolve("samples").resolve("primer-motif.fa");
    if (!Files.isRegularFile(candidate)) {
      throw new IOException("The bundled sample is missing: " + candidate);
    }
    return candidate;
  }
}
