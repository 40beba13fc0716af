package org.motifworkbench.app.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.motifworkbench.data.AccuracyCeiling;
import org.motifworkbench.data.BayesCeiling;
import org.motifworkbench.data.ClassProcess;
import org.motifworkbench.data.PrimerRecipe;
import org.motifworkbench.data.SplitPlan;
import org.motifworkbench.data.SyntheticDataset;
import org.motifworkbench.data.SyntheticGenerator;
import org.motifworkbench.data.TeachingDataset;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.network.NetworkSpec;
import org.motifworkbench.sequence.SequenceRecord;
import org.motifworkbench.sequence.SequenceSet;
import org.motifworkbench.training.TrainingSpec;

/**
 * The numbers the lessons, their answer keys, the teacher's guide and the READMEs quote, recomputed
 * from the generator and the shipped samples, so that the texts and the data cannot drift apart.
 * Each number is found in the text by the phrase around it: a reworded sentence fails here and must
 * be given its phrase (a missing phrase is a failure, not a skip). Tolerances are those of the
 * rounding the text uses (a percentage to the point, an accuracy to the hundredth).
 */
class LessonFactsTest {

  private static final Path ROOT = Path.of("..");
  private static final Path SAMPLES = ROOT.resolve("samples");
  private static final Path LESSONS = SAMPLES.resolve("lessons");
  private static final Path KEYS = LESSONS.resolve("instructor");
  private static final List<String> SIX_MERS = List.of("TATAAA", "GGGCGG", "TTGACA");

  private static final Map<String, String> TEXTS = new LinkedHashMap<>();
  private static Promoter promoter;
  private static SyntheticDataset clean;

  /** The lesson-2 data (promoter, 8,000 sequences, seed 7), measured as the texts describe it. */
  private record Promoter(
      SyntheticDataset data,
      double negativesWithCaat,
      double negativesWithSixMer,
      double negativesWithDecoy,
      double gcNegative,
      double gcPositive,
      double ruleAccuracy,
      double fourMotifRuleAccuracy,
      int caatPositives,
      int caatPositivesLost,
      double positivesLost,
      double negativesCalledPositive) {}

  @BeforeAll
  static void measure() throws IOException {
    read("lesson 1", LESSONS.resolve("1-find-the-planted-motif.json"));
    read("lesson 1 key", KEYS.resolve("find-the-planted-motif.json"));
    read("lesson 2", LESSONS.resolve("2-why-83-percent.json"));
    read("lesson 2 key", KEYS.resolve("why-83-percent.json"));
    read("lesson 3", LESSONS.resolve("3-real-chipseq-ctcf.json"));
    read("lesson 3 key", KEYS.resolve("real-chipseq-ctcf.json"));
    read("lesson 4", LESSONS.resolve("4-attention-vs-max-pooling.json"));
    read("lesson 4 key", KEYS.resolve("attention-vs-max-pooling.json"));
    read("docs/teaching.md", ROOT.resolve("docs").resolve("teaching.md"));
    read("README.md", ROOT.resolve("README.md"));
    read("samples/README.md", SAMPLES.resolve("README.md"));
    for (TeachingDataset t : TeachingDataset.values()) {
      TEXTS.put("TeachingDataset." + t.name(), t.description());
    }
    promoter =
        promoter(SyntheticGenerator.generate(TeachingDataset.PROMOTER.recipe(8000, 7, null)));
    clean = SyntheticGenerator.generate(TeachingDataset.PROMOTER_CLEAN.recipe(8000, 7, null));
  }

  @Test
  void lessonTwoCeilingIsTheGeneratedOne() {
    double ceiling = promoter.data().ceiling();
    // "0.8265 for the 8,000 sequences of seed 7": to the fourth decimal.
    near(
        "the promoter ceiling",
        ceiling,
        0.00005,
        "\\((0\\.\\d{4}) for (?:the |these )?8,000 sequences",
        "lesson 2 key",
        "docs/teaching.md",
        "README.md");
    near(
        "the promoter ceiling, rounded",
        ceiling,
        0.005,
        "[Cc]eiling(?: is| of|:)? \\**\\(?(0\\.\\d\\d)\\b",
        "lesson 2",
        "lesson 2 key",
        "docs/teaching.md");
    near(
        "the promoter ceiling in percent",
        100 * ceiling,
        0.5,
        "(?:near|pass about) (\\d\\d)%",
        "lesson 2",
        "TeachingDataset.PROMOTER");
    near(
        "the share the best rule gets wrong, in percent",
        100 * (1 - ceiling),
        0.5,
        "[Aa]bout (\\d\\d)% of (?:the )?sequences",
        "lesson 2 key",
        "docs/teaching.md");
  }

