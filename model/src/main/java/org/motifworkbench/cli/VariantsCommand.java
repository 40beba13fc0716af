package org.motifworkbench.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.motifworkbench.bundle.ModelBundle;
import org.motifworkbench.files.AtomicFile;
import org.motifworkbench.files.OutputGuard;
import org.motifworkbench.genome.ReferenceGenome;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.progress.ProgressListener;
import org.motifworkbench.variants.EffectCounts;
import org.motifworkbench.variants.EffectsTsv;
import org.motifworkbench.variants.VariantEffect;
import org.motifworkbench.variants.VariantScorer;
import org.motifworkbench.variants.VariantStatus;
import org.motifworkbench.variants.VcfReader;
import org.motifworkbench.variants.VcfVariant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Scores the SNVs of a VCF file with a saved model: reference against alternative window. */
@Command(
    name = "variants",
    description = {
      "Score the effect of each SNV of a VCF file (.vcf or .vcf.gz) on a model's class score:"
          + " the window of the model's length centred on the variant, with the reference and with"
          + " the alternative base.",
      "Writes one row per ALT allele, in the order of the VCF: id, chrom, pos, ref, alt,"
          + " ref_score, alt_score, delta (alt - ref, in logits), status, ref_probability,"
          + " alt_probability. Rows not scored say why in status (ref mismatch, contig missing,"
          + " window off contig, skipped: indel, ...)."
    },
    footer = {
      "",
      "Example:",
      "  mwb variants -m ctcf.mwb -g hg38.fa --vcf sample.vcf.gz -o effects.tsv"
    })
final class VariantsCommand implements Callable<Integer> {

  /** VCF lines read and scored at a time: memory stays flat in the size of the VCF. */
  private static final int LINES_PER_BATCH = 4096;

  @Spec CommandSpec spec;

  @Option(
      names = {"-m", "--model"},
      required = true,
      description = "model file (.mwb)")
  Path model;

  @Option(
      names = {"-g", "--genome"},
      required = true,
      description =
          "reference genome FASTA (plain, or bgzip with its index); .fai built if missing")
  Path genome;

  @Option(names = "--vcf", required = true, description = "variants (.vcf or .vcf.gz)")
  Path vcf;

  @Option(
      names = {"-o", "--out"},
      required = true,
      description = "effects table to write (.tsv)")
  Path out;

  @Option(
      names = "--class",
      paramLabel = "NAME",
      description = "class whose score is compared (default: the class that carries the signal)")
  String className;

  @Option(
      names = "--both-strands",
      description =
          "average each window's probabilities with its reverse complement's, as mwb predict"
              + " --both-strands (for models trained on both strands)")
  boolean bothStrands;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    OutputGuard.reading(model, genome, vcf).file(out);
    // The workbench runs on JDK 17, where a console exists only when a terminal is attached.
    @SuppressWarnings("SystemConsoleNull")
    boolean interactive = System.console() != null;
    EffectCounts counts = new EffectCounts();
    long started = System.nanoTime();
    try (ModelBundle bundle = ModelBundle.load(model);
        ReferenceGenome reference = ReferenceGenome.open(genome);
        VcfReader reader = VcfReader.open(vcf)) {
      VariantScorer.Options options =
          VariantScorer.Options.forClasses(
              bundle.classifier().classNames(), className, bothStrands);
      String scoredClass = bundle.classifier().classNames().get(options.classIndex());
      AtomicFile.write(
          out,
          stream -> {
            Writer w =
                new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
            w.write(EffectsTsv.header());
            w.write('\n');
            List<VcfVariant> batch = new ArrayList<>();
            boolean more = true;
            while (more) {
              VcfVariant v = reader.next();
              more = v != null;
              if (v != null) {
                batch.add(v);
              }
              if (batch.size() == LINES_PER_BATCH || (!more && !batch.isEmpty())) {
                List<VariantEffect> effects =
                    VariantScorer.score(
                        bundle.classifier(),
                        reference,
                        batch,
                        options,
                        ProgressListener.NONE,
                        CancellationToken.none());
                for (VariantEffect e : effects) {
                  w.write(EffectsTsv.row(e));
                  w.write('\n');
                }
                counts.add(effects);
                batch.clear();
                if (interactive) {
                  err.printf(Locale.ROOT, "\r%,d alleles scored", counts.total());
                  err.flush();
                }
              }
            }
            w.flush();
          });
      double seconds = (System.nanoTime() - started) / 1e9;
      err.printf(
          Locale.ROOT,
          "%sScored %,d of %,d alleles for class '%s'%s in %.1f s -> %s%n",
          interactive ? "\r" : "",
          counts.count(VariantStatus.OK),
          counts.total(),
          scoredClass,
          bothStrands ? " (both strands)" : "",
          seconds,
          out);
    }
    printSummary(err, counts);
    return 0;
  }

  private static void printSummary(PrintWriter err, EffectCounts counts) {
    for (Map.Entry<VariantStatus, Integer> e : counts.counts().entrySet()) {
      err.printf(Locale.ROOT, "  %-34s %,d%n", e.getKey().label() + ":", e.getValue());
    }
    if (counts.mismatchLines() > 0) {
      err.printf(
          Locale.ROOT,
          "Warning: %,d VCF lines have a REF that differs from the genome (not scored; is the"
              + " VCF from another genome build?):%n",
          counts.mismatchLines());
      for (String m : counts.mismatchExamples()) {
        err.println("  " + m);
      }
      if (counts.mismatchLines() > counts.mismatchExamples().size()) {
        err.printf(
            Locale.ROOT,
            "  ... and %,d more%n",
            counts.mismatchLines() - counts.mismatchExamples().size());
      }
    }
    for (String hint : counts.missingContigHints()) {
      err.println("Warning: " + hint);
    }
  }
}
