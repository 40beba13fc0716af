package org.motifworkbench.app.variants;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.motifworkbench.figure.MutagenesisHeatmapFigure;
import org.motifworkbench.figure.NucleotidePalette;
import org.motifworkbench.figure.SequenceTrackFigure;
import org.motifworkbench.figure.SequenceTrackFigure.MarkedSite;
import org.motifworkbench.genome.ReferenceGenome;
import org.motifworkbench.interpret.Attribution;
import org.motifworkbench.interpret.AttributionMethod;
import org.motifworkbench.interpret.Explainer;
import org.motifworkbench.interpret.SequenceRegion;
import org.motifworkbench.network.SequenceClassifier;
import org.motifworkbench.variants.VariantEffect;
import org.motifworkbench.variants.VariantWindow;

/**
 * One scored variant explained: gradient x input of the reference and of the alternative window for
 * the scored class, and the in-silico mutagenesis of the reference window. Figures show the whole
 * window up to {@link #SHOWN} bases, else that many around the variant, numbered as the genome
 * (1-based).
 */
record VariantComparison(
    VariantEffect effect,
    VariantWindow window,
    Attribution reference,
    Attribution alternative,
    Attribution mutagenesis) {

  /** Bases shown at most: a readable track on screen. */
  static final int SHOWN = 101;

  static final AttributionMethod METHOD = AttributionMethod.GRADIENT_X_INPUT;

  /** Computes the explanations: gradients, so on the engine thread. */
  static VariantComparison compute(
      SequenceClassifier classifier, Path genomeFile, VariantEffect effect, int classIndex) {
    VariantWindow window;
    try (ReferenceGenome genome = ReferenceGenome.open(genomeFile)) {
      window =
          VariantWindow.of(
              genome,
              effect.variant().contig(),
              effect.variant().position(),
              effect.alt(),
              classifier.inputLength());
    }
    Explainer explainer = new Explainer(classifier);
    return new VariantComparison(
        effect,
        window,
        explainer.explain(window.ref(), classIndex, METHOD),
        explainer.explain(window.alt(), classIndex, METHOD),
        explainer.mutagenesis(window.ref(), classIndex));
  }

  /** The stretch of the window the figures show, the variant in its middle. */
  SequenceRegion region() {
    int length = window.ref().length();
    if (length <= SHOWN) {
      return new SequenceRegion(0, length);
    }
    int start = Math.max(0, Math.min(length - SHOWN, window.offset() - SHOWN / 2));
    return new SequenceRegion(start, start + SHOWN);
  }

  /** The 1-based genome position of the first base shown. */
  private int firstPosition() {
    return Math.toIntExact(window.interval().start() + region().start() + 1);
  }

  /** Reference above alternative, on one scale, the variant bracketed in both. */
  VariantTracksFigure tracksFigure(NucleotidePalette palette) {
    SequenceRegion region = region();
    Attribution ref = reference.slice(region);
    Attribution alt = alternative.slice(region);
    int at = window.offset() - region.start();
    String refBase = effect.variant().ref();
    String altBase = effect.alt();
    SequenceTrackFigure top =
        new SequenceTrackFigure(
            ref.sequence(),
            ref.perPosition(),
            List.of(),
            Optional.of(
                new MarkedSite(
                    at,
                    at + 1,
                    String.format(
                        Locale.ROOT, "reference %s, score %.2f", refBase, effect.refScore()))),
            palette,
            "ref",
            firstPosition());
    SequenceTrackFigure bottom =
        new SequenceTrackFigure(
            alt.sequence(),
            alt.perPosition(),
            List.of(),
            Optional.of(
                new MarkedSite(
                    at,
                    at + 1,
                    String.format(
                        Locale.ROOT,
                        "alternative %s, score %.2f (delta %.2f)",
                        altBase,
                        effect.altScore(),
                        effect.delta()))),
            palette,
            "alt",
            firstPosition());
    double min = 0;
    double max = 0;
    for (float[] values : List.of(ref.perPosition(), alt.perPosition())) {
      for (float v : values) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    return new VariantTracksFigure(top.withValueRange(min, max), bottom.withValueRange(min, max));
  }

  /** The reference window's mutagenesis over the same bases as the tracks. */
  MutagenesisHeatmapFigure mutagenesisFigure(NucleotidePalette palette) {
    Attribution m = mutagenesis.slice(region());
    return new MutagenesisHeatmapFigure(m.sequence(), m.values(), palette);
  }

  /** A file name for exported figures: variant-chr2-5007-G-T. */
  String name() {
    return "variant-"
        + effect.variant().contig()
        + "-"
        + effect.variant().position()
        + "-"
        + effect.variant().ref()
        + "-"
        + effect.alt();
  }
}
