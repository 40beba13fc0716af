package org.motifworkbench.scan;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.motifworkbench.bundle.BundleManifest;
import org.motifworkbench.bundle.ModelBundle;
import org.motifworkbench.data.SplitPlan;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.genome.SyntheticGenome;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.network.SequenceClassifier;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.training.ModelTrainer;
import org.motifworkbench.training.TrainingData;
import org.motifworkbench.training.TrainingListener;
import org.motifworkbench.training.TrainingSpec;

/**
 * A small model trained as a user would from peaks on one chromosome: windows holding a planted
 * site (anywhere inside) against random windows of the same chromosome away from the sites.
 */
public final class SiteTrainedModel {

  public static final List<String> CLASSES = List.of("background", "peak");

  private SiteTrainedModel() {}

  /** The teaching network trained on {@code contig}'s sites, windows of {@code length} bases. */
  public static SequenceClassifier train(
      SyntheticGenome genome, String contig, int length, int seed) {
    TrainingData train = windows(genome, contig, length, 12, seed);
    TrainingData validation = windows(genome, contig, length, 2, seed + 1);
    SequenceClassifier c =
        SequenceClassifier.create(NetworkPreset.TEACHING.spec(), CLASSES, length, seed);
    TrainingSpec spec = TrainingSpec.defaults().withEpochs(6).withBatchSize(64).withSeed(seed);
    new ModelTrainer(c, spec, new TrainingListener() {}, CancellationToken.none())
        .train(train, validation);
    return c;
  }

  /** Saves {@code classifier} as a model file. */
  public static void save(SequenceClassifier classifier, Path file) throws IOException {
    BundleManifest manifest =
        BundleManifest.builder()
            .optCreatedAt("2026-12-04T00:00:00Z")
            .setVersions(Map.of("workbench", "test"))
            .setNetwork(classifier.spec())
            .setTraining(TrainingSpec.defaults())
            .setLengthPolicy(new LengthPolicy(LengthPolicy.Mode.FIXED, classifier.inputLength()))
            .setClassNames(classifier.classNames())
            .optSplit(SplitPlan.stratified(1))
            .build();
    new ModelBundle(manifest, classifier).save(file);
  }

  /** {@code perSite} windows around each regular site, as many random windows away from sites. */
  private static TrainingData windows(
      SyntheticGenome genome, String contig, int length, int perSite, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String bases = genome.bases(contig);
    List<SyntheticGenome.Site> sites = genome.sites(contig);
    List<String> sequences = new ArrayList<>();
    List<Integer> labels = new ArrayList<>();
    for (SyntheticGenome.Site s : sites) {
      for (int k = 0; k < perSite; k++) {
        long start = s.start() - 5 - random.nextInt(length - SyntheticGenome.MOTIF.length() - 10);
        if (start >= 0 && start + length <= bases.length()) {
          sequences.add(bases.substring((int) start, (int) start + length));
          labels.add(1);
        }
      }
    }
    int positives = sequences.size();
    while (sequences.size() < 2 * positives) {
      int start = random.nextInt(bases.length() - length);
      String w = bases.substring(start, start + length);
      boolean nearSite =
          sites.stream().anyMatch(s -> s.end() > start && s.start() < start + length);
      if (!nearSite && w.chars().filter(c -> c == 'N').count() < length / 2) {
        sequences.add(w);
        labels.add(0);
      }
    }
    return new TrainingData(sequences, labels.stream().mapToInt(Integer::intValue).toArray());
  }
}
