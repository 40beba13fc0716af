package org.motifworkbench.workflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.motifworkbench.bundle.ModelBundle;
import org.motifworkbench.data.HeaderTokens;
import org.motifworkbench.data.PlantedSite;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.evaluation.Evaluator;
import org.motifworkbench.interpret.Attribution;
import org.motifworkbench.interpret.AttributionMethod;
import org.motifworkbench.interpret.Explainer;
import org.motifworkbench.network.SequenceClassifier;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.progress.ProgressListener;
import org.motifworkbench.sequence.SequenceRecord;
import org.motifworkbench.sequence.SequenceSet;

/**
 * Checks explanations against the ground truth of synthetic data. A sequence counts when its header
 * names a planted, non-decoy site that survives fitting to the model's input length and the model
 * predicts its true class; for each attribution method, the score is the fraction of those
 * sequences whose attribution peak (the position with the largest per-position value for the true
 * class, {@link Attribution#peak()}) lies inside the planted site: {@code start <= peak < end}. At
 * most {@code limit} sequences are explained, taken in the data's order.
 */
public final class ExplanationScores {

  /** Sequences explained per method unless told otherwise: enough for a fraction to +-0.035. */
  public static final int DEFAULT_LIMIT = 200;

  /** Sequences predicted at once while looking for correctly classified ones. */
  private static final int PREDICT_CHUNK = 256;

  /**
   * One method's score.
   *
   * @param inside sequences whose peak fell inside the planted site
   * @param sequences sequences explained
   * @param millis time the method took
   */
  public record Score(AttributionMethod method, int inside, int sequences, long millis) {

    /** The share of peaks inside the planted site; NaN without sequences. */
    public double fraction() {
      return sequences == 0 ? Double.NaN : (double) inside / sequences;
    }
  }

  /**
   * The scores of every method and what they rest on.
   *
   * @param withSites sequences of the data with a planted, non-decoy site inside the fitted window
   * @param correct of those looked at, how many the model classified correctly (at most limit)
   */
  public record Result(List<Score> scores, int withSites, int correct) {

    /** The score of {@code method}, if it was computed. */
    public Optional<Score> of(AttributionMethod method) {
      return scores.stream().filter(s -> s.method() == method).findFirst();
    }

    /** A few lines for a terminal: one per method, then what they are based on. */
    public String report() {
      StringBuilder sb =
          new StringBuilder(
              "Explanation score: share of correctly classified"
                  + " sequences whose attribution peak lies inside the planted site\n");
      for (Score s : scores) {
        sb.append(
            String.format(
                Locale.ROOT,
                "  %-24s %.3f  (%d of %d, %.1f s)%n",
                s.method().title(),
                s.fraction(),
                s.inside(),
                s.sequences(),
                s.millis() / 1000.0));
      }
      sb.append(
          String.format(
              Locale.ROOT,
              "Based on %d correctly classified sequences (of %d" + " with a planted site).%n",
              correct,
              withSites));
      return sb.toString();
    }
  }

  /** A sequence to explain: fitted bases, its true class and the planted site in fitted bases. */
  public record Target(String id, String fitted, int classIndex, int start, int end) {}

  private ExplanationScores() {}

  /** True when some record names a planted, non-decoy site (synthetic data with ground truth). */
  public static boolean hasPlantedSites(SequenceSet data) {
    return data.records().stream().anyMatch(r -> plantedSite(r).isPresent());
  }

  /** True when {@code attribution}'s peak lies in [start, end). */
  public static boolean peakInside(Attribution attribution, int start, int end) {
    int peak = attribution.peak();
    return peak >= start && peak < end;
  }

  /** The score of attributions computed for {@code targets} (same order). */
  public static Score score(
      AttributionMethod method, List<Attribution> attributions, List<Target> targets, long millis) {
    int inside = 0;
    for (int i = 0; i < targets.size(); i++) {
      inside +=
          peakInside(attributions.get(i), targets.get(i).start(), targets.get(i).end()) ? 1 : 0;
    }
    return new Score(method, inside, targets.size(), millis);
  }

  /**
   * Scores {@code methods} for the bundle's model on {@code data}. Runs the network and records
   * gradients: call it on the engine thread, never while a model trains.
   */
  public static Result compute(
      ModelBundle bundle,
      SequenceSet data,
      int limit,
      List<AttributionMethod> methods,
      ProgressListener progress,
      CancellationToken cancel) {
    List<Target> candidates = candidates(bundle, data);
    List<Target> targets = correctlyClassified(bundle.classifier(), candidates, limit, cancel);
    Explainer explainer = new Explainer(bundle.classifier());
    List<Score> scores = new ArrayList<>();
    for (int m = 0; m < methods.size(); m++) {
      AttributionMethod method = methods.get(m);
      double from = (double) m / methods.size();
      double share = 1.0 / methods.size();
      long start = System.nanoTime();
      List<Attribution> attributions =
          explain(
              explainer,
              method,
              targets,
              (f, message) -> progress.progress(from + share * f, method.title() + ": " + message),
              cancel);
      scores.add(score(method, attributions, targets, (System.nanoTime() - start) / 1_000_000));
    }
    progress.progress(1, "explanations scored");
    return new Result(scores, candidates.size(), targets.size());
  }