  @Test
  void theBestRuleOnTheTestSplitIsAPointOrTwoFromTheCeiling() {
    SyntheticDataset d = promoter.data();
    int[] test = SplitPlan.stratified(42).split(d.sequences()).test();
    List<String> bases = new ArrayList<>();
    int[] labels = new int[test.length];
    int[] all = d.sequences().labelIndices();
    for (int i = 0; i < test.length; i++) {
      bases.add(d.sequences().records().get(test[i]).bases());
      labels[i] = all[test[i]];
    }
    double onTest =
        BayesCeiling.accuracy(d.recipe().processes(), d.recipe().classPriors(), bases, labels);
    assertTrue(Math.abs(onTest - d.ceiling()) <= 0.02, "a point or two: " + onTest);
    String[] quoted =
        quotes("best rule itself scores (0\\.\\d\\d) \\((0\\.\\d{4})\\)", "lesson 2 key").get(0);
    assertEquals(onTest, number(quoted[0]), 0.005);
    assertEquals(onTest, number(quoted[1]), 0.00005);
  }

  @Test
  void otherSeedsGiveAboutTheSameCeiling() {
    double low = 1;
    double high = 0;
    for (long seed : new long[] {1, 42}) {
      double c =
          SyntheticGenerator.generate(TeachingDataset.PROMOTER.recipe(8000, seed, null)).ceiling();
      low = Math.min(low, c);
      high = Math.max(high, c);
    }
    String[] range = quotes("other seeds give (0\\.\\d\\d)-(0\\.\\d\\d)", "lesson 2 key").get(0);
    assertTrue(
        low >= number(range[0]) - 0.005 && high <= number(range[1]) + 0.005,
        "seeds 1 and 42 give " + low + "-" + high + ", the key says " + range[0] + "-" + range[1]);
  }

  @Test
  void chanceMotifsInNegatives() {
    near(
        "negatives containing CAAT (forward strand), in percent",
        100 * promoter.negativesWithCaat(),
        1.0,
        "(\\d\\d)% of (?:the )?random (?:negatives|200-b(?:ase|p) sequences)",
        "lesson 2",
        "lesson 2 key",
        "README.md",
        "docs/teaching.md");
    double random = chanceOfCaatIn(200);
    near(
        "random 200-base sequences containing CAAT, in percent",
        100 * random,
        0.5,
        "(\\d\\d)% of random 200-b(?:ase|p) sequences",
        "lesson 2",
        "README.md");
    halfOf(promoter.negativesWithCaat(), "lesson 2", "lesson 2 key", "TeachingDataset.PROMOTER");
    near(
        "negatives with TATAAA, GGGCGG or TTGACA by chance, in percent",
        100 * promoter.negativesWithSixMer(),
        1.0,
        "(?:TTGACA in about (\\d+)% of them|the (\\d+)% of negatives with a chance 6-mer"
            + "|about (\\d+)% of negatives carry)",
        "lesson 2 key",
        "docs/teaching.md",
        "README.md");
    near(
        "negatives with a six-letter motif, as 1 in N",
        1 / promoter.negativesWithSixMer(),
        0.5,
        "six-letter motif in about 1 in (\\d+)",
        "lesson 2");
  }

