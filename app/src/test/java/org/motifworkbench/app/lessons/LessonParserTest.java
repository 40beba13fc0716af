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
import org.motifworkbench.data.PromoterRecipe;
import org.motifworkbench.data.TeachingDataset;
import org.motifworkbench.network.NetworkPreset;

class LessonParserTest {

  private static final Path SHIPPED = Path.of("..", "samples", "lessons");
  private static final Path FORMAT_1 = Path.of("src", "test", "resources", "lessons-format1");

  @Test
  void everyShippedLessonParses() {
    LessonLibrary library = LessonLibrary.read(SHIPPED);
    assertEquals(List.of(), library.problems());
    assertTrue(library.lessons().size() >= 4, "four lessons or more");
    for (Lesson lesson : library.lessons()) {
      assertTrue(lesson.size() >= 4, lesson.id());
      assertTrue(
          lesson.steps().stream()
              .anyMatch(
                  s -> s.check() instanceof Check.Question || s.check() instanceof Check.Predict),
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
  void lessonOneOfFormatOneReadsAsWritten() {
    Lesson one = LessonLibrary.read(FORMAT_1).lessons().get(0);
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
            + "motif-found, question, predict, explain, manual",
        "no check | | lesson1.json: step 1: 'check' is missing; known checks: open-screen, "
            + "data-open, trained, runs-at-least, validation-accuracy-at-least, test-accuracy-at-least, "
            + "inspect-sequence, motif-found, question, predict, explain, manual",
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

  private static final Path FORMAT_2 = Path.of("src", "test", "resources", "lessons-format2");

  @Test
  void aFormatTwoLessonReadsWithItsAnswerKey() {
    LessonLibrary library = LessonLibrary.read(FORMAT_2);
    assertEquals(List.of(), library.problems());
    assertEquals(1, library.lessons().size(), "the instructor folder is no lesson");
    Lesson lesson = library.lessons().get(0);
    assertEquals(2, lesson.format());
    assertEquals(
        List.of("Predict a test accuracy before measuring it", "Explain a result in words"),
        lesson.objectives());
    assertEquals(2, lesson.keyPoints().size());
    assertEquals(12, lesson.minutes());
    assertTrue(lesson.notes().startsWith("Ten minutes of training"));
    assertEquals(
        LessonData.generated(TeachingDataset.PROMOTER_CLEAN, 1000, 3, null, 0.1), lesson.data());
    assertEquals("promoter-clean-1000-seed3-pos0.1.fa", lesson.data().fileName());
    PromoterRecipe recipe = assertInstanceOf(PromoterRecipe.class, lesson.data().recipe());
    assertEquals(0.1, recipe.positiveFraction());
    assertTrue(recipe.clean());
    assertEquals(List.of(), recipe.problems());
    assertEquals(
        new SettingsOverrides(NetworkPreset.TEACHING, 4, 64, 0.001, 5, null, null),
        lesson.settings());

    Check.Predict number = assertInstanceOf(Check.Predict.class, lesson.step(1).check());
    assertEquals(
        new Check.Predict(
            "What test accuracy will the model reach?",
            List.of(),
            0.0,
            1.0,
            Quantity.TEST_ACCURACY,
            3,
            -1,
            "Close to the ceiling: the clean promoter task has no decoys."),
        number);
    Check.Predict choice = assertInstanceOf(Check.Predict.class, lesson.step(2).check());
    assertEquals(0, choice.answer(), "answer 1 in the key is the first choice");
    assertEquals(3, choice.revealAfter(), "by default after the next step");
    assertNull(choice.result());
    Check.Question question = assertInstanceOf(Check.Question.class, lesson.step(4).check());
    assertEquals(1, question.answer());
    assertEquals("Validation steered training; the test set did not.", question.explanation());
    assertEquals(
        new Check.Explain(
            "Explain why the test accuracy is the honest number.",
            5,
            "A good answer says the test sequences played no part in training."),
        lesson.step(5).check());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "format 2 objectives missing | objectives | "
            + "lesson2.json: 'objectives' is missing: a format 2 lesson lists 1 to 5 of them",
        "format 2 key points missing | key-points | "
            + "lesson2.json: 'key-points' is missing: a format 2 lesson lists 1 to 5 of them",
        "format 2 minutes missing | minutes | "
            + "lesson2.json: 'minutes' is missing: how long the lesson takes on a 2-core laptop",
        "format 2 settings missing | settings | lesson2.json: 'settings' is missing: a format 2 "
            + "lesson names preset, epochs, learning-rate, batch-size, seed, so it does not "
            + "depend on what was set before",
      })
  void aFormatTwoLessonNeedsEveryRequiredPart(String what, String left, String message) {
    String text = formatTwo(left, "{'kind': 'trained'}");
    LessonFormatException e =
        assertThrows(
            LessonFormatException.class,
            () -> LessonParser.parse("lesson2.json", text.replace('\'', '"')));
    assertEquals(message, e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a setting missing | {'preset': 'teaching', 'epochs': 3, 'learning-rate': 0.001} | "
            + "lesson2.json: settings: 'batch-size', 'seed' are missing: a format 2 lesson names "
            + "preset, epochs, learning-rate, batch-size, seed, so it does not depend on what was "
            + "set before",
        "too many objectives | ALL | lesson2.json: 'objectives' lists 1 to 5 texts, not 6",
      })
  void formatTwoSettingsAndPointsAreChecked(String what, String settings, String message) {
    String text =
        settings.equals("ALL")
            ? formatTwo("", "{'kind': 'trained'}")
                .replace("'objectives': ['o']", "'objectives': ['1', '2', '3', '4', '5', '6']")
            : formatTwo("", "{'kind': 'trained'}")
                .replaceFirst("'settings': \\{[^}]*}", "'settings': " + settings);
    LessonFormatException e =
        assertThrows(
            LessonFormatException.class,
            () -> LessonParser.parse("lesson2.json", text.replace('\'', '"')));
    assertEquals(message, e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "inline answer | {'kind': 'question', 'question': 'q', 'choices': ['a', 'b'], 'answer': 1,"
            + " 'explanation': 'e'} | lesson2.json: step 1: check 'question': 'answer' is not "
            + "allowed here: answers belong in the instructor file instructor/x.json",
        "inline explanation | {'kind': 'question', 'question': 'q', 'choices': ['a', 'b'], "
            + "'explanation': 'e'} | lesson2.json: step 1: check 'question': 'explanation' is not "
            + "allowed here: answers belong in the instructor file instructor/x.json",
        "inline prediction answer | {'kind': 'predict', 'question': 'q', 'choices': ['a', 'b'], "
            + "'answer': 2} | lesson2.json: step 1: check 'predict': 'answer' is not allowed here: "
            + "answers belong in the instructor file instructor/x.json",
        "inline model answer | {'kind': 'explain', 'question': 'q', 'model-answer': 'm'} | "
            + "lesson2.json: step 1: check 'explain': 'model-answer' is not allowed here: answers "
            + "belong in the instructor file instructor/x.json",
        "choices and number | {'kind': 'predict', 'question': 'q', 'choices': ['a', 'b'], "
            + "'number': {'min': 0, 'max': 1}} | lesson2.json: step 1: check 'predict': give either"
            + " 'choices' (a list of answers) or 'number' (e.g. {\"min\": 0, \"max\": 1})",
        "neither choices nor number | {'kind': 'predict', 'question': 'q'} | lesson2.json: step 1:"
            + " check 'predict': give either 'choices' (a list of answers) or 'number' (e.g. "
            + "{\"min\": 0, \"max\": 1})",
        "min not below max | {'kind': 'predict', 'question': 'q', 'number': {'min': 1, 'max': 1}}"
            + " | lesson2.json: step 1: check 'predict': 'number': 'min' must be below 'max', not "
            + "1.0 and 1.0",
        "number field typo | {'kind': 'predict', 'question': 'q', 'number': {'min': 0, 'maks': "
            + "1}} | lesson2.json: step 1: check 'predict': 'number': unknown field 'maks'; known: "
            + "max, min",
        "unknown result | {'kind': 'predict', 'question': 'q', 'choices': ['a', 'b'], 'result': "
            + "'runs-test-accuracy-difference'} | lesson2.json: step 1: check 'predict': unknown "
            + "result 'runs-test-accuracy-difference'; known: ceiling, test-accuracy, "
            + "best-validation-accuracy, final-training-accuracy, test-roc-auc, test-pr-auc",
        "reveal before | {'kind': 'predict', 'question': 'q', 'choices': ['a', 'b'], "
            + "'reveal-after': 1} | lesson2.json: step 1: check 'predict': 'reveal-after' must be a"
            + " later step, 2 to 2, not 1",
        "reveal past the end | {'kind': 'predict', 'question': 'q', 'choices': ['a', 'b'], "
            + "'reveal-after': 3} | lesson2.json: step 1: check 'predict': 'reveal-after' must be a"
            + " later step, 2 to 2, not 3",
        "explain min words | {'kind': 'explain', 'question': 'q', 'min-words': 0} | lesson2.json:"
            + " step 1: check 'explain': 'min-words' must be a whole number from 1 to 500, not 0",
        "explain without question | {'kind': 'explain'} | lesson2.json: step 1: check 'explain':"
            + " 'question' is missing",
      })
  void aBrokenFormatTwoStepIsNamed(String what, String check, String message) {
    String text = formatTwo("", check);
    LessonFormatException e =
        assertThrows(
            LessonFormatException.class,
            () -> LessonParser.parse("lesson2.json", text.replace('\'', '"')));
    assertEquals(message, e.getMessage());
  }

  @Test
  void aPredictionCannotBeTheLastStep() {
    String text =
        "{'format': 'motif-workbench-lesson/2', 'id': 'x', 'title': 't', 'summary': 's', "
            + "'objectives': ['o'], 'key-points': ['k'], 'minutes': 5, 'settings': {'preset': "
            + "'teaching', 'epochs': 3, 'learning-rate': 0.001, 'batch-size': 64, 'seed': 1}, "
            + "'steps': [{'instruction': 'i', 'check': {'kind': 'predict', 'question': 'q', "
            + "'choices': ['a', 'b']}}]}";
    LessonFormatException e =
        assertThrows(
            LessonFormatException.class,
            () -> LessonParser.parse("lesson2.json", text.replace('\'', '"')));
    assertEquals(
        "lesson2.json: step 1: check 'predict': a prediction cannot be the last step: its result "
            + "is shown after a later step",
        e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "predict in format 1 | {'kind': 'predict', 'question': 'q', 'choices': ['a', 'b']} | "
            + "lesson1.json: step 1: check 'predict' needs \"format\": "
            + "\"motif-workbench-lesson/2\"",
        "explain in format 1 | {'kind': 'explain', 'question': 'q'} | lesson1.json: step 1: "
            + "check 'explain' needs \"format\": \"motif-workbench-lesson/2\"",
      })
  void theNewKindsNeedFormatTwo(String what, String check, String message) {
    LessonFormatException e =
        assertThrows(
            LessonFormatException.class,
            () -> LessonParser.parse("lesson1.json", minimal("", check.replace('\'', '"'))));
    assertEquals(message, e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "positives for splice | {'task': 'splice', 'positives': 0.1} | lesson1.json: data: "
            + "'positives' is for the tasks primer, promoter and promoter-clean, not splice",
        "positives as percent | {'task': 'promoter', 'positives': 10} | lesson1.json: data: "
            + "'positives' is the share of positives, above 0 and below 1 (0.1 for 10%), not 10.0",
        "positives of a sample | {'sample': 'primer-motif.fa', 'positives': 0.5} | lesson1.json: "
            + "data: 'count', 'seed', 'length' and 'positives' belong to a generated 'task', not a "
            + "sample",
        "objectives in format 1 | OBJECTIVES | lesson1.json: unknown field 'objectives'; known: "
            + "data, format, id, minutes, settings, steps, summary, title",
        "unknown format | FORMAT | lesson1.json: format 'motif-workbench-lesson/3' is not known; "
            + "this workbench reads motif-workbench-lesson/1 and motif-workbench-lesson/2",
      })
  void newDataAndFormatErrorsAreNamed(String what, String data, String message) {
    String text =
        switch (data) {
          case "OBJECTIVES" -> minimal("'objectives': ['o']", "{'kind': 'trained'}");
          case "FORMAT" -> minimal("'format': 'motif-workbench-lesson/3'", "{'kind': 'trained'}");
          default -> minimal("'data': " + data, "{'kind': 'trained'}");
        };
    LessonFormatException e =
        assertThrows(
            LessonFormatException.class,
            () -> LessonParser.parse("lesson1.json", text.replace('\'', '"')));
    assertEquals(message, e.getMessage());
  }

  @Test
  void aMissingOrIncompleteKeyIsListedNamingTheFileAndTheStep(@TempDir Path dir) throws Exception {
    Path lessonFile = FORMAT_2.resolve("1-predict-first.json");
    Files.copy(lessonFile, dir.resolve("1-predict-first.json"));
    LessonLibrary missing = LessonLibrary.read(dir);
    assertEquals(List.of(), missing.lessons());
    assertEquals(
        List.of(
            "1-predict-first.json: its answer key instructor/predict-first.json is missing; "
                + "answers of format 2 are kept there"),
        missing.problems());

    Files.createDirectories(dir.resolve("instructor"));
    Files.writeString(
        dir.resolve("instructor").resolve("predict-first.json"),
        "{\"format\": \"motif-workbench-key/1\", \"lesson\": \"predict-first\", \"steps\": "
            + "{\"3\": {\"answer\": 1}}}");
    LessonLibrary incomplete = LessonLibrary.read(dir);
    assertEquals(List.of(), incomplete.lessons());
    assertEquals(
        List.of(
            "1-predict-first.json: step 3: no explanation in instructor/predict-first.json",
            "1-predict-first.json: step 5: no answer in instructor/predict-first.json",
            "1-predict-first.json: step 6: no model answer in instructor/predict-first.json"),
        incomplete.problems());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "other lesson | {'format': 'motif-workbench-key/1', 'lesson': 'other'} | "
            + "instructor/predict-first.json: 'lesson' is 'other' but this is the key of lesson "
            + "'predict-first'",
        "unknown format | {'format': 'key', 'lesson': 'predict-first'} | "
            + "instructor/predict-first.json: format 'key' is not known; this workbench reads "
            + "motif-workbench-key/1",
        "no such step | {'format': 'motif-workbench-key/1', 'lesson': 'predict-first', 'steps': "
            + "{'9': {'answer': 1}}} | instructor/predict-first.json: steps: '9' is not a step of "
            + "1-predict-first.json (its steps are 1 to 7)",
        "step without an answer | {'format': 'motif-workbench-key/1', 'lesson': 'predict-first',"
            + " 'steps': {'4': {'answer': 1}}} | instructor/predict-first.json: step 4: step 4 of "
            + "1-predict-first.json is not a question, predict or explain step; it has no answer",
        "answer out of range | {'format': 'motif-workbench-key/1', 'lesson': 'predict-first', "
            + "'steps': {'5': {'answer': 4, 'explanation': 'e'}}} | instructor/predict-first.json:"
            + " step 5: 'answer' must be a whole number from 1 to 3, not 4",
        "model answer on a question | {'format': 'motif-workbench-key/1', 'lesson': "
            + "'predict-first', 'steps': {'5': {'model-answer': 'm'}}} | "
            + "instructor/predict-first.json: step 5: unknown field 'model-answer'; known: answer, "
            + "explanation",
        "answer on a number | {'format': 'motif-workbench-key/1', 'lesson': 'predict-first', "
            + "'steps': {'2': {'answer': 1}}} | instructor/predict-first.json: step 2: unknown "
            + "field 'answer'; known: explanation",
        "typo | {'format': 'motif-workbench-key/1', 'lesson': 'predict-first', 'note': 'n'} | "
            + "instructor/predict-first.json: unknown field 'note'; known: format, lesson, notes, "
            + "steps",
      })
  void aBrokenKeyIsNamed(String what, String key, String message, @TempDir Path dir)
      throws Exception {
    Files.copy(FORMAT_2.resolve("1-predict-first.json"), dir.resolve("1-predict-first.json"));
    Files.createDirectories(dir.resolve("instructor"));
    Files.writeString(
        dir.resolve("instructor").resolve("predict-first.json"), key.replace('\'', '"'));
    LessonLibrary library = LessonLibrary.read(dir);
    assertEquals(List.of(), library.lessons());
    assertEquals(List.of(message), library.problems());
  }

  @Test
  void aFormatOneLessonMayHaveNotesButKeepsItsAnswers(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.json"), minimal("", "{\"kind\": \"trained\"}"));
    Files.createDirectories(dir.resolve("instructor"));
    Files.writeString(
        dir.resolve("instructor").resolve("x.json"),
        "{\"format\": \"motif-workbench-key/1\", \"lesson\": \"x\", \"notes\": \"Go slow.\"}");
    LessonLibrary library = LessonLibrary.read(dir);
    assertEquals(List.of(), library.problems());
    assertEquals("Go slow.", library.lessons().get(0).notes());
  }

  /** A one-step format-2 lesson with {@code check}, without the top-level field {@code left}. */
  static String formatTwo(String left, String check) {
    StringBuilder b = new StringBuilder("{'format': 'motif-workbench-lesson/2', 'id': 'x', ");
    b.append("'title': 't', 'summary': 's', ");
    if (!left.equals("objectives")) {
      b.append("'objectives': ['o'], ");
    }
    if (!left.equals("key-points")) {
      b.append("'key-points': ['k'], ");
    }
    if (!left.equals("minutes")) {
      b.append("'minutes': 10, ");
    }
    if (!left.equals("settings")) {
      b.append(
          "'settings': {'preset': 'teaching', 'epochs': 3, 'learning-rate': 0.001, "
              + "'batch-size': 64, 'seed': 1}, ");
    }
    b.append("'steps': [{'instruction': 'i', 'check': ")
        .append(check)
        .append("}, {'instruction': 'j', 'check': {'kind': 'manual'}}]}");
    return b.toString();
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
