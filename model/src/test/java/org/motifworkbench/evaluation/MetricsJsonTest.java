package org.motifworkbench.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.motifworkbench.evaluation.ScoreDistributionsTest.binaryProbs;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MetricsJsonTest {

  private static final Set<String> KEYS =
      Set.of(
          "accuracy",
          "precision",
          "recall",
          "f1",
          "roc_auc",
          "pr_auc",
          "pr_auc_baseline",
          "confusion_matrix",
          "support",
          "n",
          "classes");

  /** Two classes also name the class whose AUCs are given. */
  private static final Set<String> BINARY_KEYS = binaryKeys();

  private static Set<String> binaryKeys() {
    Set<String> keys = new java.util.HashSet<>(KEYS);
    keys.add("positive_class");
    return Set.copyOf(keys);
  }

  private static JsonObject parse(ClassificationMetrics m) {
    return JsonParser.parseString(m.toJson()).getAsJsonObject();
  }

  @Test
  void binaryJsonHasThePlainKeysAndNumberAucs() {
    JsonObject o = parse(EvaluatorTest.binaryExample());
    assertEquals(BINARY_KEYS, o.keySet());
    assertEquals("pos", o.get("positive_class").getAsString());
    assertEquals(4, o.get("n").getAsInt());
    assertEquals(0.75, o.get("accuracy").getAsDouble());
    assertEquals(0.75, o.get("roc_auc").getAsDouble());
    assertEquals(5.0 / 6, o.get("pr_auc").getAsDouble(), 1e-12);
    assertEquals(0.5, o.get("pr_auc_baseline").getAsDouble());
    assertEquals(Set.of("neg", "pos", "macro", "weighted"), o.getAsJsonObject("f1").keySet());
    assertEquals(0.5, o.getAsJsonObject("recall").get("pos").getAsDouble());
    assertEquals(2, o.getAsJsonObject("support").get("neg").getAsInt());
    assertEquals("[\"neg\",\"pos\"]", o.get("classes").toString());
    JsonObject cm = o.getAsJsonObject("confusion_matrix");
    assertEquals("[\"neg\",\"pos\"]", cm.get("labels").toString());
    assertEquals("[[2,0],[1,1]]", cm.get("matrix").toString());
  }

  @Test
  void multiClassAucsArePerClassObjectsWithMacro() {
    JsonObject o = parse(EvaluatorTest.threeClassExample());
    assertEquals(KEYS, o.keySet());
    for (String key : List.of("roc_auc", "pr_auc", "pr_auc_baseline")) {
      assertEquals(Set.of("a", "b", "c", "macro"), o.getAsJsonObject(key).keySet(), key);
    }
    assertEquals(0.9375, o.getAsJsonObject("roc_auc").get("a").getAsDouble());
    assertEquals(
        (0.9375 + 0.875 + 0.875) / 3,
        o.getAsJsonObject("roc_auc").get("macro").getAsDouble(),
        1e-12);
  }

  @Test
  void theBoundClassIsRankedThoughItSortsFirstAndTheJsonKeepsWhichOneItWas() {
    // probabilities of class 0 ("bound"), the second column: class 1 ("unbound")
    float[][] probs = {{0.9f, 0.1f}, {0.6f, 0.4f}, {0.7f, 0.3f}, {0.2f, 0.8f}};
    ClassificationMetrics m =
        Evaluator.evaluate(new int[] {0, 0, 1, 1}, probs, List.of("bound", "unbound"));
    AucScores auc = m.summary().aucScores().get(0);
    assertEquals("bound", auc.className());
    assertEquals(0.75, auc.rocAuc(), 1e-12);
    assertEquals("bound", parse(m).get("positive_class").getAsString());
    assertEquals("bound", MetricsJson.read(m.toJson()).aucScores().get(0).className());
  }

  @Test
  void undefinedAucsAreNull() {
    JsonObject o =
        parse(Evaluator.evaluate(new int[] {0, 0}, binaryProbs(0.2f, 0.7f), EvaluatorTest.NEG_POS));
    assertEquals(BINARY_KEYS, o.keySet());
    assertTrue(o.get("roc_auc").isJsonNull());
    assertTrue(o.get("pr_auc").isJsonNull());
    assertEquals(0.0, o.get("pr_auc_baseline").getAsDouble());
  }

  static Stream<Arguments> evaluations() {
    return Stream.of(
        Arguments.of("binary", EvaluatorTest.binaryExample()),
        Arguments.of("three classes", EvaluatorTest.threeClassExample()),
        Arguments.of(
            "binary, one class",
            Evaluator.evaluate(new int[] {1, 1}, binaryProbs(0.2f, 0.7f), EvaluatorTest.NEG_POS)),
        Arguments.of(
            "three classes, one absent",
            Evaluator.evaluate(
                new int[] {0, 1},
                new float[][] {{0.7f, 0.2f, 0.1f}, {0.2f, 0.7f, 0.1f}},
                EvaluatorTest.ABC)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("evaluations")
  void roundTripsEveryNumber(String name, ClassificationMetrics m) {
    MetricsSummary read = MetricsSummary.fromJson(m.toJson());
    assertEquals(m.summary(), read);
    assertEquals(m.toJson(), read.toJson());
  }

  @Test
  void readerSaysWhichKeyIsMissing() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> MetricsSummary.fromJson("{}"));
    assertEquals("metrics JSON has no 'classes' key", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> MetricsSummary.fromJson("[1, 2"));
  }
}
