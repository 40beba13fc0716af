package org.motifworkbench.app.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.motifworkbench.data.TeachingDataset;
import org.motifworkbench.network.NetworkPreset;

class LessonParserTest {

  private static final Path SHIPPED = Path.of("..", "samples", "lessons");

  @Test
  void everyShippedLessonParses() {
    LessonLibrary library = LessonLibrary.read(SHIPPED);
    assertEquals(List.of(), library.problems());
    assertEquals(4, library.lessons().size());
    for (Lesson lesson : library.lessons()) {
      assertTrue(lesson.size() >= 4, lesson.id());
      assertTrue(
          lesson.steps().stream().anyMatch(s -> s.check() instanceof Check.Question),
          lesson.id() + " asks at least one question");
      LessonData data =
          lesson.data() != null
              ? lesson.data()
              : lesson.steps().stream()
                  .map(LessonStep::data)
                  .filter(d -> d != null)
                  .findFirst()
                  .orElseThrow();
      if (data.isSample()) {
        assertTrue(
            Files.isRegularFile(SHIPPED.getParent().resolve(data.sample())),
            lesson.id() + " opens a shipped sample: " + data.sample());
      }
    }
  }

  @Test
  void lessonOneReadsAsWritten() {
    Lesson one = LessonLibrary.read(SHIPPED).lessons().get(0);
    assertEquals("find-the-planted-motif", one.id());
    assertEquals(NetworkPreset.TEACHING, one.settings().preset());
    assertEquals(8, one.settings().epochs());
    assertEquals(LessonData.sample("primer-motif.fa"), one.step(0).data());
    assertEquals(new Check.DataOpen("primer-motif.fa"), one.step(0).check());
    assertEquals(new Check.ValidationAccuracyAtLeast(0.9), one.step(4).check());
    assertEquals(new Check.InspectSequence("positive", true), one.step(5).check());
    Check.MotifFound motif = assertInstanceOf(Check.MotifFound.class, one.step(6).check());
    assertEquals(new MotifPattern("CGACCGAACTCC", 2, 8), motif.pattern());
    Check.Question last = assertInstanceOf(Check.Question.class, one.step(7).check());
    assertEquals(1, last.answer(), "answer 2 in the file is the second choice");
  }

