package org.motifworkbench.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.motifworkbench.bundle.ModelBundle;
import org.motifworkbench.data.HeaderTokens;
import org.motifworkbench.data.PlantedSite;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.evaluation.Evaluator;
import org.motifworkbench.figure.AttributionLogoFigure;
import org.motifworkbench.figure.MutagenesisHeatmapFigure;
import org.motifworkbench.figure.NucleotidePalette;
import org.motifworkbench.figure.SequenceTrackFigure;
import org.motifworkbench.figure.SequenceTrackFigure.AttentionTrack;
import org.motifworkbench.figure.SequenceTrackFigure.MarkedSite;
import org.motifworkbench.interpret.Attribution;
import org.motifworkbench.interpret.AttributionMethod;
import org.motifworkbench.interpret.Explainer;
import org.motifworkbench.interpret.ExplanationAgreement;
import org.motifworkbench.interpret.SequenceRegion;
import org.motifworkbench.network.SequenceClassifier;
import org.motifworkbench.sequence.SequenceRecord;

/**
 * Everything the Inspect screen (and {@code mwb figure saliency}) shows about one sequence: the
 * probabilities, the attribution of the explained class, the attention of each branch, the
 * in-silico mutagenesis, how far the explanation methods agree and, for synthetic data, the planted
 * site. All positions refer to the sequence fitted to the model's input length; figures are drawn
 * for a {@link SequenceRegion} of it and number the bases as the input does.
 *
 * @param id the sequence's id
 * @param trueClass its label, or null for a sequence the user typed
 * @param classNames the model's classes
 * @param probabilities one per class
 * @param attribution the explained class's attribution (its sequence is the fitted sequence)
 * @param mutagenesis score changes of every substitution, for the same class
 * @param agreement rank correlations of gradient x input, integrated gradients and mutagenesis
 * @param attention attention weights per branch (empty for a network without attention)
 * @param site the planted motif from the header, moved into fitted coordinates, if any
 * @param originalLength the sequence's length before it was fitted to the model
 * @param policy how it was fitted (crop or pad), to map positions back to the input
 */