  /** Records with a planted, non-decoy site inside the fitted window, of a class of the model. */
  static List<Target> candidates(ModelBundle bundle, SequenceSet data) {
    LengthPolicy policy = bundle.manifest().lengthPolicy();
    List<String> classes = bundle.manifest().classNames();
    List<Target> out = new ArrayList<>();
    for (SequenceRecord r : data.records()) {
      int classIndex = r.label() == null ? -1 : classes.indexOf(r.label());
      Optional<PlantedSite> site = plantedSite(r);
      if (classIndex < 0 || site.isEmpty()) {
        continue;
      }
      // As on the Inspect screen, a model of one length reads others centred
      LengthPolicy fit =
          policy.mode() == LengthPolicy.Mode.FIXED && r.length() != policy.length()
              ? new LengthPolicy(LengthPolicy.Mode.CENTER, policy.length())
              : policy;
      int shift = SequenceExplanation.shift(fit, r.length());
      int start = site.get().start() + shift;
      int end = site.get().end() + shift;
      if (start >= 0 && end <= fit.length()) {
        out.add(new Target(r.id(), fit.apply(r), classIndex, start, end));
      }
    }
    return out;
  }

  private static Optional<PlantedSite> plantedSite(SequenceRecord r) {
    try {
      return HeaderTokens.plantedSite(r.description()).filter(s -> !s.decoy());
    } catch (RuntimeException e) {
      return Optional.empty(); // a malformed header has no usable ground truth
    }
  }

  /** The first {@code limit} candidates the model classifies correctly, predicted in chunks. */
  private static List<Target> correctlyClassified(
      SequenceClassifier classifier, List<Target> candidates, int limit, CancellationToken cancel) {
    List<Target> out = new ArrayList<>();
    for (int from = 0; from < candidates.size() && out.size() < limit; from += PREDICT_CHUNK) {
      cancel.throwIfCancelled();
      List<Target> chunk =
          candidates.subList(from, Math.min(candidates.size(), from + PREDICT_CHUNK));
      float[][] p = classifier.predict(chunk.stream().map(Target::fitted).toList(), PREDICT_CHUNK);
      for (int i = 0; i < chunk.size() && out.size() < limit; i++) {
        if (Evaluator.argmax(p[i]) == chunk.get(i).classIndex()) {
          out.add(chunk.get(i));
        }
      }
    }
    return out;
  }

  /** Attributions of every target, in order; the gradient methods in batches per class. */
  private static List<Attribution> explain(
      Explainer explainer,
      AttributionMethod method,
      List<Target> targets,
      ProgressListener progress,
      CancellationToken cancel) {
    if (method == AttributionMethod.GRADIENT || method == AttributionMethod.GRADIENT_X_INPUT) {
      return batchedGradients(
          explainer, method == AttributionMethod.GRADIENT_X_INPUT, targets, cancel);
    }
    List<Attribution> out = new ArrayList<>(targets.size());
    for (Target t : targets) {
      cancel.throwIfCancelled();
      out.add(explainer.explain(t.fitted(), t.classIndex(), method));
      if (out.size() % 10 == 0) {
        progress.progress(
            (double) out.size() / targets.size(),
            out.size() + " of " + targets.size() + " sequences");
      }
    }
    return out;
  }

  private static List<Attribution> batchedGradients(
      Explainer explainer, boolean timesInput, List<Target> targets, CancellationToken cancel) {
    Map<Integer, List<Integer>> byClass = new LinkedHashMap<>();
    for (int i = 0; i < targets.size(); i++) {
      byClass.computeIfAbsent(targets.get(i).classIndex(), c -> new ArrayList<>()).add(i);
    }
    Attribution[] out = new Attribution[targets.size()];
    for (Map.Entry<Integer, List<Integer>> e : byClass.entrySet()) {
      cancel.throwIfCancelled();
      List<String> sequences = e.getValue().stream().map(i -> targets.get(i).fitted()).toList();
      List<Attribution> a = explainer.gradients(sequences, e.getKey(), timesInput);
      for (int k = 0; k < a.size(); k++) {
        out[e.getValue().get(k)] = a.get(k);
      }
    }
    return List.of(out);
  }
}
