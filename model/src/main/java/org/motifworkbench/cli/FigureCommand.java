package org.motifworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.motifworkbench.bundle.ModelBundle;
import org.motifworkbench.evaluation.ClassificationMetrics;
import org.motifworkbench.figure.ConfusionMatrixFigure;
import org.motifworkbench.figure.EvaluationCharts;
import org.motifworkbench.figure.Figure;
import org.motifworkbench.figure.SequenceLogoFigure;
import org.motifworkbench.interpret.SequenceRegion;
import org.motifworkbench.motif.InformationContent;
import org.motifworkbench.motif.MemeFile;
import org.motifworkbench.motif.MemeFormat;
import org.motifworkbench.motif.Motif;
import org.motifworkbench.sequence.FastaReader;
import org.motifworkbench.sequence.SequenceRecord;
import org.motifworkbench.sequence.SequenceSet;
import org.motifworkbench.workflow.EvaluationWorkflow;
import org.motifworkbench.workflow.SequenceExplanation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Figures for papers in batch, drawn by the same code as the workbench's screens: logos of a MEME
 * file, saliency tracks and mutagenesis maps of chosen sequences, and a model's evaluation charts.
 */
@Command(
    name = "figure",
    description = "Draw figures as PDF, SVG or PNG, exactly as the workbench shows them.",
    subcommands = {
      FigureCommand.Logos.class,
      FigureCommand.Saliency.class,
      FigureCommand.Evaluation.class
    })