  @Test
  void aRecipeGetsTheTaskDefaultsAndAStableFileName() throws Exception {
    Lesson lesson =
        LessonParser.parse(
            "g.json",
            minimal(
                "\"data\": {\"task\": \"promoter\", \"count\": 4000}", "{\"kind\": \"trained\"}"));
    assertEquals(LessonData.generated(TeachingDataset.PROMOTER, 4000, 7, null), lesson.data());
    assertEquals("promoter-4000-seed7.fa", lesson.data().fileName());
    assertEquals("Step 1", lesson.step(0).title());
    assertNull(lesson.step(0).hint());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "unknown check | , 'check': {'kind': 'foo'} "
            + "| lesson1.json: step 1: unknown check 'foo'; known: open-screen, data-open, trained, "
            + "runs-at-least, validation-accuracy-at-least, test-accuracy-at-least, inspect-sequence, "
            + "motif-found, question, manual",
        "no check | | lesson1.json: step 1: 'check' is missing; known checks: open-screen, "
            + "data-open, trained, runs-at-least, validation-accuracy-at-least, test-accuracy-at-least, "
            + "inspect-sequence, motif-found, question, manual",
        "unknown screen | , 'check': {'kind': 'open-screen', 'screen': 'results'} "
            + "| lesson1.json: step 1: check 'open-screen': unknown screen 'results'; known: data, "
            + "model, train, evaluate, inspect, motifs",
        "typo in a field | , 'hnit': 'x', 'check': {'kind': 'trained'} "
            + "| lesson1.json: step 1: unknown field 'hnit'; known: check, data, hint, instruction, "
            + "title",
        "accuracy as percent | , 'check': {'kind': 'test-accuracy-at-least', 'value': 90} "
            + "| lesson1.json: step 1: check 'test-accuracy-at-least': 'value' is an accuracy "
            + "between 0 and 1 (0.9 for 90%), not 90.0",
        "answer out of range | , 'check': {'kind': 'question', 'question': 'q', 'choices': ['a', "
            + "'b'], 'answer': 3, 'explanation': 'e'} | lesson1.json: step 1: check 'question': "
            + "'answer' must be a whole number from 1 to 2, not 3",
        "one choice | , 'check': {'kind': 'question', 'question': 'q', 'choices': ['a'], "
            + "'answer': 1, 'explanation': 'e'} | lesson1.json: step 1: check 'question': "
            + "'choices' needs at least two answers",
        "bad IUPAC | , 'check': {'kind': 'motif-found', 'consensus': 'CGAXC'} "
            + "| lesson1.json: step 1: check 'motif-found': 'X' in consensus 'CGAXC' is not an "
            + "IUPAC letter (A C G T R Y S W K M B D H V N)",
        "motif needs one target | , 'check': {'kind': 'motif-found'} "
            + "| lesson1.json: step 1: check 'motif-found': give either 'consensus' (IUPAC "
            + "letters such as CGACCGAACTCC) or 'jaspar' (a database id such as MA0139.1)",
      })
  void aBrokenStepGetsAMessageNamingFileStepAndProblem(
      String what, String stepTail, String message) {
    String text =
        "{'id': 'x', 'title': 't', 'summary': 's', 'steps': ["
            + "{'instruction': 'do it'"
            + (stepTail == null ? "" : stepTail)
            + "}]}";
    LessonFormatException e =
        assertThrows(
            LessonFormatException.class,
            () -> LessonParser.parse("lesson1.json", text.replace('\'', '"')));
    assertEquals(message, e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "not JSON | {'id': | lesson1.json: not valid JSON: ",
        "a list | [] | lesson1.json: a lesson must be a JSON object in { }",
        "no id | {'title': 't', 'summary': 's', 'steps': []} | lesson1.json: 'id' is missing",
        "no steps | {'id': 'x', 'title': 't', 'summary': 's', 'steps': []} "
            + "| lesson1.json: 'steps' is empty; a lesson needs at least one step",
        "unknown task | {'id': 'x', 'title': 't', 'summary': 's', 'data': {'task': 'cats'}, "
            + "'steps': []} | lesson1.json: data: unknown task 'cats'; known: primer, "
            + "promoter-clean, promoter, splice",
        "sample as path | {'id': 'x', 'title': 't', 'summary': 's', 'data': {'sample': "
            + "'../x.fa'}, 'steps': []} | lesson1.json: data: 'sample' must be a file name of the "
            + "samples folder, not a path: ../x.fa",
        "unknown preset | {'id': 'x', 'title': 't', 'summary': 's', 'settings': {'preset': "
            + "'huge'}, 'steps': []} | lesson1.json: settings: unknown preset 'huge'; known: "
            + "tutorial, default, teaching, deepbind",
        "fractional epochs | {'id': 'x', 'title': 't', 'summary': 's', 'settings': {'epochs': "
            + "2.5}, 'steps': []} | lesson1.json, line 1: settings: 'epochs' must be a whole "
            + "number, between 1 and 10000 (got 2.5).",
        "batch of one | {'id': 'x', 'title': 't', 'summary': 's', 'settings': {'batch-size': "
            + "1}, 'steps': []} | lesson1.json, line 1: settings: 'batch-size' must be between 2 "
            + "and 8192 (got 1); batch norm needs at least 2 sequences per batch.",
        "no learning | {'id': 'x', 'title': 't', 'summary': 's', 'settings': {'learning-rate': "
            + "0}, 'steps': []} | lesson1.json, line 1: settings: 'learning-rate' must be above 0 "
            + "and at most 1 (got 0.0).",
        "unknown class weights | {'id': 'x', 'title': 't', 'summary': 's', 'settings': "
            + "{'class-weights': 'equal'}, 'steps': []} | lesson1.json, line 1: settings: "
            + "'class-weights' must be ",
      })
  void aBrokenLessonGetsAMessageNamingTheFile(String what, String text, String start) {
    LessonFormatException e =
        assertThrows(
            LessonFormatException.class,
            () -> LessonParser.parse("lesson1.json", text.replace('\'', '"')));
    assertTrue(e.getMessage().startsWith(start), e.getMessage());
  }

  @Test
  void aSettingOutOfRangeIsNamedWithItsLineAndTheRangeTrainingAllows() {
    String text =
        String.join(
            "\n",
            "{",
            "  \"id\": \"x\", \"title\": \"t\", \"summary\": \"s\",",
            "  \"data\": {\"task\": \"primer\", \"seed\": 3},",
            "  \"settings\": {",
            "    \"epochs\": 5,",
            "    \"seed\": 1.5",
            "  },",
            "  \"steps\": []",
            "}");
    LessonFormatException e =
        assertThrows(LessonFormatException.class, () -> LessonParser.parse("seeds.json", text));
    assertEquals(
        "seeds.json, line 6: settings: 'seed' must be a whole number (got 1.5).", e.getMessage());
  }

  @Test
  void aBrokenFileDoesNotHideTheOthers(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.json"), minimal("", "{\"kind\": \"trained\"}"));
    Files.writeString(dir.resolve("b.json"), minimal("", "{\"kind\": \"nope\"}"));
    Files.writeString(dir.resolve("notes.txt"), "not a lesson");
    LessonLibrary library = LessonLibrary.read(dir);
    assertEquals(1, library.lessons().size());
    assertEquals(1, library.problems().size());
    assertTrue(library.problems().get(0).startsWith("b.json: step 1: unknown check 'nope'"));
  }

  static String minimal(String extra, String check) {
    return "{\"id\": \"x\", \"title\": \"T\", \"summary\": \"S\""
        + (extra.isEmpty() ? "" : ", ")
        + extra
        + ", \"steps\": [{\"instruction\": \"Do it\", \"check\": "
        + check
        + "}]}";
  }
}
