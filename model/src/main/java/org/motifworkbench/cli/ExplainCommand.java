package org.motifworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.motifworkbench.bundle.ModelBundle;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.evaluation.Evaluator;
import org.motifworkbench.files.AtomicFile;
import org.motifworkbench.files.OutputGuard;
import org.motifworkbench.interpret.Attribution;
import org.motifworkbench.interpret.AttributionMethod;
import org.motifworkbench.interpret.BaselineKind;
import org.motifworkbench.interpret.Explainer;
import org.motifworkbench.interpret.ExplanationAgreement;
import org.motifworkbench.interpret.SequenceRegion;
import org.motifworkbench.network.SequenceClassifier;
import org.motifworkbench.sequence.FastaReader;
import org.motifworkbench.sequence.InputWarning;
import org.motifworkbench.sequence.SequenceRecord;
import org.motifworkbench.workflow.AttributionTsv;
import org.motifworkbench.workflow.SequenceExplanation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes per-base explanations of chosen sequences to a TSV table. */
@Command(
    name = "explain",
    description = {
      "Explain which bases drive a model's prediction for chosen sequences: gradient, "
          + "gradient x input, integrated gradients and in-silico mutagenesis, plus the attention "
          + "of every branch, one row per position (TSV).",
      "Then prints, per sequence, how far gradient x input, integrated gradients and "
          + "mutagenesis agree: Spearman's rank correlation of their per-base scores over the "
          + "sequence's own bases (not the N padding), pair by pair, as a tab-separated section "
          + "(--no-agreement skips it, and the extra methods it needs).",
    },
    footer = {
      "",
      "Example:",
      "  mwb explain -m primer.mwb -i samples/primer-motif.fa --ids seq1,seq3 --method all "
          + "-o seq1-3.tsv"
    })