  @Test
  void whatTheBestRuleGetsWrong() {
    for (String[] counts :
        quotes("CAAT positives \\((\\d+) of ([\\d,]+)", "lesson 2 key", "docs/teaching.md")) {
      assertEquals(promoter.caatPositivesLost(), (int) number(counts[0]), "CAAT positives lost");
      assertEquals(promoter.caatPositives(), (int) number(counts[1]), "CAAT positives");
    }
    double share = (double) promoter.caatPositivesLost() / promoter.caatPositives();
    assertTrue(share > 0.7 && share < 0.8, "'three of every four' CAAT positives: " + share);
    assertFalse(quotes("(three) of every four CAAT positives", "lesson 2 key").isEmpty());
    near(
        "positives the best rule calls negative, in percent",
        100 * promoter.positivesLost(),
        0.5,
        "(\\d+)% of all positives",
        "lesson 2 key");
    near(
        "negatives the best rule calls positive, in percent",
        100 * promoter.negativesCalledPositive(),
        0.5,
        "(\\d+)% of negatives, counting",
        "lesson 2 key");
    // "one or two CAATs" are called negative, "three or more" positive.
    assertEquals(0, bestRuleSaysPositive(1));
    assertEquals(0, bestRuleSaysPositive(2));
    assertEquals(1, bestRuleSaysPositive(3));
    assertFalse(quotes("(three) or more CAATs", "lesson 2 key").isEmpty());
    assertFalse(quotes("only motif is (one) or two CAATs", "lesson 2 key", "README.md").isEmpty());
  }

  @Test
  void simpleRulesAgainstTheCeiling() {
    near(
        "the three-6-mer rule's accuracy",
        promoter.ruleAccuracy(),
        0.005,
        "rule(?:'s| \\(| scores | is right for )(0\\.\\d\\d)",
        "lesson 2",
        "lesson 2 key",
        "docs/teaching.md");
    near(
        "the four-motif rule's accuracy",
        promoter.fourMotifRuleAccuracy(),
        0.005,
        "any of the four motifs positive scores only (0\\.\\d\\d)",
        "lesson 2 key");
  }

  @Test
  void classesHaveTheSameComposition() {
    String gc = "both are about (\\d\\d)%";
    near("GC of the negatives, in percent", 100 * promoter.gcNegative(), 0.5, gc, "lesson 2");
    near("GC of the positives, in percent", 100 * promoter.gcPositive(), 0.5, gc, "lesson 2");
  }

  @Test
  void decoysInNegatives() {
    near(
        "negatives with a decoy run (promoter), in tenths",
        10 * promoter.negativesWithDecoy(),
        0.5,
        "about (\\d+) in 10 of them get a decoy",
        "lesson 2");
    near(
        "negatives with a decoy run (promoter-clean), in tenths",
        10 * decoyShare(clean),
        0.5,
        "(\\d+) in 10 carry a (?:decoy )?run",
        "samples/README.md",
        "TeachingDataset.PROMOTER_CLEAN");
    near(
        "the clean ceiling",
        clean.ceiling(),
        0.005,
        "new ceiling on the Data screen \\((\\d\\.\\d\\d)\\)",
        "lesson 2");
  }

  @Test
  void plantedMotifSampleAndItsCeiling() throws IOException {
    SyntheticDataset primer =
        SyntheticGenerator.generate(TeachingDataset.PRIMER.recipe(2000, 7, null));
    List<SequenceRecord> shipped = fasta(SAMPLES.resolve("primer-motif.fa"));
    assertEquals(bases(primer.sequences().records()), bases(shipped), "the shipped primer sample");
    OptionalDouble sidecar =
        AccuracyCeiling.readBeside(SAMPLES.resolve("primer-motif.fa"), new ArrayList<>());
    assertEquals(primer.ceiling(), sidecar.orElseThrow(), 1e-9);
    near(
        "the primer ceiling",
        primer.ceiling(),
        0.005,
        "(?:[Cc]eiling is |Ceiling: \\*\\*)(\\d\\.\\d\\d)\\**\\. (?:Every positive|A guess)",
        "lesson 1 key",
        "docs/teaching.md");
    int width = PrimerRecipe.DEFAULT_CONSENSUS.length();
    int starts = 50 - width + 1;
    near(
        "one chance copy of the 12-base motif in N random 50-base sequences",
        Math.pow(4, width) / starts,
        0.01 * Math.pow(4, width) / starts,
        "(?:1 in|once in) (\\d{3},\\d{3})",
        "lesson 1 key",
        "docs/teaching.md");
    near("motif width", width, 0, "a (\\d+)-base motif", "lesson 1");
  }

