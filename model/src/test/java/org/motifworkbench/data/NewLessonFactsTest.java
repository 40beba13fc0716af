package org.motifworkbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.motifworkbench.motif.InformationContent;
import org.motifworkbench.motif.MemeFormat;
import org.motifworkbench.motif.Motif;
import org.motifworkbench.sequence.HeaderLabelReader;
import org.motifworkbench.sequence.SequenceRecord;
import org.motifworkbench.sequence.SequenceSet;

/**
 * The numbers that lessons 5-8 (samples/lessons/5-... to 8-...) and their instructor files quote
 * about their data, computed from the generator, the shipped samples and the JASPAR file, so the
 * texts and the data cannot drift apart. Numbers that come from training (accuracies, mutagenesis
 * values) are checked in the app by {@code NewLessonWalkTest}.
 */
class NewLessonFactsTest {

  private static final Path SAMPLES = Path.of("..", "samples");
  private static final Path LESSONS = SAMPLES.resolve("lessons");
  private static final Path CTCF_DATA = SAMPLES.resolve("tfbs-chipseq.fa");
  private static final Path JASPAR =
      SAMPLES.resolve("motif-databases").resolve("JASPAR_CORE_2016_vertebrates.meme");
  private static final String CHR21 = "chr21:39531499-39531599";
  private static final String CHR7 = "chr7:5717791-5717891";

  @Test
  void overfittingQuotesItsSplitSizesAndCeiling() throws IOException {
    String text = lesson("5-overfitting.json");
    JsonObject settings = settings("5-overfitting.json");
    long seed = settings.get("seed").getAsLong();
    SyntheticDataset small = generate(TeachingDataset.PROMOTER_CLEAN, 500, 7, null);
    SyntheticDataset large = generate(TeachingDataset.PROMOTER_CLEAN, 8000, 7, null);
    assertEquals(1.0, small.ceiling(), 1e-9);
    assertEquals(1.0, large.ceiling(), 1e-9);
    DataSplit s = SplitPlan.stratified(seed).split(small.sequences());
    assertEquals(List.of(320, 80, 100), sizes(s));
    DataSplit l = SplitPlan.stratified(seed).split(large.sequences());
    assertEquals(List.of(5120, 1280, 1600), sizes(l));
    for (String quoted :
        List.of("500 sequences", "320 of them", "80 are kept", "100 for the test", "5,120")) {
      assertTrue(text.contains(quoted), quoted);
    }
    assertTrue(text.contains("validated on 1,280"));
    assertTrue(text.contains("16 times more"), "8,000 / 500 = " + 8000 / 500);
    assertTrue(text.contains("3 in 10 get a planted run of one letter"));
    assertEquals(0.3, decoyShare(small), 0.05);
    assertEquals(0.3, decoyShare(large), 0.02);
  }

  /** The share of negatives that carry a planted single-letter decoy run. */
  private static double decoyShare(SyntheticDataset data) {
    int negatives = 0;
    int decoys = 0;
    for (int i = 0; i < data.sequences().size(); i++) {
      if (data.sequences().records().get(i).label().equals("negative")) {
        negatives++;
        if (data.truth(i).map(PlantedSite::decoy).orElse(false)) {
          decoys++;
        }
      }
    }
    return decoys / (double) negatives;
  }

  @Test
  void imbalanceQuotesItsClassCountsBaselineAndWeights() throws IOException {
    String text = lesson("6-imbalance.json");
    String key = instructor("imbalance.json");
    long seed = settings("6-imbalance.json").get("seed").getAsLong();
    SyntheticDataset data = generate(TeachingDataset.PROMOTER_CLEAN, 4000, 7, 0.1);
    assertEquals(3600, data.sequences().classCounts().get("negative"));
    assertEquals(400, data.sequences().classCounts().get("positive"));
    assertEquals(1.0, data.ceiling(), 1e-9);
    double alwaysNegative = 3600 / 4000.0;
    assertEquals("0.90", String.format(Locale.ROOT, "%.2f", alwaysNegative));
    assertTrue(text.contains("only 400 of them (10%) are positive"));
    assertTrue(text.contains("0.90"));

    DataSplit split = SplitPlan.stratified(seed).split(data.sequences());
    SequenceSet train = data.sequences().subset(split.train());
    SequenceSet test = data.sequences().subset(split.test());
    assertEquals(2560, train.size());
    assertEquals(256, train.classCounts().get("positive"));
    assertEquals(800, test.size());
    assertEquals(80, test.classCounts().get("positive"));
    assertEquals(720, test.classCounts().get("negative"));
    // Balanced weights: n / (k * n_class), so a positive weighs n_negative / n_positive negatives.
    int ratio = train.classCounts().get("negative") / train.classCounts().get("positive");
    assertEquals(9, ratio);
    assertTrue(text.contains("every positive counts 9 times as much as a negative"));
    assertTrue(text.contains("80 positive test sequences"));
    assertTrue(key.contains("2,560 training sequences with 256 positives"));
    assertTrue(key.contains("800 test sequences with 80 positives"));
    assertTrue(key.contains("720 negative test sequences"));
  }

