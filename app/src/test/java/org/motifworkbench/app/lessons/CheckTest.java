package org.motifworkbench.app.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.motifworkbench.app.lessons.LessonState.ExplainedSequence;
import org.motifworkbench.app.lessons.LessonState.FoundMotif;
import org.motifworkbench.app.lessons.LessonState.ModelFacts;

class CheckTest {

  static final LessonState EMPTY = LessonState.empty();

  static LessonState withModel(boolean attention, double test, double validation) {
    return new LessonState(
        "train",
        "primer-motif.fa",
        new ModelFacts(1, attention, test, validation, false, true),
        Double.NaN,
        null,
        List.of(),
        List.of());
  }

  @Test
  void screenAndData() {
    assertTrue(new Check.OpenScreen("data").passes(EMPTY));
    assertFalse(new Check.OpenScreen("model").passes(EMPTY));
    assertFalse(new Check.DataOpen(null).passes(EMPTY));
    LessonState open = withModel(true, 0.9, 0.9);
    assertTrue(new Check.DataOpen(null).passes(open));
    assertTrue(new Check.DataOpen("PRIMER-motif.fa").passes(open));
    assertFalse(new Check.DataOpen("promoter.fa").passes(open));
    assertEquals("promoter.fa to be opened", new Check.DataOpen("promoter.fa").waitingFor(open));
  }

  @Test
  void trainedWithPooling() {
    assertFalse(new Check.Trained(null).passes(EMPTY));
    assertTrue(new Check.Trained(null).passes(withModel(true, 0.9, 0.9)));
    assertTrue(new Check.Trained(false).passes(withModel(false, 0.9, 0.9)));
    assertFalse(new Check.Trained(false).passes(withModel(true, 0.9, 0.9)));
    assertEquals(
        "a model trained with max pooling (the current one uses attention pooling)",
        new Check.Trained(false).waitingFor(withModel(true, 0.9, 0.9)));
  }

  @Test
  void accuraciesCompareWithTheBestValidationAndTheTestSet() {
    Check validation = new Check.ValidationAccuracyAtLeast(0.9);
    assertFalse(validation.passes(EMPTY));
    assertEquals("validation accuracy of at least 0.90", validation.waitingFor(EMPTY));
    assertTrue(validation.passes(withModel(true, 0.5, 0.9)));
    LessonState live = new LessonState("train", "x.fa", null, 0.72, null, List.of(), List.of());
    assertFalse(validation.passes(live));
    assertEquals("validation accuracy of at least 0.90 (now 0.72)", validation.waitingFor(live));
    Check test = new Check.TestAccuracyAtLeast(0.8);
    assertTrue(test.passes(withModel(true, 0.81, 0.5)));
    assertFalse(test.passes(withModel(true, 0.79, 0.99)));
    assertFalse(test.passes(EMPTY));
  }

  @ParameterizedTest
  @CsvSource({
    "positive, positive, , , true",
    "positive, negative, , , true",
    "positive, positive, positive, true, true",
    "positive, negative, positive, true, false",
    "negative, negative, positive, , false",
    "positive, negative, positive, false, true",
  })
  void inspectSequence(
      String trueClass, String predicted, String wanted, Boolean correct, boolean passes) {
    LessonState state =
        new LessonState(
            "inspect",
            "x.fa",
            null,
            Double.NaN,
            new ExplainedSequence("seq1", trueClass, predicted),
            List.of(),
            List.of());
    assertEquals(passes, new Check.InspectSequence(wanted, correct).passes(state));
  }

  @ParameterizedTest
  @CsvSource({
    "CGACCGAACTCC, true", // the pattern itself
    "ACCGAACT, true", // a part of 8 letters
    "NNCGACCGAACTCCNN, true", // flanked by uninformative columns
    "GGAGTTCGGTCG, true", // the reverse complement
    "CGACCTAACTGC, true", // 2 mismatches
    "CGTCCTAACTGC, false", // 3 mismatches
    "CSACCGAACTCC, true", // S = C or G agrees with G
    "ACCGAA, false", // only 6 letters: too little overlap
    "TTTTTTTTTTTT, false",
    "NNNNNNNNNNNN, false",
  })
  void motifPatternComparesEveryOffsetAndBothStrands(String consensus, boolean matches) {
    assertEquals(matches, new MotifPattern("CGACCGAACTCC", 2, 8).matches(consensus));
  }

  @Test
  void motifFoundByPatternOrDatabaseId() {
    FoundMotif ctcf = new FoundMotif("CCACCAGGGGGCG", List.of("MA0139.1"), List.of("CTCF"));
    FoundMotif filter = new FoundMotif("TATAAA", List.of(), List.of());
    LessonState state =
        new LessonState("motifs", "x.fa", null, Double.NaN, null, List.of(ctcf), List.of(filter));
    assertTrue(new Check.MotifFound(null, "MA0139.1", false).passes(state));
    assertTrue(new Check.MotifFound(null, "ma0139", false).passes(state));
    assertFalse(new Check.MotifFound(null, "MA0139.2", false).passes(state));
    assertFalse(new Check.MotifFound(null, "MA013", false).passes(state));
    MotifPattern tata = new MotifPattern("TATAAA", 0, 6);
    assertFalse(new Check.MotifFound(tata, null, false).passes(state));
    assertTrue(new Check.MotifFound(tata, null, true).passes(state));
    assertEquals(
        "a discovered motif matching MA0139.1 on the Motifs screen",
        new Check.MotifFound(null, "MA0139.1", false).waitingFor(state));
  }

  @Test
  void questionsAndManualStepsNeverPassOnTheirOwn() {
    Check q = new Check.Question("q", List.of("a", "b"), 0, "e");
    assertFalse(q.passes(withModel(true, 1, 1)));
    assertTrue(q.confirmedByStudent());
    assertTrue(new Check.Manual("I did it").confirmedByStudent());
    assertFalse(new Check.Trained(null).confirmedByStudent());
  }

  @Test
  void predictionsAndExplanationsWaitForTheStudent() {
    Check predict = new Check.Predict("q", List.of(), 0.0, 1.0, Quantity.CEILING, 2, -1, null);
    assertFalse(predict.passes(withModel(true, 1, 1)));
    assertTrue(predict.confirmedByStudent());
    assertEquals("your prediction", predict.waitingFor(EMPTY));
    Check explain = new Check.Explain("Explain why", 12, null);
    assertFalse(explain.passes(withModel(true, 1, 1)));
    assertTrue(explain.confirmedByStudent());
    assertEquals("your explanation (at least 12 words)", explain.waitingFor(EMPTY));
  }

  @ParameterizedTest(name = "\"{0}\" has {1} words")
  @CsvSource(
      delimiter = '|',
      value = {
        "'' | 0",
        "'   ' | 0",
        "The test set | 3",
        "spaced   out\\ttext\\nhere | 4",
        "a well-known result: 0.95 | 4",
        "it rose \u2014 then fell | 4",
        "it\u2019s fine | 2",
      })
  void wordsAreCountedAsAReaderCountsThem(String text, int words) {
    assertEquals(words, Check.Explain.words(text.replace("\\t", "\t").replace("\\n", "\n")));
  }
}