  @Test
  void sequenceCountsAndLengths() throws IOException {
    sizes("lesson 1", fasta(SAMPLES.resolve("primer-motif.fa")));
    sizes("lesson 4", fasta(SAMPLES.resolve("primer-motif.fa")));
    sizes("lesson 2", promoter.data().sequences().records());
    sizes("lesson 3", fasta(SAMPLES.resolve("tfbs-chipseq.fa")));
    assertEquals(
        1600,
        SplitPlan.stratified(42).split(promoter.data().sequences()).test().length,
        "lesson 2's test split");
    near("lesson 2's test split", 1600, 0, "([\\d,]+) test sequences", "lesson 2");
  }

  @Test
  void chipSeqSampleShuffles() throws IOException {
    List<SequenceRecord> records = fasta(SAMPLES.resolve("tfbs-chipseq.fa"));
    Map<String, String> bound = new HashMap<>();
    int unbound = 0;
    for (SequenceRecord r : records) {
      if (r.label().equals("bound")) {
        bound.put(r.id(), r.bases());
      } else {
        unbound++;
      }
    }
    int shufflesOfPeaksInFile = 0;
    for (SequenceRecord r : records) {
      String peak = r.id().endsWith("_shuf") ? r.id().substring(0, r.id().length() - 5) : null;
      if (r.label().equals("unbound") && peak != null && bound.containsKey(peak)) {
        // a dinucleotide shuffle keeps every neighbour-pair count of its peak exactly
        assertEquals(pairs(bound.get(peak)), pairs(r.bases()), r.id());
        shufflesOfPeaksInFile++;
      }
    }
    near("bound peaks", bound.size(), 0, "The ([\\d,]+) 'bound'", "lesson 3");
    near("shuffles", unbound, 0, "The ([\\d,]+) 'unbound'", "lesson 3");
    near(
        "shuffles whose peak is in the file",
        shufflesOfPeaksInFile,
        0,
        "(?:only (\\d+) of those peaks|only (\\d+) of the 1,000 shuffles)",
        "lesson 3",
        "lesson 3 key",
        "docs/teaching.md",
        "samples/README.md");
    SequenceSet set = new SequenceSet(records, List.of("bound", "unbound"), List.of());
    int train = SplitPlan.stratified(42).split(set).train().length;
    near(
        "lesson 3's training sequences",
        train,
        0,
        "(?:on|from|with) ([\\d,]+) (?:training )?sequences",
        "lesson 3",
        "lesson 3 key");
    near(
        "lesson 3's test split",
        SplitPlan.stratified(42).split(set).test().length,
        0,
        "\\(([\\d,]+) test sequences\\)",
        "lesson 3");
  }

  @Test
  void trainingAsTheTextsDescribeIt() {
    near(
        "training share", 100 * SplitPlan.DEFAULT_TRAIN, 1e-9, "(\\d+)% to learn from", "lesson 1");
    near(
        "validation share",
        100 * SplitPlan.DEFAULT_VALIDATION,
        1e-9,
        "(\\d+)% for validation",
        "lesson 1");
    near("test share", 100 * SplitPlan.DEFAULT_TEST, 1e-9, "(\\d+)% for the test", "lesson 1");
    TrainingSpec spec = TrainingSpec.defaults();
    assertEquals(0.5, spec.plateauFactor(), "'halved'");
    near(
        "epochs without improvement before the learning rate is halved",
        spec.plateauPatience(),
        0,
        "(?:for (\\d+) epochs the learning rate is halved|halved after (\\d+) epochs)",
        "lesson 1",
        "lesson 1 key",
        "docs/teaching.md");
    NetworkSpec teaching = NetworkPreset.TEACHING.spec();
    String[] net =
        quotes(
                "two groups \\(branches\\) of (\\d+) filters, (\\d+) and (\\d+) bases wide",
                "lesson 1")
            .get(0);
    assertEquals(teaching.filters(), (int) number(net[0]));
    assertEquals(teaching.kernelSizes(), List.of((int) number(net[1]), (int) number(net[2])));
  }

