package org.motifworkbench.variants;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.motifworkbench.data.SignalClass;
import org.motifworkbench.encoding.ReverseComplement;
import org.motifworkbench.genome.Contig;
import org.motifworkbench.genome.ReferenceGenome;
import org.motifworkbench.network.ClassScores;
import org.motifworkbench.network.SequenceClassifier;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.progress.ProgressListener;

/**
 * Scores the SNVs of a batch of VCF lines: for each ALT allele the window of the model's length
 * centred on the variant ({@link VariantWindow}) is scored with the reference and with the
 * alternative base, as Selene and Kipoi's variant-effect tools do. A pure function of (model,
 * genome, variants, options) to one {@link VariantEffect} per ALT allele, in the order of the VCF;
 * windows are scored many per network call.
 *
 * <p>Not scored, with a status saying why: alleles on a contig the genome lacks; lines whose REF
 * differs from the genome (upper-cased on both sides, so soft-masked bases compare equal) or runs
 * past the contig's end; SNVs whose window would run off the contig (they are not padded with N,
 * because the model never saw padding inside a genome); indels, multi-base substitutions, symbolic
 * alleles, {@code *} and a missing ALT.
 */
public final class VariantScorer {

  /**
   * How to score.
   *
   * @param classIndex the class whose score is reported (index into the model's classes)
   * @param bothStrands average each window's probabilities with its reverse complement's, as {@code
   *     mwb predict --both-strands}; the score is then the log-odds of that average
   * @param batchSize variant alleles per network call
   */
  public record Options(int classIndex, boolean bothStrands, int batchSize) {

    public Options {
      if (batchSize < 1) {
        throw new IllegalArgumentException("the batch size must be at least 1, not " + batchSize);
      }
    }

    /**
     * Options for a model's classes: {@code className} names the class to score, or null for the
     * class that carries the signal ({@link SignalClass}).
     *
     * @throws IllegalArgumentException naming the model's classes when there is no such class
     */
    public static Options forClasses(List<String> classNames, String className, boolean both) {
      int index =
          className == null ? SignalClass.indexIn(classNames) : classNames.indexOf(className);
      if (index < 0) {
        throw new IllegalArgumentException(
            "the model has no class '"
                + className
                + "'; its classes are "
                + String.join(", ", classNames)
                + ".");
      }
      return new Options(index, both, 256);
    }
  }

  private VariantScorer() {}

  /**
   * Scores every ALT allele of {@code variants}.
   *
   * @param progress told the fraction of alleles done
   * @param cancel checked between network calls
   */
  public static List<VariantEffect> score(
      SequenceClassifier classifier,
      ReferenceGenome genome,
      List<VcfVariant> variants,
      Options options,
      ProgressListener progress,
      CancellationToken cancel) {
    if (options.classIndex() >= classifier.numClasses()) {
      throw new IllegalArgumentException(
          "class index " + options.classIndex() + " but the model has " + classifier.numClasses());
    }
    int length = classifier.inputLength();
    List<VariantEffect> out = new ArrayList<>();
    List<Pending> pending = new ArrayList<>();
    int total = 0;
    for (VcfVariant v : variants) {
      total += Math.max(1, v.alts().size());
    }
    for (VcfVariant v : variants) {
      Optional<Unscored> unscored = checkLocus(genome, v);
      List<String> alts = v.alts().isEmpty() ? List.of(".") : v.alts();
      for (String alt : alts) {
        if (unscored.isPresent()) {
          out.add(VariantEffect.skipped(v, alt, unscored.get().status(), unscored.get().detail()));
          continue;
        }
        VariantStatus kind = kindOf(v.ref(), alt);
        if (kind != VariantStatus.OK) {
          out.add(VariantEffect.skipped(v, alt, kind, ""));
          continue;
        }
        long start = VariantWindow.start(v.position(), length);
        long contigLength = genome.contig(v.contig()).map(Contig::length).orElseThrow();
        if (start < 0 || start + length > contigLength) {
          out.add(
              VariantEffect.skipped(
                  v,
                  alt,
                  VariantStatus.WINDOW_OFF_CONTIG,
                  "the window of "
                      + length
                      + " bases around it runs off "
                      + v.contig()
                      + " (0-"
                      + contigLength
                      + ")"));
          continue;
        }
        out.add(null);
        pending.add(new Pending(out.size() - 1, v, alt));
        if (pending.size() == options.batchSize()) {
          scoreBatch(classifier, genome, pending, options, out);
          progress.progress((double) out.size() / total, "Scored " + out.size() + " variants");
          cancel.throwIfCancelled();
        }
      }
    }
    scoreBatch(classifier, genome, pending, options, out);
    progress.progress(1, "Scored " + out.size() + " variants");
    return out;
  }