final class ExplainCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

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

  @Option(names = "--ids", split = ",", description = "ids to explain (default: the first --max)")
  List<String> ids = new ArrayList<>();

  @Option(
      names = "--max",
      defaultValue = "10",
      description =
          "without --ids, explain this many "
              + "sequences from the start of the file (default ${DEFAULT-VALUE})")
  int max;

  @Option(names = "--target-class", description = "class to explain (default: the predicted class)")
  String className;

  @Option(
      names = "--method",
      split = ",",
      defaultValue = "gradient-x-input",
      description = "gradient, gradient-x-input, integrated-gradients, mutagenesis or all")
  List<String> methods;

  @Option(names = "--steps", defaultValue = "50", description = "integrated-gradient steps")
  int steps;

  @Option(
      names = "--baseline",
      defaultValue = "uniform",
      description = "integrated-gradient baseline: uniform (0.25 per base) or shuffled")
  String baseline;

  @Option(
      names = {"-o", "--out"},
      required = true,
      description = "TSV to write")
  Path out;

  @Option(
      names = "--length-policy",
      description =
          "fit sequences of other lengths to the model: "
              + "center (crop or pad with N around the middle) or left (default: the model's own policy)")
  String lengthMode;

  @Option(
      names = "--agreement",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "print the agreement section (default: on; --no-agreement to skip it)")
  boolean agreement;

  @Override
  public Integer call() throws Exception {
    new OptionRange("--max", 1, 100_000, "sequences").check(max);
    PrintWriter o = spec.commandLine().getOut();
    OutputGuard.reading(model, input).file(out);
    Set<AttributionMethod> chosen = methods();
    try (ModelBundle bundle = ModelBundle.load(model)) {
      SequenceClassifier classifier = bundle.classifier();
      List<SequenceRecord> records = records();
      Explainer explainer = new Explainer(classifier);
      StringBuilder table =
          new StringBuilder(
              AttributionTsv.header(
                  classifier.spec().attention() ? classifier.spec().kernelSizes() : List.of()));
      long start = System.nanoTime();
      LengthPolicy policy =
          lengthMode == null
              ? bundle.manifest().lengthPolicy()
              : new LengthPolicy(
                  LengthPolicy.Mode.parse(lengthMode), bundle.manifest().lengthPolicy().length());
      List<String> agreements = new ArrayList<>();
      for (SequenceRecord r : records) {
        String bases = policy.apply(r);
        SequenceClassifier.Explained e = classifier.predictWithAttention(bases);
        int cls = classIndex(bundle, e.probabilities());
        Map<AttributionMethod, Attribution> done = new EnumMap<>(AttributionMethod.class);
        for (AttributionMethod m : chosen) {
          Attribution a = attribution(explainer, bases, cls, m);
          done.put(m, a);
          table.append(
              AttributionTsv.rows(
                  r.id(),
                  bundle.manifest().classNames().get(cls),
                  a,
                  e.attention(),
                  policy,
                  r.length()));
        }
        if (agreement) {
          agreements.add(agreementRow(r, policy, explainer, bases, cls, done));
        }
      }
      AtomicFile.writeString(out, table.toString());
      o.printf(
          Locale.ROOT,
          "Explained %d sequences (%s) in %.1f s -> %s%n",
          records.size(),
          chosen.stream().map(AttributionMethod::title).toList(),
          (System.nanoTime() - start) / 1e9,
          out);
      if (agreement) {
        o.println();
        o.println(
            "Agreement of the explanations: Spearman rank correlation of the per-base scores"
                + " over each sequence's own bases (agree: all pairs >= "
                + ExplanationAgreement.AGREEMENT
                + ")");
        o.println(
            "id\tgradient_x_input_vs_integrated_gradients\tgradient_x_input_vs_mutagenesis"
                + "\tintegrated_gradients_vs_mutagenesis\tverdict");
        agreements.forEach(o::println);
      }
    }
    return 0;
  }

  private Attribution attribution(Explainer explainer, String bases, int cls, AttributionMethod m) {
    return m == AttributionMethod.INTEGRATED_GRADIENTS
        ? explainer.integratedGradients(bases, cls, steps, baseline(), 1)
        : explainer.explain(bases, cls, m);
  }

  /** One row of the agreement section, computing the methods not asked for in {@code done}. */
  private String agreementRow(
      SequenceRecord r,
      LengthPolicy policy,
      Explainer explainer,
      String bases,
      int cls,
      Map<AttributionMethod, Attribution> done) {
    for (AttributionMethod m :
        List.of(
            AttributionMethod.GRADIENT_X_INPUT,
            AttributionMethod.INTEGRATED_GRADIENTS,
            AttributionMethod.MUTAGENESIS)) {
      done.computeIfAbsent(m, k -> attribution(explainer, bases, cls, k));
    }
    SequenceRegion own = SequenceExplanation.inputBases(policy, r.length());
    ExplanationAgreement a =
        ExplanationAgreement.of(
            done.get(AttributionMethod.GRADIENT_X_INPUT),
            done.get(AttributionMethod.INTEGRATED_GRADIENTS),
            done.get(AttributionMethod.MUTAGENESIS),
            own.start(),
            own.end());
    String verdict =
        Double.isNaN(a.weakest().rho()) ? "cannot compare" : a.agrees() ? "agree" : "disagree";
    return String.join(
        "\t",
        r.id(),
        ExplanationAgreement.format(a.inputVsIntegrated()),
        ExplanationAgreement.format(a.inputVsMutagenesis()),
        ExplanationAgreement.format(a.integratedVsMutagenesis()),
        verdict);
  }

  private List<SequenceRecord> records() {
    Set<String> wanted = new HashSet<>(ids);
    List<SequenceRecord> out = new ArrayList<>();
    List<InputWarning> warnings;
    try (FastaReader reader = FastaReader.open(input)) {
      while (reader.hasNext() && (ids.isEmpty() ? out.size() < max : wanted.size() > 0)) {
        SequenceRecord r = reader.next();
        if (ids.isEmpty() || wanted.remove(r.id())) {
          out.add(r);
        }
      }
      warnings = reader.warnings();
    }
    if (!wanted.isEmpty()) {
      // a wanted record may exist without bases: say so rather than "not found" alone
      throw new IllegalArgumentException(
          "Not found in "
              + input
              + ": "
              + String.join(", ", wanted.stream().limit(5).toList())
              + "."
              + warnings.stream().map(w -> " " + w).reduce("", String::concat));
    }
    warnings.forEach(w -> spec.commandLine().getOut().println("Warning: " + w));
    return out;
  }

  private int classIndex(ModelBundle bundle, float[] probabilities) {
    if (className != null) {
      return bundle.manifest().classIndex(className);
    }
    return Evaluator.argmax(probabilities);
  }

  private Set<AttributionMethod> methods() {
    Set<AttributionMethod> out = EnumSet.noneOf(AttributionMethod.class);
    for (String m : methods) {
      if (m.equalsIgnoreCase("all")) {
        return EnumSet.allOf(AttributionMethod.class);
      }
      out.add(parseMethod(m));
    }
    return out;
  }

  static AttributionMethod parseMethod(String m) {
    try {
      return AttributionMethod.valueOf(m.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Unknown method '"
              + m
              + "'. Choose gradient, "
              + "gradient-x-input, integrated-gradients, mutagenesis or all.",
          e);
    }
  }

  private BaselineKind baseline() {
    try {
      return BaselineKind.valueOf(baseline.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Unknown baseline '" + baseline + "'. Choose uniform or shuffled.", e);
    }
  }
}
