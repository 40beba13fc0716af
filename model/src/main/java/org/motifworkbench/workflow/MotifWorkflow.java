package org.motifworkbench.workflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.motifworkbench.bundle.ModelBundle;
import org.motifworkbench.evaluation.Evaluator;
import org.motifworkbench.interpret.Attribution;
import org.motifworkbench.interpret.AttributionMethod;
import org.motifworkbench.interpret.DiscoveredMotif;
import org.motifworkbench.interpret.Explainer;
import org.motifworkbench.interpret.FilterMotif;
import org.motifworkbench.interpret.FilterMotifExtractor;
import org.motifworkbench.interpret.SeqletDiscovery;
import org.motifworkbench.motif.Background;
import org.motifworkbench.motif.MotifMatch;
import org.motifworkbench.motif.MotifMatcher;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.progress.ProgressListener;
import org.motifworkbench.sequence.SequenceSet;
import org.motifworkbench.training.TrainingData;

/**
 * What motifs a trained model learned: the first-layer filters as matrices, motifs discovered from
 * the attributions of correctly predicted sequences of one class, and (given a motif database) the
 * best-matching known motifs of each.
 */
public final class MotifWorkflow {

  /**
   * Everything found, with database matches keyed by motif id (empty without a database).
   *
   * @param background the letter frequencies of the sequences the motifs come from, for MEME files
   */
  public record Report(
      List<FilterMotif> filters,
      List<DiscoveredMotif> discovered,
      Map<String, List<MotifMatch>> matches,
      int explainedSequences,
      Background background) {}

  /**
   * What to explain and how to match what is found.
   *
   * @param classIndex the class whose correctly predicted sequences are explained
   * @param maxSequences at most this many sequences are explained for discovery
   * @param matcher a prepared motif database, or null
   * @param top matches kept per motif
   */
  public record Settings(
      int classIndex, AttributionMethod method, int maxSequences, MotifMatcher matcher, int top) {}

  private MotifWorkflow() {}

  public static Report run(
      ModelBundle bundle,
      SequenceSet data,
      Settings settings,
      ProgressListener progress,
      CancellationToken cancel) {
    TrainingData fitted =
        TrainingWorkflow.fit(
            new SequenceSet(data.records(), bundle.manifest().classNames(), List.of()),
            bundle.manifest().lengthPolicy());
    progress.progress(0.05, "building filter motifs");
    List<FilterMotif> filters =
        FilterMotifExtractor.defaults()
            .extract(
                bundle.classifier(),
                fitted.sequences(),
                (f, message) -> progress.progress(0.05 + 0.35 * f, message),
                cancel);
    progress.progress(0.4, "explaining correctly predicted sequences");
    List<Attribution> attributions =
        attributions(
            bundle,
            fitted,
            settings,
            (f, message) -> progress.progress(0.4 + 0.45 * f, message),
            cancel);
    progress.progress(0.85, "clustering the seqlets of " + attributions.size() + " sequences");
    cancel.throwIfCancelled();
    List<DiscoveredMotif> discovered = SeqletDiscovery.defaults().discover(attributions);
    Map<String, List<MotifMatch>> matches = new LinkedHashMap<>();
    if (settings.matcher() != null) {
      progress.progress(0.9, "matching against the motif database");
      discovered.forEach(
          d -> matches.put(d.motif().id(), settings.matcher().match(d.motif(), settings.top())));
      filters.stream()
          .filter(FilterMotif::reliable)
          .forEach(
              f ->
                  matches.put(f.motif().id(), settings.matcher().match(f.motif(), settings.top())));
    }
    progress.progress(1.0, "done");
    return new Report(
        filters, discovered, matches, attributions.size(), background(fitted.sequences()));
  }

  /**
   * One background for both kinds of motif: the filters were built from all these sequences and the
   * discovered motifs from some of them, so filters.meme and discovered.meme stay comparable.
   */
  private static Background background(List<String> sequences) {
    return Background.ofSequences(
        sequences,
        String.format(
            Locale.ROOT,
            "the %,d %s the motifs come from",
            sequences.size(),
            sequences.size() == 1 ? "sequence" : "sequences"));
  }

  /** Sequences explained between progress reports and cancel checks. */
  private static final int CHUNK = 128;

  private static List<Attribution> attributions(
      ModelBundle bundle,
      TrainingData data,
      Settings settings,
      ProgressListener progress,
      CancellationToken cancel) {
    Explainer explainer = new Explainer(bundle.classifier());
    float[][] probs = bundle.classifier().predict(data.sequences(), TrainingWorkflow.PREDICT_BATCH);
    List<String> chosen = new ArrayList<>();
    for (int i = 0; i < data.size() && chosen.size() < settings.maxSequences(); i++) {
      if (data.labels()[i] == settings.classIndex()
          && Evaluator.argmax(probs[i]) == settings.classIndex()) {
        chosen.add(data.sequences().get(i));
      }
    }
    AttributionMethod method = settings.method();
    boolean batched =
        method == AttributionMethod.GRADIENT || method == AttributionMethod.GRADIENT_X_INPUT;
    int step = batched ? CHUNK : 1;
    List<Attribution> out = new ArrayList<>(chosen.size());
    for (int from = 0; from < chosen.size(); from += step) {
      cancel.throwIfCancelled();
      List<String> part = chosen.subList(from, Math.min(chosen.size(), from + step));
      if (batched) {
        out.addAll(
            explainer.gradients(
                part, settings.classIndex(), method == AttributionMethod.GRADIENT_X_INPUT));
      } else {
        out.add(explainer.explain(part.get(0), settings.classIndex(), method));
      }
      if (batched || out.size() % 10 == 0) {
        progress.progress(
            (double) out.size() / chosen.size(),
            "explained " + out.size() + " of " + chosen.size() + " sequences");
      }
    }
    return out;
  }
}