  @Test
  void settingsQuotedInTheStepsAreTheLessonsOwn() {
    for (String lesson : List.of("lesson 1", "lesson 2", "lesson 3", "lesson 4")) {
      String text = TEXTS.get(lesson);
      double epochs = number(quotes("\"epochs\": (\\d+)", lesson).get(0)[0]);
      double rate = number(quotes("\"learning-rate\": ([\\d.]+)", lesson).get(0)[0]);
      double seed = number(quotes("\"seed\": (\\d+)", lesson).get(0)[0]);
      Matcher m =
          Pattern.compile("\\b(\\d+) epochs\\b(?! the learning rate| without)").matcher(text);
      while (m.find()) {
        assertEquals(epochs, number(m.group(1)), lesson + ": '" + m.group() + "'");
      }
      m = Pattern.compile("learning rate (0\\.\\d+)").matcher(text);
      while (m.find()) {
        assertEquals(rate, number(m.group(1)), lesson + ": '" + m.group() + "'");
      }
      m = Pattern.compile("seed (\\d+)(?! on)").matcher(text.replace("\"seed\": 7", ""));
      while (m.find()) {
        assertEquals(seed, number(m.group(1)), lesson + ": '" + m.group() + "'");
      }
    }
  }

  // ---- measuring ----------------------------------------------------------------------------

  private static Promoter promoter(SyntheticDataset d) {
    List<SequenceRecord> records = d.sequences().records();
    List<ClassProcess> processes = d.recipe().processes();
    double[] priors = d.recipe().classPriors();
    int negatives = 0;
    int positives = 0;
    int negCaat = 0;
    int negSix = 0;
    int negDecoy = 0;
    double gcNeg = 0;
    double gcPos = 0;
    int rule = 0;
    int fourRule = 0;
    int caatPositives = 0;
    int caatLost = 0;
    int posLost = 0;
    int negWrong = 0;
    for (int i = 0; i < records.size(); i++) {
      String s = records.get(i).bases();
      boolean positive = records.get(i).label().equals("positive");
      boolean six = SIX_MERS.stream().anyMatch(s::contains);
      boolean caat = s.contains("CAAT");
      double[] p = BayesCeiling.posteriors(processes, priors, s);
      boolean saysPositive = p[1] > p[0];
      rule += six == positive ? 1 : 0;
      fourRule += (six || caat) == positive ? 1 : 0;
      if (positive) {
        positives++;
        gcPos += gc(s);
        posLost += saysPositive ? 0 : 1;
        if (d.truth(i).map(t -> t.site().equals("CAAT")).orElse(false)) {
          caatPositives++;
          caatLost += saysPositive ? 0 : 1;
        }
      } else {
        negatives++;
        gcNeg += gc(s);
        negCaat += caat ? 1 : 0;
        negSix += six ? 1 : 0;
        negDecoy += d.truth(i).isPresent() ? 1 : 0;
        negWrong += saysPositive ? 1 : 0;
      }
    }
    return new Promoter(
        d,
        (double) negCaat / negatives,
        (double) negSix / negatives,
        (double) negDecoy / negatives,
        gcNeg / negatives,
        gcPos / positives,
        (double) rule / records.size(),
        (double) fourRule / records.size(),
        caatPositives,
        caatLost,
        (double) posLost / positives,
        (double) negWrong / negatives);
  }

  /** 1 when the best rule calls a sequence whose only motif is {@code k} CAATs positive, else 0. */
  private static int bestRuleSaysPositive(int k) {
    // GC repeats hold none of the motifs and no run of six identical letters.
    StringBuilder s = new StringBuilder("GC".repeat(100));
    for (int i = 0; i < k; i++) {
      s.replace(20 + 40 * i, 24 + 40 * i, "CAAT");
    }
    SyntheticDataset d = promoter.data();
    double[] p = BayesCeiling.posteriors(d.recipe().processes(), d.recipe().classPriors(), s);
    return p[1] > p[0] ? 1 : 0;
  }