public record SequenceExplanation(
    String id,
    String trueClass,
    List<String> classNames,
    float[] probabilities,
    Attribution attribution,
    Attribution mutagenesis,
    ExplanationAgreement agreement,
    List<AttentionTrack> attention,
    Optional<MarkedSite> site,
    int originalLength,
    LengthPolicy policy) {

  /** Bases shown at most when no region is asked for: a readable track on screen. */
  public static final int DEFAULT_WINDOW = 150;

  /**
   * Explains {@code record} with the bundle's model. Runs the network several times and records
   * gradients: call it on the engine thread, never while a model trains.
   *
   * @param className the class to explain, or null for the predicted class
   */
  public static SequenceExplanation compute(
      ModelBundle bundle,
      SequenceRecord record,
      String trueClass,
      String className,
      AttributionMethod method) {
    LengthPolicy policy = bundle.manifest().lengthPolicy();
    if (policy.mode() == LengthPolicy.Mode.FIXED && record.length() != policy.length()) {
      // A model trained on one length still reads a typed sequence of another length: centred,
      // as 'mwb predict --length-policy center' does. The note says so.
      policy = new LengthPolicy(LengthPolicy.Mode.CENTER, policy.length());
    }
    String fitted = policy.apply(record);
    SequenceClassifier classifier = bundle.classifier();
    SequenceClassifier.Explained explained = classifier.predictWithAttention(fitted);
    int classIndex =
        className == null
            ? Evaluator.argmax(explained.probabilities())
            : bundle.manifest().classIndex(className);
    Explainer explainer = new Explainer(classifier);
    Attribution attribution = explainer.explain(fitted, classIndex, method);
    Attribution mutagenesis = explainer.mutagenesis(fitted, classIndex);
    ExplanationAgreement agreement =
        ExplanationAgreement.of(
            method == AttributionMethod.GRADIENT_X_INPUT
                ? attribution
                : explainer.explain(fitted, classIndex, AttributionMethod.GRADIENT_X_INPUT),
            method == AttributionMethod.INTEGRATED_GRADIENTS
                ? attribution
                : explainer.explain(fitted, classIndex, AttributionMethod.INTEGRATED_GRADIENTS),
            mutagenesis,
            inputBases(policy, record.length()).start(),
            inputBases(policy, record.length()).end());
    List<AttentionTrack> attention = new ArrayList<>();
    for (int b = 0; b < explained.attention().size(); b++) {
      attention.add(
          new AttentionTrack(explained.kernelSizes().get(b), explained.attention().get(b)));
    }
    return new SequenceExplanation(
        record.id(),
        trueClass,
        classifier.classNames(),
        explained.probabilities(),
        attribution,
        mutagenesis,
        agreement,
        attention,
        plantedSite(record, policy),
        record.length(),
        policy);
  }

  /**
   * The saliency track (bars over the letters, attention, planted site) of {@code region} in {@code
   * palette}, its ruler in the input's coordinates.
   */
  public SequenceTrackFigure trackFigure(NucleotidePalette palette, SequenceRegion region) {
    Attribution a = attribution.slice(region);
    return new SequenceTrackFigure(
        a.sequence(),
        a.perPosition(),
        attention.stream().map(t -> slice(t, region)).toList(),
        site.flatMap(s -> slice(s, region)),
        palette,
        attribution.method().title().toLowerCase(Locale.ROOT),
        positionNumber(region.start()));
  }

  /** The in-silico mutagenesis heat map of {@code region} in {@code palette}. */
  public MutagenesisHeatmapFigure mutagenesisFigure(
      NucleotidePalette palette, SequenceRegion region) {
    Attribution m = mutagenesis.slice(region);
    return new MutagenesisHeatmapFigure(m.sequence(), m.values(), palette);
  }

  /** The attribution logo of {@code region} in {@code palette}, in the input's coordinates. */
  public AttributionLogoFigure logoFigure(NucleotidePalette palette, SequenceRegion region) {
    return AttributionLogoFigure.of(
        attribution.slice(region), positionNumber(region.start()), palette);
  }

  // ---- regions: fitted positions <-> the input's 1-based numbers --------------------------------

  /** The fitted positions that hold the input's bases: all but the N padding of the policy. */
  public SequenceRegion bases() {
    return inputBases(policy, originalLength);
  }

  /**
   * The fitted positions that hold the bases of a sequence of {@code originalLength} fitted by
   * {@code policy} (the whole input length when fitting left none of them).
   */
  public static SequenceRegion inputBases(LengthPolicy policy, int originalLength) {
    int shift = shift(policy, originalLength);
    int start = Math.max(0, shift);
    int end = Math.min(policy.length(), shift + originalLength);
    return end > start ? new SequenceRegion(start, end) : new SequenceRegion(0, policy.length());
  }

  /** The input's 1-based number of fitted position {@code position}. */
  public int positionNumber(int position) {
    return position - shift(policy, originalLength) + 1;
  }

  /**
   * The region of the input's bases {@code from} to {@code to} (1-based, inclusive, as genome
   * browsers count).
   *
   * @throws IllegalArgumentException naming the positions the explanation covers when the range is
   *     empty or outside them
   */
  public SequenceRegion region(int from, int to) {
    SequenceRegion bases = bases();
    int first = positionNumber(bases.start());
    int last = positionNumber(bases.end() - 1);
    if (from > to || from < first || to > last) {
      String covered =
          first == 1 && last == originalLength
              ? "it has bases 1-" + last
              : "the model saw its bases " + first + "-" + last + " (" + fittingNote() + ")";
      throw new IllegalArgumentException(
          "Positions "
              + from
              + "-"
              + to
              + " are not a region of "
              + id
              + ": "
              + covered
              + ". Give a first position not after the last, inside that range.");
    }
    int shift = shift(policy, originalLength);
    return new SequenceRegion(from - 1 + shift, to + shift);
  }

  /** The {@code width}-bp window of the input's bases with the largest summed |attribution|. */
  public SequenceRegion strongestRegion(int width) {
    return SequenceRegion.strongest(attribution.perPosition(), width, bases());
  }

  /**
   * What figures show when no region is asked for: the input's bases (never the padding), or the
   * strongest {@link #DEFAULT_WINDOW}-bp window of a longer sequence.
   */
  public SequenceRegion defaultRegion() {
    return bases().length() <= DEFAULT_WINDOW ? bases() : strongestRegion(DEFAULT_WINDOW);
  }

  /** "positions 101-250 of 1000", in the input's numbers. */
  public String describe(SequenceRegion region) {
    return "positions "
        + positionNumber(region.start())
        + "\u2013"
        + positionNumber(region.end() - 1)
        + " of "
        + originalLength;
  }

  /** An attention track cut to {@code region}, one weight per base (0 where none was computed). */
  private AttentionTrack slice(AttentionTrack track, SequenceRegion region) {
    int length = sequence().length();
    if (region.start() == 0 && region.end() == length) {
      return track;
    }
    float[] weights = new float[region.length()];
    for (int j = 0; j < track.weights().length; j++) {
      int position = track.position(j, length);
      if (region.contains(position)) {
        weights[position - region.start()] = track.weights()[j];
      }
    }
    return new AttentionTrack(track.kernelSize(), weights);
  }

  private static Optional<MarkedSite> slice(MarkedSite site, SequenceRegion region) {
    int start = Math.max(site.start(), region.start());
    int end = Math.min(site.end(), region.end());
    return end > start
        ? Optional.of(new MarkedSite(start - region.start(), end - region.start(), site.label()))
        : Optional.empty();
  }

  /**
   * The explanation as rows of the {@code mwb explain} table (see {@link AttributionTsv}): the
   * chosen method's attribution, then the mutagenesis, each with the attention of every branch.
   */
  public String toTsv() {
    List<Integer> kernels = attention.stream().map(AttentionTrack::kernelSize).toList();
    List<float[]> tracks = attention.stream().map(AttentionTrack::weights).toList();
    return AttributionTsv.header(kernels)
        + AttributionTsv.rows(id, explainedClass(), attribution, tracks, policy, originalLength)
        + AttributionTsv.rows(id, explainedClass(), mutagenesis, tracks, policy, originalLength);
  }

  /** The fitted bases that were explained. */
  public String sequence() {
    return attribution.sequence();
  }

  /** How the sequence was fitted to the model, e.g. "33 bases padded with N to 50"; "" if not. */
  public String fittingNote() {
    int length = sequence().length();
    if (originalLength == length) {
      return "";
    }
    String how = originalLength < length ? "padded with N to" : "cropped to";
    return originalLength + " bases " + how + " the model's " + length;
  }

  public String explainedClass() {
    return classNames.get(attribution.classIndex());
  }

  public String predictedClass() {
    return classNames.get(Evaluator.argmax(probabilities));
  }

  /** "positive 0.97 (true class: positive)", or "(your sequence)" without a label. */
  public String probabilityLine() {
    int best = Evaluator.argmax(probabilities);
    return String.format(
        Locale.ROOT,
        "%s %.2f (%s)",
        classNames.get(best),
        probabilities[best],
        trueClass == null ? "your sequence" : "true class: " + trueClass);
  }

  /**
   * The planted site named in a synthetic header ({@code motif=... pos=...}), moved by the same
   * crop or pad that fitted the sequence; empty without one or when fitting cut it off.
   */
  public static Optional<MarkedSite> plantedSite(SequenceRecord record, LengthPolicy policy) {
    Optional<PlantedSite> planted;
    try {
      planted = HeaderTokens.plantedSite(record.description());
    } catch (RuntimeException e) {
      return Optional.empty(); // a malformed header is the data's business, not the figure's
    }
    if (planted.isEmpty()) {
      return Optional.empty();
    }
    PlantedSite p = planted.get();
    int shift = shift(policy, record.length());
    int start = p.start() + shift;
    int end = p.end() + shift;
    if (start < 0 || end > policy.length()) {
      return Optional.empty();
    }
    String label =
        (p.decoy() ? "decoy " : "planted ")
            + p.motif()
            + (p.strand() == '-' ? " (reverse strand)" : "");
    return Optional.of(new MarkedSite(start, end, label));
  }

  /** How far fitting moves base i of a sequence of {@code length} (mirrors LengthPolicy.apply). */
  static int shift(LengthPolicy policy, int length) {
    if (policy.mode() != LengthPolicy.Mode.CENTER || length == policy.length()) {
      return 0;
    }
    return length > policy.length()
        ? -((length - policy.length()) / 2)
        : (policy.length() - length) / 2;
  }
}