final class FigureCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }

  /** One sequence logo per motif of a MEME file. */
  @Command(
      name = "logos",
      description = "Sequence logos of the motifs in a MEME file, one file each.",
      footer = {"", "Example:", "  mwb figure logos --meme discovered.meme -o figs --format svg"})
  static final class Logos implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin FigureOptions figure;

    @Option(names = "--meme", required = true, description = "MEME file with the motifs")
    Path meme;

    @Option(names = "--motif", split = ",", description = "ids or names to draw (default: all)")
    List<String> motifs = new ArrayList<>();

    @Option(names = "--reverse-complement", description = "draw the reverse strand too")
    boolean reverse;

    @Override
    public Integer call() throws Exception {
      PrintWriter o = spec.commandLine().getOut();
      figure.reading(List.of(meme));
      MemeFile file = MemeFormat.read(meme);
      List<Motif> chosen =
          motifs.isEmpty() ? file.motifs() : motifs.stream().map(file::find).toList();
      for (Motif m : chosen) {
        SequenceLogoFigure logo =
            SequenceLogoFigure.of(m)
                .withInformationContent(InformationContent.uncorrected())
                .withPalette(figure.palette())
                .withTitle(m.displayName());
        o.println(figure.write(logo, "logo-" + m.id()));
        if (reverse) {
          o.println(
              figure.write(
                  logo.reverseComplement().withTitle(m.displayName() + " (reverse complement)"),
                  "logo-" + m.id() + "-rc"));
        }
      }
      return 0;
    }
  }

  /** The Inspect screen's figures for chosen sequences. */
  @Command(
      name = "saliency",
      description = {
        "Saliency track (bars over the bases, attention, planted site) and/or attribution logo "
            + "(letters scaled by their attribution, positive up, negative down; for the gradient "
            + "all four bases, mean-centred per position), and the mutagenesis heat map of chosen "
            + "sequences.",
        "Files: saliency-ID, attribution-logo-ID and mutagenesis-ID. Positions keep the input's "
            + "numbering; N padding added to fit the model is never drawn. Without --from/--to "
            + "or --around-strongest a sequence of more than "
            + SequenceExplanation.DEFAULT_WINDOW
            + " bases is drawn around its strongest "
            + SequenceExplanation.DEFAULT_WINDOW
            + "-bp window (the output says which)."
      },
      footer = {
        "",
        "Examples:",
        "  mwb figure saliency -m primer.mwb -i samples/primer-motif.fa "
            + "--ids seq1,seq3 -o figs",
        "  mwb figure saliency -m primer.mwb -i seqs.fa --ids s1 --style logo "
            + "--around-strongest 40 -o figs",
        "  mwb figure saliency -m primer.mwb -i seqs.fa --ids s1 --style bars,logo "
            + "--from 11 --to 60 -o figs"
      })
  static final class Saliency implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin FigureOptions figure;

    @Option(
        names = {"-m", "--model"},
        required = true,
        description = "model file (.mwb)")
    Path model;

    @Option(
        names = {"-i", "--input"},
        required = true,
        description = "FASTA with the sequences")
    Path input;

    @Option(names = "--ids", split = ",", description = "ids to draw (default: the first --max)")
    List<String> ids = new ArrayList<>();

    @Option(
        names = "--max",
        defaultValue = "5",
        description =
            "without --ids, draw this many "
                + "sequences from the start of the file (default ${DEFAULT-VALUE})")
    int max;

    @Option(names = "--target-class", description = "class to explain (default: the predicted)")
    String className;

    @Option(
        names = "--method",
        defaultValue = "gradient-x-input",
        description = "gradient, gradient-x-input or integrated-gradients")
    String method;

    @Option(
        names = "--style",
        split = ",",
        defaultValue = "bars",
        description =
            "bars (the saliency track), logo (the attribution logo) or bars,logo "
                + "(default ${DEFAULT-VALUE})")
    List<String> styles;

    @Option(names = "--from", description = "first base to draw, 1-based (with --to)")
    Integer from;

    @Option(names = "--to", description = "last base to draw, 1-based inclusive (with --from)")
    Integer to;

    @Option(
        names = "--around-strongest",
        paramLabel = "W",
        description =
            "draw the W-bp window with the largest summed |attribution| "
                + "(instead of --from/--to)")
    Integer window;

    @Override
    public Integer call() throws Exception {
      new OptionRange("--max", 1, 1000, "sequences").check(max);
      boolean bars = style("bars");
      boolean logo = style("logo");
      checkRegionOptions();
      PrintWriter o = spec.commandLine().getOut();
      figure.reading(List.of(model, input));
      var chosenMethod = ExplainCommand.parseMethod(method);
      try (ModelBundle bundle = ModelBundle.load(model)) {
        for (SequenceRecord r : records()) {
          SequenceExplanation e =
              SequenceExplanation.compute(bundle, r, null, className, chosenMethod);
          SequenceRegion region = region(e);
          if (from == null && window == null && !region.equals(e.bases())) {
            o.println(
                r.id()
                    + ": drawn "
                    + e.describe(region)
                    + ", the strongest "
                    + region.length()
                    + "-bp window (choose with --from/--to or --around-strongest)");
          }
          var palette = figure.palette();
          if (bars) {
            o.println(figure.write(e.trackFigure(palette, region), "saliency-" + r.id()));
          }
          if (logo) {
            o.println(figure.write(e.logoFigure(palette, region), "attribution-logo-" + r.id()));
          }
          o.println(figure.write(e.mutagenesisFigure(palette, region), "mutagenesis-" + r.id()));
        }
      }
      return 0;
    }

    private boolean style(String name) {
      for (String s : styles) {
        String t = s.trim().toLowerCase(Locale.ROOT);
        if (!t.equals("bars") && !t.equals("logo")) {
          throw new IllegalArgumentException(
              "Unknown --style '" + s + "'. Choose bars, logo or bars,logo.");
        }
      }
      return styles.stream().anyMatch(s -> s.trim().equalsIgnoreCase(name));
    }

    private void checkRegionOptions() {
      if ((from == null) != (to == null)) {
        throw new IllegalArgumentException(
            "Give --from and --to together (1-based, inclusive), e.g. --from 101 --to 160.");
      }
      if (from != null && window != null) {
        throw new IllegalArgumentException(
            "Give either --from/--to or --around-strongest, not both.");
      }
      if (window != null) {
        new OptionRange("--around-strongest", 1, 100_000, "bases").check(window);
      }
    }

    private SequenceRegion region(SequenceExplanation e) {
      if (from != null) {
        return e.region(from, to);
      }
      return window != null ? e.strongestRegion(window) : e.defaultRegion();
    }

    private List<SequenceRecord> records() {
      Set<String> wanted = new HashSet<>(ids);
      List<SequenceRecord> out = new ArrayList<>();
      try (FastaReader reader = FastaReader.open(input)) {
        while (reader.hasNext() && (ids.isEmpty() ? out.size() < max : !wanted.isEmpty())) {
          SequenceRecord r = reader.next();
          if (ids.isEmpty() || wanted.remove(r.id())) {
            out.add(r);
          }
        }
      }
      if (!wanted.isEmpty()) {
        throw new IllegalArgumentException(
            "Not found in "
                + input
                + ": "
                + String.join(", ", wanted.stream().limit(5).toList())
                + ".");
      }
      return out;
    }
  }

  /** The Evaluate screen's figures. */
  @Command(
      name = "evaluation",
      description =
          "Confusion matrix, ROC and precision-recall curves "
              + "and score distributions of a model, on its recorded test split or on given data.",
      footer = {"", "Example:", "  mwb figure evaluation -m primer.mwb -o figs --format pdf"})
  static final class Evaluation implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin FigureOptions figure;
    @Mixin InputOptions input;

    @Option(
        names = {"-m", "--model"},
        required = true,
        description = "model file (.mwb)")
    Path model;

    @Override
    public Integer call() throws Exception {
      PrintWriter o = spec.commandLine().getOut();
      figure.reading(input.files(model));
      try (ModelBundle bundle = ModelBundle.load(model)) {
        SequenceSet data =
            input.isEmpty()
                ? EvaluationWorkflow.recordedTestSet(bundle)
                : input.toDataSource().load();
        ClassificationMetrics metrics = EvaluationWorkflow.evaluate(bundle, data);
        o.println(
            figure.write(new ConfusionMatrixFigure(metrics.confusionMatrix()), "confusion-matrix"));
        o.println(figure.write(Figure.of(EvaluationCharts.roc(metrics), 420, 300), "roc-curve"));
        o.println(
            figure.write(
                Figure.of(EvaluationCharts.precisionRecall(metrics), 420, 300),
                "precision-recall"));
        o.println(
            figure.write(
                Figure.of(EvaluationCharts.scoreDistributions(metrics), 420, 300),
                "score-distributions"));
      }
      return 0;
    }
  }
}