  /** Exact chance that {@code n} uniform random bases contain CAAT (it cannot overlap itself). */
  private static double chanceOfCaatIn(int n) {
    double[] none = new double[n + 1];
    for (int i = 0; i <= n; i++) {
      none[i] = i < 4 ? 1 : none[i - 1] - none[i - 4] / 256.0;
    }
    return 1 - none[n];
  }

  private static double decoyShare(SyntheticDataset d) {
    int negatives = 0;
    int decoys = 0;
    for (int i = 0; i < d.sequences().size(); i++) {
      if (d.sequences().records().get(i).label().equals("negative")) {
        negatives++;
        decoys += d.truth(i).isPresent() ? 1 : 0;
      }
    }
    return (double) decoys / negatives;
  }

  private static double gc(String s) {
    long gc = s.chars().filter(c -> c == 'G' || c == 'C').count();
    return (double) gc / s.length();
  }

  private static Map<String, Integer> pairs(String s) {
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i + 1 < s.length(); i++) {
      counts.merge(s.substring(i, i + 2), 1, Integer::sum);
    }
    return counts;
  }

  private static List<String> bases(List<SequenceRecord> records) {
    return records.stream().map(SequenceRecord::bases).toList();
  }

  /** The records of a FASTA file whose headers carry {@code label=...}. */
  private static List<SequenceRecord> fasta(Path file) throws IOException {
    List<SequenceRecord> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i + 1 < lines.size(); i += 2) {
      String[] header = lines.get(i).substring(1).split("\\s+");
      String label = "";
      for (String token : header) {
        if (token.startsWith("label=")) {
          label = token.substring("label=".length());
        }
      }
      out.add(new SequenceRecord(header[0], "", lines.get(i + 1).strip(), label, null));
    }
    return out;
  }

  // ---- finding the numbers in the texts -----------------------------------------------------

  private static void read(String name, Path file) throws IOException {
    // one space for every run of white space, so a phrase may wrap in a Markdown file
    TEXTS.put(name, Files.readString(file, StandardCharsets.UTF_8).replaceAll("\\s+", " "));
  }

  /** "2,000 sequences of 50 bases" in the lesson matches its data. */
  private static void sizes(String lesson, List<SequenceRecord> records) {
    String[] quoted = quotes("([\\d,]+) (?:DNA |real )?sequences of (\\d+) bases", lesson).get(0);
    assertEquals(records.size(), (int) number(quoted[0]), lesson + ": sequence count");
    assertEquals(records.get(0).bases().length(), (int) number(quoted[1]), lesson + ": length");
  }

  /** Every "about half of" in the texts stands for a share between 0.45 and 0.6. */
  private static void halfOf(double share, String... names) {
    assertFalse(quotes("about (half) of", names).isEmpty());
    assertTrue(share > 0.45 && share < 0.6, "'about half': " + share);
  }

  /**
   * Every number the pattern captures in the named texts is within {@code tolerance} of the
   * computed value; at least one must be there.
   */
  private static void near(
      String what, double computed, double tolerance, String regex, String... names) {
    for (String[] groups : quotes(regex, names)) {
      for (String g : groups) {
        assertEquals(
            computed,
            number(g),
            tolerance,
            what + ": a text says " + g + " ('" + regex + "'), the data gives " + computed);
      }
    }
  }

  /** The non-null groups of every match of {@code regex} in the named texts; fails if none. */
  private static List<String[]> quotes(String regex, String... names) {
    Pattern pattern = Pattern.compile(regex);
    List<String[]> found = new ArrayList<>();
    for (String name : names) {
      String text = TEXTS.get(name);
      assertTrue(text != null, "no text named " + name);
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        List<String> groups = new ArrayList<>();
        for (int g = 1; g <= m.groupCount(); g++) {
          if (m.group(g) != null) {
            groups.add(m.group(g));
          }
        }
        found.add(groups.toArray(String[]::new));
      }
    }
    assertFalse(
        found.isEmpty(), "'" + regex + "' is quoted nowhere in " + String.join(", ", names));
    return found;
  }

  private static double number(String text) {
    return switch (text) {
      case "three" -> 3;
      case "one" -> 1;
      case "half" -> 0.5;
      default -> Double.parseDouble(text.replace(",", ""));
    };
  }
}
