package org.motifworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.motifworkbench.bundle.ModelBundle;
import org.motifworkbench.data.SignalClass;
import org.motifworkbench.files.AtomicFile;
import org.motifworkbench.files.OutputGuard;
import org.motifworkbench.interpret.DiscoveredMotif;
import org.motifworkbench.interpret.FilterMotif;
import org.motifworkbench.motif.InformationContent;
import org.motifworkbench.motif.MatchTsv;
import org.motifworkbench.motif.MemeFormat;
import org.motifworkbench.motif.Motif;
import org.motifworkbench.motif.MotifMatch;
import org.motifworkbench.motif.MotifMatcher;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.sequence.SequenceSet;
import org.motifworkbench.workflow.MotifWorkflow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Finds the motifs a model learned and matches them against a motif database. */
@Command(
    name = "motifs",
    description = {
      "Find the motifs a model learned: its first-layer filters as matrices, and "
          + "motifs discovered from the explanations of correctly predicted sequences; optionally "
          + "match them against a MEME motif database (e.g. JASPAR), with no external program.",
      "Writes into the output folder: filters.meme, filters.tsv, discovered.meme, "
          + "discovered.tsv and (with --db) matches.tsv."
    },
    footer = {
      "",
      "Example:",
      "  mwb motifs -m tfbs.mwb --db samples/motif-databases/JASPAR_CORE_2016_vertebrates.meme "
          + "-o motifs"
    })
final class MotifsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = {"-m", "--model"},
      required = true,
      description = "model file (.mwb)")
  Path model;

  @Mixin InputOptions input;

  @Option(names = "--db", description = "MEME file of known motifs to match against")
  Path database;

  @Option(
      names = "--target-class",
      description =
          "class whose sequences are explained (default: the "
              + "class named like a signal, e.g. 'positive' or 'bound', else the one of two not named like a "
              + "background, e.g. not 'shuffled', else the last)")
  String className;

  @Option(
      names = "--method",
      defaultValue = "gradient-x-input",
      description = "attribution method for discovery (default ${DEFAULT-VALUE})")
  String method;

  @Option(
      names = "--max-sequences",
      defaultValue = "2000",
      description = "explain at most this many sequences (default ${DEFAULT-VALUE})")
  int maxSequences;

  @Option(names = "--top", defaultValue = "5", description = "database matches kept per motif")
  int top;

  @Option(
      names = {"-o", "--out"},
      required = true,
      description = "output folder")
  Path out;

  @Override
  public Integer call() throws Exception {
    new OptionRange("--max-sequences", 1, 10_000_000, "sequences").check(maxSequences);
    new OptionRange("--top", 1, 1000, "matches").check(top);
    PrintWriter o = spec.commandLine().getOut();
    OutputGuard.reading(input.files(model, database))
        .folder(
            out, "filters.meme", "filters.tsv", "discovered.meme", "discovered.tsv", "matches.tsv");
    MotifMatcher matcher = database == null ? null : MotifMatcher.of(MemeFormat.read(database));
    try (ModelBundle bundle = ModelBundle.load(model)) {
      List<String> classes = bundle.manifest().classNames();
      int cls =
          className == null
              ? SignalClass.indexIn(classes)
              : bundle.manifest().classIndex(className);
      SequenceSet data = input.isEmpty() ? recordedData(bundle) : input.toDataSource().load();
      MotifWorkflow.Report report =
          MotifWorkflow.run(
              bundle,
              data,
              new MotifWorkflow.Settings(
                  cls, ExplainCommand.parseMethod(method), maxSequences, matcher, top),
              (f, m) -> {},
              CancellationToken.none());
      Files.createDirectories(out);
      List<Motif> reliable =
          report.filters().stream().filter(FilterMotif::reliable).map(FilterMotif::motif).toList();
      AtomicFile.writeString(
          out.resolve("filters.meme"), MemeFormat.format(reliable, report.background()));
      AtomicFile.writeString(out.resolve("filters.tsv"), filterTable(report));
      List<Motif> discovered = report.discovered().stream().map(DiscoveredMotif::motif).toList();
      AtomicFile.writeString(
          out.resolve("discovered.meme"), MemeFormat.format(discovered, report.background()));
      AtomicFile.writeString(out.resolve("discovered.tsv"), discoveredTable(report));
      if (matcher != null) {
        AtomicFile.writeString(out.resolve("matches.tsv"), MatchTsv.format(report.matches()));
      }
      print(o, report, classes.get(cls));
    }
    return 0;
  }

  private static SequenceSet recordedData(ModelBundle bundle) {
    if (bundle.manifest().data() == null) {
      throw new IllegalArgumentException(
          "This model does not record its training data; give "
              + "the data with --fasta (and --labels if needed).");
    }
    return bundle.manifest().data().load();
  }

  private static String filterTable(MotifWorkflow.Report report) {
    StringBuilder b =
        new StringBuilder(
            "id\tkernel\tfilter\tsites\tmax_activation\treliable\tconsensus\tinformation_bits\n");
    for (FilterMotif f : report.filters()) {
      b.append(
          String.format(
              Locale.ROOT,
              "%s\t%d\t%d\t%d\t%.4g\t%s\t%s\t%.3f%n",
              f.motif().id(),
              f.kernel(),
              f.filter(),
              f.sites(),
              f.maxActivation(),
              f.reliable(),
              f.motif().consensus(),
              InformationContent.forSites(f.sites()).total(f.motif())));
    }
    return b.toString();
  }

  private static String discoveredTable(MotifWorkflow.Report report) {
    StringBuilder b =
        new StringBuilder(
            "id\tsupport\tmean_attribution\tconsensus\tinformation_bits\tbest_match\tbest_match_e\n");
    for (DiscoveredMotif d : report.discovered()) {
      List<MotifMatch> m = report.matches().getOrDefault(d.motif().id(), List.of());
      b.append(
          String.format(
              Locale.ROOT,
              "%s\t%d\t%.4g\t%s\t%.3f\t%s\t%s%n",
              d.motif().id(),
              d.support(),
              d.meanAttribution(),
              d.motif().consensus(),
              InformationContent.forSites(d.support()).total(d.motif()),
              m.isEmpty() ? "" : m.get(0).targetId() + " " + m.get(0).targetName(),
              m.isEmpty() ? "" : String.format(Locale.ROOT, "%.3g", m.get(0).eValue())));
    }
    return b.toString();
  }

  private static void print(PrintWriter o, MotifWorkflow.Report report, String cls) {
    long reliable = report.filters().stream().filter(FilterMotif::reliable).count();
    o.printf(
        Locale.ROOT,
        "%d of %d filters have enough sites for a motif.%n",
        reliable,
        report.filters().size());
    o.printf(
        Locale.ROOT,
        "Discovered %d motifs from %d correctly predicted '%s' sequences:%n",
        report.discovered().size(),
        report.explainedSequences(),
        cls);
    for (DiscoveredMotif d : report.discovered()) {
      List<MotifMatch> matches = report.matches().getOrDefault(d.motif().id(), List.of());
      List<String> names = new ArrayList<>();
      for (MotifMatch m : matches.subList(0, Math.min(3, matches.size()))) {
        names.add(
            String.format(
                Locale.ROOT,
                "%s %s (E=%.2g, %c)",
                m.targetId(),
                m.targetName(),
                m.eValue(),
                m.strand()));
      }
      o.printf(
          Locale.ROOT,
          "  %-14s %-24s support %4d  %s%n",
          d.motif().id(),
          d.motif().consensus(),
          d.support(),
          String.join("; ", names));
    }
  }
}
