package org.motifworkbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.motifworkbench.data.PromoterTask;
import org.motifworkbench.data.SyntheticDataset;
import org.motifworkbench.data.SyntheticGenerator;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.network.NetworkSpec;
import org.motifworkbench.network.SequenceClassifier;
import org.motifworkbench.sequence.SequenceRecord;
import org.motifworkbench.task.CancellationToken;
import org.motifworkbench.training.EpochResult;
import org.motifworkbench.training.ModelTrainer;
import org.motifworkbench.training.TrainingData;
import org.motifworkbench.training.TrainingListener;
import org.motifworkbench.training.TrainingSpec;

/**
 * Training epoch time and prediction throughput of the tutorial network on the tutorial's data size
 * (6,400 clean promoter sequences of 200 bp, batch 64), beside the same network in plain PyTorch run
 * in the same invocation with the same thread count.
 */
final class TrainingBench {

  static final int LENGTH = 200;
  static final int PREDICT_BATCH = 250;

  private final int sequences;
  private final int epochs;
  private final int threads;
  private final Path python;
  private final Path script;

  TrainingBench(int sequences, int epochs, int threads, Path python, Path script) {
    this.sequences = sequences;
    this.epochs = epochs;
    this.threads = threads;
    this.python = python;
    this.script = script;
  }

  void run(BenchTable table, Path workDir) throws IOException, InterruptedException {
    SyntheticDataset data = SyntheticGenerator.generate(
        PromoterTask.tutorial(sequences, 7).withClean(true));
    Path fasta = workDir.resolve("train-bench.fa");
    data.write(fasta);
    List<String> bases = new ArrayList<>();
    for (SequenceRecord r : data.sequences().records()) {
      bases.add(r.bases());
    }
    int[] labels = data.sequences().labelIndices();
    NetworkSpec spec = NetworkPreset.TUTORIAL.spec();
    FlopCount flops = FlopCount.of(spec, LENGTH, 2);
    double[] epochSeconds;
    double predictSeconds;
    try (SequenceClassifier c = SequenceClassifier.create(spec, List.of("negative", "positive"),
        LENGTH, 42)) {
      epochSeconds = train(c, new TrainingData(bases, labels));
      predictSeconds = Stats.medianMillis(() -> c.predict(bases, PREDICT_BATCH), 1, 3) / 1000;
    }
    PytorchReference ref = PytorchReference.run(python, script, fasta, epochs, threads, 64,
        PREDICT_BATCH);
    double mine = Stats.median(Arrays.copyOfRange(epochSeconds, 1, epochSeconds.length));
    double theirs = ref.medianEpochSeconds();
    String torch = "PyTorch " + ref.version();
    double epochFlops = flops.training() * sequences;
    table.row("training epoch, tutorial net, " + sequences + " x " + LENGTH,
        BenchTable.fmt("%.2f s", mine), BenchTable.fmt("%s %.2f s", torch, theirs),
        mine / theirs, "<= 0.5 x", mine <= 0.5 * theirs);
    table.row("training arithmetic rate", BenchTable.fmt("%.1f GFLOP/s", epochFlops / mine / 1e9),
        BenchTable.fmt("%s %.1f GFLOP/s", torch, epochFlops / theirs / 1e9),
        theirs / mine, ">= 25", epochFlops / mine / 1e9 >= 25);
    double mineRate = sequences / predictSeconds;
    double theirRate = ref.predicted() / ref.predictSeconds();
    table.row("prediction, batch " + PREDICT_BATCH, BenchTable.fmt("%.0f seq/s", mineRate),
        BenchTable.fmt("%s %.0f seq/s", torch, theirRate), mineRate / theirRate, ">= 2 x",
        mineRate >= 2 * theirRate);
    table.note(BenchTable.fmt("epochs: workbench %s s, PyTorch %s s (first is warm-up); "
        + "%.2f MFLOP per training sequence, %.2f per prediction (see FlopCount)",
        seconds(epochSeconds), seconds(ref.epochSeconds()), flops.training() / 1e6,
        flops.forward() / 1e6));
  }

  private double[] train(SequenceClassifier c, TrainingData data) {
    long[] marks = new long[epochs + 1];
    marks[0] = System.nanoTime();
    TrainingListener listener = new TrainingListener() {
      @Override
      public void epochFinished(EpochResult result) {
        marks[result.epoch()] = System.nanoTime();
      }
    };
    TrainingSpec spec = TrainingSpec.defaults().withEpochs(epochs).withBatchSize(64);
    new ModelTrainer(c, spec, listener, CancellationToken.none())
        .train(data, new TrainingData(List.of(), new int[0]));
    double[] seconds = new double[epochs];
    for (int i = 0; i < epochs; i++) {
      seconds[i] = (marks[i + 1] - marks[i]) / 1e9;
    }
    return seconds;
  }

  private static String seconds(double[] values) {
    StringBuilder b = new StringBuilder();
    for (double v : values) {
      b.append(b.length() == 0 ? "" : " ").append(BenchTable.fmt("%.2f", v));
    }
    return b.toString();
  }
}
