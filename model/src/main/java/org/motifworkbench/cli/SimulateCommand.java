package org.motifworkbench.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.motifworkbench.data.PrimerRecipe;
import org.motifworkbench.data.PwmRecipe;
import org.motifworkbench.data.SyntheticDataset;
import org.motifworkbench.data.SyntheticGenerator;
import org.motifworkbench.data.SyntheticRecipe;
import org.motifworkbench.data.TeachingDataset;
import org.motifworkbench.files.OutputGuard;
import org.motifworkbench.genome.SyntheticGenome;
import org.motifworkbench.motif.MemeFile;
import org.motifworkbench.motif.MemeFormat;
import org.motifworkbench.motif.Motif;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Writes a synthetic teaching data set with its planted motifs and its accuracy ceiling. */
@Command(
    name = "simulate",
    description = {
      "Write a synthetic teaching data set as FASTA (planted motif, strand and position in each "
          + "header) and its Bayes-optimal accuracy ceiling beside it (<name>.ceiling.json).",
      "Tasks: promoter (the tutorial recipe), promoter-clean (negatives hold no motif), primer, "
          + "splice (3 classes), pwm (sites sampled from MEME motifs), genome (a small genome "
          + "FASTA with planted CTCF-core sites, N runs and soft-masked repeats, plus its peaks "
          + "<name>.narrowPeak and known-answer variants <name>.vcf beside it)."
    },
    footer = {
      "",
      "Examples:",
      "  mwb simulate promoter -n 8000 -o promoter.fa",
      "  mwb simulate pwm --meme JASPAR.meme --motif MA0139.1 --length 101 -o ctcf.fa",
      "  mwb simulate genome -o demo/genome.fa"
    })
final class SimulateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "TASK",
      description = "promoter, promoter-clean, primer, splice, pwm or genome")
  String task;

  @Option(
      names = {"-o", "--out"},
      required = true,
      description = "FASTA file to write")
  Path out;

  @Option(
      names = {"-n", "--count"},
      defaultValue = "2000",
      description = "number of sequences " + "(default ${DEFAULT-VALUE})")
  int count;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "random seed (default ${DEFAULT-VALUE})")
  long seed;

  @Option(
      names = "--length",
      description = "sequence length (default: the task's own; genome: 200000 per chromosome)")
  Integer length;

  @Option(
      names = "--positives",
      description =
          "promoter, promoter-clean, primer: share of positives, above 0 and below 1 "
              + "(default 0.5)")
  Double positives;

  @Option(names = "--consensus", description = "primer task: the planted consensus (IUPAC allowed)")
  String consensus;

  @Option(names = "--meme", description = "pwm task: MEME file with the motifs")
  Path meme;

  @Option(
      names = "--motif",
      split = ",",
      description = "pwm task: motif ids or names (each a class)")
  List<String> motifs = new ArrayList<>();

  @Option(
      names = "--sites",
      defaultValue = "300",
      description = "genome task: planted sites per chromosome (default ${DEFAULT-VALUE})")
  int sites;

  @Option(
      names = "--chromosomes",
      defaultValue = "2",
      description = "genome task: number of chromosomes (default ${DEFAULT-VALUE})")
  int chromosomes;

  @Override
  public Integer call() throws Exception {
    if ("genome".equalsIgnoreCase(task.trim())) {
      return genome();
    }
    OutputGuard.reading(meme).file(out).file(SyntheticDataset.ceilingPath(out));
    SyntheticRecipe t = task();
    List<String> problems = t.problems();
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join(" ", problems));
    }
    SyntheticDataset data = SyntheticGenerator.generate(t);
    data.write(out);
    var o = spec.commandLine().getOut();
    o.printf(Locale.ROOT, "Wrote %d sequences to %s%n", data.sequences().size(), out);
    for (Map.Entry<String, Integer> e : data.sequences().classCounts().entrySet()) {
      o.printf(Locale.ROOT, "  %-12s %d%n", e.getKey(), e.getValue());
    }
    o.printf(
        Locale.ROOT,
        "Accuracy ceiling (Bayes-optimal): %.4f  -> %s%n",
        data.ceiling(),
        SyntheticDataset.ceilingPath(out));
    return 0;
  }

  /** The genome task: FASTA, peaks and variants of a {@link SyntheticGenome}. */
  private int genome() throws java.io.IOException {
    Path peaks = sibling(".narrowPeak");
    Path vcf = sibling(".vcf");
    OutputGuard.reading().file(out).file(peaks).file(vcf);
    int chromosomeLength = length == null ? 200_000 : length;
    SyntheticGenome g = SyntheticGenome.generate(seed, chromosomes, chromosomeLength, sites);
    g.writeFasta(out);
    g.writeNarrowPeak(peaks);
    g.writeVcf(vcf);
    var o = spec.commandLine().getOut();
    o.printf(
        Locale.ROOT,
        "Wrote a genome of %d chromosomes x %,d bases to %s%n",
        chromosomes,
        chromosomeLength,
        out);
    o.printf(
        Locale.ROOT,
        "  %d planted sites of %s (either strand) -> peaks %s%n",
        g.sites().size(),
        SyntheticGenome.MOTIF,
        peaks);
    o.printf(
        Locale.ROOT,
        "  known-answer variants (break_N breaks site N, random_N lies far from sites) -> %s%n",
        vcf);
    return 0;
  }

  private Path sibling(String extension) {
    String name = out.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    return out.resolveSibling(stem + extension);
  }

  private SyntheticRecipe task() {
    if ("pwm".equalsIgnoreCase(task.trim())) {
      return pwmTask();
    }
    TeachingDataset named = TeachingDataset.parse(task);
    SyntheticRecipe t = named.recipe(count, seed, length, positives);
    if (named == TeachingDataset.PRIMER && consensus != null) {
      PrimerRecipe p = (PrimerRecipe) t;
      return new PrimerRecipe(p.length(), count, seed, consensus, p.positiveFraction());
    }
    return t;
  }

  private PwmRecipe pwmTask() {
    if (meme == null || motifs.isEmpty()) {
      throw new IllegalArgumentException("The pwm task needs --meme FILE and --motif ID[,ID...].");
    }
    MemeFile file = MemeFormat.read(meme);
    List<Motif> chosen = motifs.stream().map(file::find).toList();
    PwmRecipe d = PwmRecipe.defaults(chosen, count, seed);
    return new PwmRecipe(
        length == null ? d.length() : length,
        count,
        seed,
        chosen,
        d.backgroundClass(),
        d.bothStrands());
  }
}
