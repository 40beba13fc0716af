package org.motifworkbench.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.motifworkbench.data.PromoterRecipe;
import org.motifworkbench.data.SyntheticDataset;
import org.motifworkbench.data.SyntheticGenerator;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.network.NetworkSpec;
import org.motifworkbench.network.SequenceClassifier;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.sequence.SequenceRecord;
import org.motifworkbench.training.ModelTrainer;
import org.motifworkbench.training.TrainingData;
import org.motifworkbench.training.TrainingListener;
import org.motifworkbench.training.TrainingSpec;

/**
 * Training epoch time and prediction throughput of the tutorial network on the tutorial's data size
 * (6,400 clean promoter sequences of 200 bp, batch 64), beside the same network in plain PyTorch
 * run in the same invocation with the same thread count.
 */
final class TrainingBench {

  static final int LENGTH = 200;
  static final int PREDICT_BATCH = 250;
  private static final int BATCH = 64;
  private static final int PREDICT_RUNS = 3;

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
    SyntheticDataset data =
        SyntheticGenerator.generate(PromoterRecipe.tutorial(sequences, 7).withClean(true));
    Path fasta = workDir.resolve("train-bench.fa");
    data.write(fasta);
    List<String> bases = new ArrayList<>();
    for (SequenceRecord r : data.sequences().records()) {
      bases.add(r.bases());
    }
    TrainingData train = new TrainingData(bases, data.sequences().labelIndices());
    NetworkSpec spec = NetworkPreset.TUTORIAL.spec();
    FlopCount flops = FlopCount.of(spec, LENGTH, 2);
    double[] mine = new double[epochs];
    double[] theirs = new double[epochs];
    double[] minePredict = new double[PREDICT_RUNS];
    double[] theirPredict = new double[PREDICT_RUNS];
    String torch;
    // Alternate: one workbench epoch, one PyTorch epoch, ... so both see the same machine load.
    try (PytorchReference ref =
            PytorchReference.start(python, script, fasta, threads, BATCH, PREDICT_BATCH);
        SequenceClassifier c =
            SequenceClassifier.create(spec, List.of("negative", "positive"), LENGTH, 42)) {
      torch = "PyTorch " + ref.version();
      TrainingSpec oneEpoch = TrainingSpec.defaults().withEpochs(1).withBatchSize(BATCH);
      for (int e = 0; e < epochs; e++) {
        long t = System.nanoTime();
        new ModelTrainer(
                c, oneEpoch.withSeed(e + 1), TrainingListener.NONE, CancellationToken.none())
            .train(train, new TrainingData(List.of(), new int[0]));
        mine[e] = (System.nanoTime() - t) / 1e9;
        theirs[e] = ref.epoch();
      }
      for (int r = 0; r < PREDICT_RUNS; r++) {
        long t = System.nanoTime();
        c.predict(bases, PREDICT_BATCH);
        minePredict[r] = (System.nanoTime() - t) / 1e9;
        theirPredict[r] = ref.predict();
      }
    }
    double mineEpoch = Stats.median(Arrays.copyOfRange(mine, 1, epochs));
    double theirEpoch = Stats.median(Arrays.copyOfRange(theirs, 1, epochs));
    double epochFlops = flops.training() * sequences;
    table.row(
        "training epoch, tutorial net, " + sequences + " x " + LENGTH,
        BenchTable.fmt("%.2f s", mineEpoch),
        BenchTable.fmt("%s %.2f s", torch, theirEpoch),
        pairedRatio(mine, theirs, 1),
        "<= 0.5 x",
        pairedRatio(mine, theirs, 1) <= 0.5);
    table.row(
        "training arithmetic rate",
        BenchTable.fmt("%.1f GFLOP/s", epochFlops / mineEpoch / 1e9),
        BenchTable.fmt("%s %.1f GFLOP/s", torch, epochFlops / theirEpoch / 1e9),
        1 / pairedRatio(mine, theirs, 1),
        ">= 25",
        epochFlops / mineEpoch / 1e9 >= 25);
    double mineRate = sequences / Stats.median(minePredict);
    double theirRate = sequences / Stats.median(theirPredict);
    double speedup = 1 / pairedRatio(minePredict, theirPredict, 0);
    table.row(
        "prediction, batch " + PREDICT_BATCH,
        BenchTable.fmt("%.0f seq/s", mineRate),
        BenchTable.fmt("%s %.0f seq/s", torch, theirRate),
        speedup,
        ">= 2 x",
        speedup >= 2);
    table.note(
        BenchTable.fmt(
            "epochs alternated, workbench %s s, PyTorch %s s (first is warm-up; "
                + "ratios are medians of the pairs); %.2f MFLOP per training sequence, %.2f per "
                + "prediction (FlopCount)",
            seconds(mine), seconds(theirs), flops.training() / 1e6, flops.forward() / 1e6));
  }

  /** Median over pairs i >= from of mine[i] / theirs[i]. */
  private static double pairedRatio(double[] mine, double[] theirs, int from) {
    double[] ratios = new double[mine.length - from];
    for (int i = from; i < mine.length; i++) {
      ratios[i - from] = mine[i] / theirs[i];
    }
    return Stats.median(ratios);
  }

  private static String seconds(double[] values) {
    StringBuilder b = new StringBuilder();
    for (double v : values) {
      b.append(b.length() == 0 ? "" : " ").append(BenchTable.fmt("%.2f", v));
    }
    return b.toString();
  }
}