  private record Pending(int row, VcfVariant variant, String alt) {}

  private record Unscored(VariantStatus status, String detail) {}

  /**
   * Why the line's locus cannot be scored, or empty: missing contig, REF past the contig's end, REF
   * unlike the genome.
   */
  private static Optional<Unscored> checkLocus(ReferenceGenome genome, VcfVariant v) {
    Optional<String> missing = genome.missingContig(v.contig());
    if (missing.isPresent()) {
      return Optional.of(new Unscored(VariantStatus.CONTIG_MISSING, missing.get()));
    }
    long contigLength = genome.contig(v.contig()).orElseThrow().length();
    long from = v.position() - 1;
    long to = from + v.ref().length();
    if (from < 0 || to > contigLength) {
      return Optional.of(
          new Unscored(
              VariantStatus.POSITION_OFF_CONTIG,
              v.contig()
                  + " has "
                  + String.format(Locale.ROOT, "%,d", contigLength)
                  + " bases: the VCF was made for another genome build"));
    }
    String genomic = genome.bases(v.contig(), from, to).toUpperCase(Locale.ROOT);
    if (!genomic.equals(v.ref())) {
      return Optional.of(
          new Unscored(VariantStatus.REF_MISMATCH, "REF " + v.ref() + ", genome " + genomic));
    }
    return Optional.empty();
  }

  /** OK for an SNV, else the skip status of the allele. */
  static VariantStatus kindOf(String ref, String alt) {
    if (alt.equals(".")) {
      return VariantStatus.NO_ALT;
    }
    if (alt.equals("*")) {
      return VariantStatus.SPANNING_DELETION;
    }
    if (alt.startsWith("<")
        || alt.indexOf('[') >= 0
        || alt.indexOf(']') >= 0
        || (alt.length() > 1 && (alt.startsWith(".") || alt.endsWith(".")))) {
      return VariantStatus.SYMBOLIC;
    }
    if (alt.length() != ref.length()) {
      return VariantStatus.INDEL;
    }
    return alt.length() == 1 ? VariantStatus.OK : VariantStatus.MULTI_BASE;
  }

  private static void scoreBatch(
      SequenceClassifier classifier,
      ReferenceGenome genome,
      List<Pending> pending,
      Options options,
      List<VariantEffect> out) {
    if (pending.isEmpty()) {
      return;
    }
    int length = classifier.inputLength();
    List<String> windows = new ArrayList<>();
    for (Pending p : pending) {
      VariantWindow w =
          VariantWindow.of(genome, p.variant().contig(), p.variant().position(), p.alt(), length);
      windows.add(w.ref());
      windows.add(w.alt());
    }
    float[][] scored = scores(classifier, windows, options);
    for (int i = 0; i < pending.size(); i++) {
      Pending p = pending.get(i);
      out.set(
          p.row(),
          new VariantEffect(
              p.variant(),
              p.alt(),
              VariantStatus.OK,
              "",
              scored[0][2 * i],
              scored[0][2 * i + 1],
              scored[1][2 * i],
              scored[1][2 * i + 1]));
    }
    pending.clear();
  }

  /**
   * Class scores (row 0) and probabilities (row 1) of {@code windows} for the options' class.
   * Forward only: the score is the logit of the class (for two classes the sigmoid logit, negated
   * for class 0). Both strands: the probabilities of the window and its reverse complement are
   * averaged and the score is the log-odds of that average (for two classes the same scale).
   */
  static float[][] scores(SequenceClassifier classifier, List<String> windows, Options options) {
    int n = windows.size();
    int k = classifier.numClasses();
    int c = options.classIndex();
    float[] score = new float[n];
    float[] probability = new float[n];
    float[] forward = classifier.logits(windows, n);
    if (!options.bothStrands()) {
      for (int i = 0; i < n; i++) {
        score[i] = classLogit(forward, k, i, c);
        probability[i] = probability(forward, k, i, c);
      }
      return new float[][] {score, probability};
    }
    float[] reverse = classifier.logits(windows.stream().map(ReverseComplement::of).toList(), n);
    for (int i = 0; i < n; i++) {
      double p = (probability(forward, k, i, c) + probability(reverse, k, i, c)) / 2.0;
      p = Math.min(Math.max(p, 1e-7), 1 - 1e-7);
      probability[i] = (float) p;
      score[i] = (float) Math.log(p / (1 - p));
    }
    return new float[][] {score, probability};
  }

  /** Window i's class score; {@code classes} is the model's class count. */
  private static float classLogit(float[] logits, int classes, int i, int c) {
    return ClassScores.logit(logits, classes == 2 ? 1 : classes, i, c);
  }

  private static float probability(float[] logits, int classes, int i, int c) {
    return (float) ClassScores.probability(logits, classes == 2 ? 1 : classes, i, c);
  }
}
