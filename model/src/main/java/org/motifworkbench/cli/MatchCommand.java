package org.motifworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.motifworkbench.files.AtomicFile;
import org.motifworkbench.files.OutputGuard;
import org.motifworkbench.motif.ColumnSimilarity;
import org.motifworkbench.motif.MatchOptions;
import org.motifworkbench.motif.MatchTsv;
import org.motifworkbench.motif.MemeFile;
import org.motifworkbench.motif.MemeFormat;
import org.motifworkbench.motif.Motif;
import org.motifworkbench.motif.MotifMatch;
import org.motifworkbench.motif.MotifMatcher;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.progress.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Compares the motifs of one MEME file with a motif database, the way Tomtom does. */
@Command(
    name = "match",
    description = {
      "Compare motifs (from MEME, HOMER converted to MEME, a paper, or mwb motifs) with a MEME "
          + "motif database such as JASPAR, the way Tomtom (MEME Suite 5) does: every offset and "
          + "both strands, Euclidean distance by default, p-values from the database's own "
          + "columns, E = p x database size, Benjamini-Hochberg q-values per query.",
      "Writes one tab-separated line per match kept (query, target_id, target_name, offset, "
          + "strand, overlap, score, p_value, e_value, q_value), best first within each query."
    },
    footer = {
      "",
      "Example:",
      "  mwb match -q discovered.meme --db JASPAR_CORE_2016_vertebrates.meme -o matches.tsv",
      "(JASPAR is in samples/motif-databases of the workbench.)"
    })
final class MatchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = {"-q", "--query"},
      required = true,
      description = "MEME file of the motifs to look up")
  Path query;

  @Option(names = "--db", required = true, description = "MEME file of known motifs")
  Path database;

  @Option(
      names = {"-o", "--out"},
      required = true,
      description = "matches table to write (.tsv)")
  Path out;

  @Option(
      names = "--distance",
      defaultValue = "euclidean",
      description =
          "column distance: euclidean (Tomtom's default) or pearson (default ${DEFAULT-VALUE})")
  String distance;

  @Option(
      names = "--min-overlap",
      defaultValue = "1",
      description =
          "fewest aligned columns, or the shorter motif's width (default ${DEFAULT-VALUE})")
  int minOverlap;

  @Option(
      names = "--max-qvalue",
      description = "keep matches with q <= this (default 0.5, Tomtom's; not with --max-pvalue)")
  Double maxQValue;

  @Option(names = "--max-pvalue", description = "keep matches with p <= this instead")
  Double maxPValue;

  @Option(
      names = "--top",
      description = "keep at most this many matches per query motif (default: all that pass)")
  Integer top;

  @Option(names = "--threads", description = "threads to compare on (default: the number of cores)")
  Integer threads;

  @Override
  public Integer call() throws IOException {
    if (maxQValue != null && maxPValue != null) {
      throw new IllegalArgumentException(
          "--max-qvalue and --max-pvalue exclude each other: give one of them.");
    }
    checkFraction("--max-qvalue", maxQValue);
    checkFraction("--max-pvalue", maxPValue);
    new OptionRange("--min-overlap", 1, 1000, "columns").check(minOverlap);
    if (top != null) {
      new OptionRange("--top", 1, 1_000_000, "matches").check(top);
    }
    int cores = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    OptionRange.THREADS.check(cores);
    MatchOptions options = new MatchOptions(parseDistance(distance), minOverlap);
    OutputGuard.reading(query, database).file(out);
    MemeFile queries = MemeFormat.read(query);
    MemeFile db = MemeFormat.read(database);
    checkUniqueIds(query, queries.motifs());
    if (queries.motifs().isEmpty() || db.motifs().isEmpty()) {
      Path empty = queries.motifs().isEmpty() ? query : database;
      throw new IllegalArgumentException(empty + ": the file holds no motifs.");
    }
    MotifMatcher matcher = MotifMatcher.of(db.motifs(), options);
    List<List<MotifMatch>> all =
        matcher.matchAll(
            queries.motifs(),
            db.motifs().size(),
            cores,
            ProgressListener.NONE,
            CancellationToken.none());
    Map<String, List<MotifMatch>> kept = new LinkedHashMap<>();
    int total = 0;
    for (int i = 0; i < all.size(); i++) {
      List<MotifMatch> passing = keep(all.get(i));
      kept.put(queries.motifs().get(i).id(), passing);
      total += passing.size();
    }
    AtomicFile.writeString(out, MatchTsv.format(kept));
    print(spec.commandLine().getOut(), queries.motifs(), kept, db.motifs().size(), total);
    return 0;
  }

  private List<MotifMatch> keep(List<MotifMatch> matches) {
    List<MotifMatch> out = new ArrayList<>();
    for (MotifMatch m : matches) {
      boolean passes = maxPValue != null ? m.pValue() <= maxPValue : m.qValue() <= qThreshold();
      if (passes && (top == null || out.size() < top)) {
        out.add(m);
      }
    }
    return out;
  }

  private double qThreshold() {
    return maxQValue != null ? maxQValue : 0.5;
  }

  private void print(
      PrintWriter o,
      List<Motif> queries,
      Map<String, List<MotifMatch>> kept,
      int databaseSize,
      int total) {
    String rule =
        maxPValue != null
            ? String.format(Locale.ROOT, "p <= %s", maxPValue)
            : String.format(Locale.ROOT, "q <= %s", qThreshold());
    o.printf(
        Locale.ROOT,
        "Compared %d query motifs with %d database motifs (%s distance); %d matches with %s "
            + "written to %s%n",
        queries.size(),
        databaseSize,
        distance.toLowerCase(Locale.ROOT),
        total,
        rule,
        out);
    for (Motif q : queries) {
      List<MotifMatch> matches = kept.get(q.id());
      if (matches.isEmpty()) {
        o.printf(Locale.ROOT, "  %-24s no match with %s%n", q.displayName(), rule);
      } else {
        MotifMatch best = matches.get(0);
        o.printf(
            Locale.ROOT,
            "  %-24s best %s%s  E = %.2g  q = %.2g%n",
            q.displayName(),
            best.targetId(),
            best.targetName().isEmpty() ? "" : " " + best.targetName(),
            best.eValue(),
            best.qValue());
      }
    }
  }

  static ColumnSimilarity parseDistance(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "euclidean", "ed" -> ColumnSimilarity.EUCLIDEAN;
      case "pearson" -> ColumnSimilarity.PEARSON;
      default ->
          throw new IllegalArgumentException(
              "--distance must be euclidean or pearson, not '" + text + "'.");
    };
  }

  private static void checkFraction(String option, Double value) {
    if (value != null && !(value > 0 && value <= 1)) {
      throw new IllegalArgumentException(
          option + " must be a probability above 0 and at most 1, not " + value + ".");
    }
  }

  private static void checkUniqueIds(Path file, List<Motif> motifs) {
    Set<String> seen = new HashSet<>();
    for (Motif m : motifs) {
      if (!seen.add(m.id())) {
        throw new IllegalArgumentException(
            file + ": the motif id " + m.id() + " occurs twice; give each motif its own id.");
      }
    }
  }
}