  @Test
  void variantEffectQuotesTheCtcfMotifColumns() throws IOException {
    assumeTrue(Files.isRegularFile(JASPAR), "needs " + JASPAR);
    String text = lesson("7-variant-effect.json");
    Motif ctcf = MemeFormat.read(JASPAR).find("MA0139.1");
    assertEquals(911, ctcf.sites());
    assertEquals(19, ctcf.width());
    assertTrue(text.contains("built from 911 sites"));
    assertColumn(ctcf, 10, "G", 99, "1.92");
    assertColumn(ctcf, 5, "C", 99, "1.9");
    assertColumn(ctcf, 19, "A", 44, "0.24");
    assertEquals(29, percent(ctcf, 19, "G"));
    assertEquals(20, percent(ctcf, 19, "C"));
    assertEquals(6, percent(ctcf, 19, "T"));
    assertTrue(text.contains("Column 10 is G in 99% of the sites: 1.92 bits"));
    assertTrue(text.contains("Column 19 is A in 44%, G in 29%, C in 20% and T in 6%"));
    assertTrue(text.contains("0.24 bits"));
    assertTrue(text.contains("a C in 99% of the JASPAR sites (1.9 bits"));
  }

  @Test
  void variantEffectSequenceHoldsTheSiteItNames() throws IOException {
    assumeTrue(Files.isRegularFile(CTCF_DATA), "needs " + CTCF_DATA);
    String text = lesson("7-variant-effect.json");
    SequenceRecord chr21 = record(CHR21);
    assertEquals("bound", chr21.label());
    assertEquals(101, chr21.length());
    String site = "CGGCCACTAGGGGGCACTA";
    assertEquals(site, chr21.bases().substring(53, 72), "bases 54 to 72");
    assertEquals('G', base(chr21, 63));
    assertEquals('A', base(chr21, 72));
    assertEquals('C', base(chr21, 58));
    assertEquals('G', site.charAt(10 - 1));
    assertEquals('C', site.charAt(5 - 1));
    assertTrue(text.contains("holds the site " + site + " at bases 54 to 72"));
    assertTrue(text.contains("the G at base 63 and column 19 the A at base 72"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"7-variant-effect.json", "8-saliency-vs-mutagenesis.json"})
  void ctcfLessonsNameTestSequencesOfTheirSplit(String file) throws IOException {
    assumeTrue(Files.isRegularFile(CTCF_DATA), "needs " + CTCF_DATA);
    SequenceSet all = HeaderLabelReader.read(CTCF_DATA);
    assertEquals(2000, all.size());
    assertEquals(1000, all.classCounts().get("bound"));
    assertEquals(1000, all.classCounts().get("unbound"));
    long seed = settings(file).get("seed").getAsLong();
    DataSplit split = SplitPlan.stratified(seed).split(all);
    assertEquals(1280, split.train().length);
    Set<String> test =
        Arrays.stream(split.test())
            .mapToObj(i -> all.records().get(i).id())
            .collect(Collectors.toSet());
    assertTrue(test.contains(CHR21), "the Inspect table lists only test sequences");
    String text = lesson(file);
    if (text.contains("chr7:5717791")) {
      assertTrue(test.contains(CHR7));
      assertEquals("bound", record(CHR7).label());
    }
    if (text.contains("1,280")) {
      assertTrue(text.contains("learns from 1,280"), "1,280 training sequences");
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "5-overfitting.json",
        "6-imbalance.json",
        "7-variant-effect.json",
        "8-saliency-vs-mutagenesis.json"
      })
  void everyChoiceHasAKeyedAnswerThatIsNotTheLongest(String file) throws IOException {
    JsonObject lesson = json(LESSONS.resolve(file));
    assertEquals("motif-workbench-lesson/2", lesson.get("format").getAsString());
    for (String field : List.of("preset", "epochs", "learning-rate", "batch-size", "seed")) {
      assertTrue(lesson.getAsJsonObject("settings").has(field), file + ": settings." + field);
    }
    String id = lesson.get("id").getAsString();
    JsonObject key = json(LESSONS.resolve("instructor").resolve(id + ".json"));
    assertEquals(id, key.get("lesson").getAsString());
    JsonObject answers = key.getAsJsonObject("steps");
    JsonArray steps = lesson.getAsJsonArray("steps");
    int predictions = 0;
    int explains = 0;
    for (int i = 0; i < steps.size(); i++) {
      JsonObject check = steps.get(i).getAsJsonObject().getAsJsonObject("check");
      String kind = check.get("kind").getAsString();
      String where = file + " step " + (i + 1);
      assertTrue(!check.has("answer") && !check.has("explanation"), where + ": answer in lesson");
      JsonObject entry = answers.getAsJsonObject(String.valueOf(i + 1));
      if (kind.equals("explain")) {
        explains++;
        assertTrue(entry != null && entry.has("model-answer"), where + ": model answer");
      }
      if (kind.equals("predict")) {
        predictions++;
      }
      if (check.has("choices")) {
        assertTrue(entry != null && entry.has("answer") && entry.has("explanation"), where);
        List<String> choices = texts(check.getAsJsonArray("choices"));
        String right = choices.get(entry.get("answer").getAsInt() - 1);
        long longer = choices.stream().filter(c -> c.length() >= right.length()).count();
        assertTrue(longer >= 2, where + ": the right answer is the longest choice");
      }
    }
    assertTrue(predictions >= 1, file + ": a predict-first step");
    assertTrue(explains >= 1, file + ": an explain step");
  }

  private static void assertColumn(Motif motif, int column, String base, int percent, String bits) {
    assertEquals(percent, percent(motif, column, base), "column " + column);
    double plain = InformationContent.uncorrected().columns(motif)[column - 1];
    double corrected = InformationContent.forSites(motif.sites()).columns(motif)[column - 1];
    // The logo draws the plain value; with the small-sample correction for 911 sites it must
    // round the same, or the text would depend on which one a reader looks at.
    String format = "%." + (bits.length() - bits.indexOf('.') - 1) + "f";
    assertEquals(bits, String.format(Locale.ROOT, format, plain), "column " + column);
    assertEquals(bits, String.format(Locale.ROOT, format, corrected), "column " + column);
  }

  private static int percent(Motif motif, int column, String base) {
    return (int) Math.round(100 * motif.probability(column - 1, "ACGT".indexOf(base)));
  }

  private static char base(SequenceRecord r, int oneBased) {
    return r.bases().charAt(oneBased - 1);
  }

  private static SequenceRecord record(String id) {
    return HeaderLabelReader.read(CTCF_DATA).records().stream()
        .filter(r -> r.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static SyntheticDataset generate(
      TeachingDataset t, int count, long seed, Double positives) {
    return SyntheticGenerator.generate(t.recipe(count, seed, null, positives));
  }

  private static List<Integer> sizes(DataSplit split) {
    return List.of(split.train().length, split.validation().length, split.test().length);
  }

  private static String lesson(String file) throws IOException {
    Path path = LESSONS.resolve(file);
    assumeTrue(Files.isRegularFile(path), "needs " + path);
    return Files.readString(path);
  }

  private static String instructor(String file) throws IOException {
    Path path = LESSONS.resolve("instructor").resolve(file);
    assumeTrue(Files.isRegularFile(path), "needs " + path);
    return Files.readString(path);
  }

  private static JsonObject settings(String file) throws IOException {
    return JsonParser.parseString(lesson(file)).getAsJsonObject().getAsJsonObject("settings");
  }

  private static JsonObject json(Path path) throws IOException {
    assumeTrue(Files.isRegularFile(path), "needs " + path);
    return JsonParser.parseString(Files.readString(path)).getAsJsonObject();
  }

  private static List<String> texts(JsonArray array) {
    List<String> out = new ArrayList<>();
    for (JsonElement e : array) {
      out.add(e.getAsString());
    }
    return out;
  }
}
