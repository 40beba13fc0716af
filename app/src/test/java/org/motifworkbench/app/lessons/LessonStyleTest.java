package org.motifworkbench.app.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The house style of every shipped lesson (issue 23): format 2 with objectives, key points, time
 * and every training setting including the seed; an instructor file beside it holding the answer of
 * every question and choice prediction, an explanation for each, and a model answer for every
 * "explain" step; no answers in the file students open; the right choice never the longest one
 * (students learn to pick the longest answer). Read as plain JSON, so the rules hold for lessons
 * the parser would accept as well.
 */
class LessonStyleTest {

  private static final Path LESSONS = Path.of("..", "samples", "lessons");
  private static final Set<String> SETTINGS =
      Set.of("preset", "epochs", "learning-rate", "batch-size", "seed");
  private static final Set<String> QUANTITIES =
      Set.of(
          "ceiling",
          "test-accuracy",
          "best-validation-accuracy",
          "final-training-accuracy",
          "test-roc-auc",
          "test-pr-auc");

  static Stream<Path> lessons() throws IOException {
    try (Stream<Path> files = Files.list(LESSONS)) {
      List<Path> out =
          files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
      assertFalse(out.isEmpty(), "no lessons in " + LESSONS.toAbsolutePath());
      return out.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("lessons")
  void lessonHasObjectivesKeyPointsTimeAndFullSettings(Path file) throws IOException {
    JsonObject lesson = json(file);
    String name = file.getFileName().toString();
    assertEquals("motif-workbench-lesson/2", text(lesson, "format", name), name);
    strings(lesson, "objectives", name);
    strings(lesson, "key-points", name);
    assertTrue(
        lesson.has("minutes") && lesson.get("minutes").getAsInt() > 0, name + ": no minutes");
    assertTrue(lesson.has("settings"), name + ": no settings");
    JsonObject settings = lesson.getAsJsonObject("settings");
    for (String field : SETTINGS) {
      assertTrue(settings.has(field), name + ": settings name no " + field);
    }
  }

  @ParameterizedTest
  @MethodSource("lessons")
  void instructorFileHoldsEveryAnswer(Path file) throws IOException {
    JsonObject lesson = json(file);
    String name = file.getFileName().toString();
    String id = text(lesson, "id", name);
    Path keyFile = LESSONS.resolve("instructor").resolve(id + ".json");
    assertTrue(Files.isRegularFile(keyFile), name + ": no instructor file " + keyFile);
    JsonObject key = json(keyFile);
    String keyName = "instructor/" + id + ".json";
    assertEquals("motif-workbench-key/1", text(key, "format", keyName), keyName);
    assertEquals(id, text(key, "lesson", keyName), keyName);
    assertFalse(text(key, "notes", keyName).isBlank(), keyName + ": no instructor notes");
    JsonObject answers = key.getAsJsonObject("steps");
    JsonArray steps = lesson.getAsJsonArray("steps");
    for (int i = 0; i < steps.size(); i++) {
      String step = Integer.toString(i + 1);
      String where = name + ": step " + step;
      JsonObject check = steps.get(i).getAsJsonObject().getAsJsonObject("check");
      String kind = text(check, "kind", where);
      JsonObject entry = answers.has(step) ? answers.getAsJsonObject(step) : null;
      assertFalse(
          check.has("answer") || check.has("explanation"),
          where + ": answers belong in the instructor file " + keyName);
      boolean choices = check.has("choices");
      switch (kind) {
        case "question" -> choiceAnswer(check, entry, where);
        case "predict" -> {
          if (choices) {
            choiceAnswer(check, entry, where);
          } else {
            JsonObject range = check.getAsJsonObject("number");
            assertTrue(range != null, where + ": a prediction needs choices or a number range");
            assertTrue(
                range.get("min").getAsDouble() < range.get("max").getAsDouble(),
                where + ": the number range is empty");
            assertTrue(
                entry == null || !entry.has("answer"), where + ": a number has no right answer");
          }
          if (check.has("result")) {
            assertTrue(
                QUANTITIES.contains(check.get("result").getAsString()),
                where + ": unknown result " + check.get("result"));
          }
          if (check.has("reveal-after")) {
            int after = check.get("reveal-after").getAsInt();
            assertTrue(
                after > i + 1 && after <= steps.size(),
                where + ": reveal-after " + after + " is not a later step");
          }
        }
        case "explain" -> {
          assertTrue(entry != null, where + ": no model answer in " + keyName);
          assertFalse(text(entry, "model-answer", where).isBlank(), where + ": empty model answer");
        }
        default ->
            assertTrue(entry == null, where + ": " + keyName + " answers a step that asks nothing");
      }
    }
    for (String step : answers.keySet()) {
      int n = Integer.parseInt(step);
      assertTrue(n >= 1 && n <= steps.size(), keyName + ": no step " + step + " in " + name);
    }
  }

  @Test
  void everyShippedLessonLoads() {
    LessonLibrary library = LessonLibrary.read(LESSONS);
    assertEquals(List.of(), library.problems());
    assertTrue(library.lessons().size() >= 4, library.lessons().toString());
  }

  @Test
  void lessonsAskForPredictionsAndExplanations() throws IOException {
    int predicting = 0;
    int explaining = 0;
    for (Path file : lessons().toList()) {
      List<String> kinds = new ArrayList<>();
      for (JsonElement step : json(file).getAsJsonArray("steps")) {
        kinds.add(step.getAsJsonObject().getAsJsonObject("check").get("kind").getAsString());
      }
      predicting += kinds.contains("predict") ? 1 : 0;
      explaining += kinds.contains("explain") ? 1 : 0;
    }
    assertTrue(predicting >= 3, "lessons with a prediction: " + predicting);
    assertTrue(explaining >= 1, "lessons with an explain step: " + explaining);
  }

  /** The key names a choice and explains it; the right choice is not the longest one. */
  private static void choiceAnswer(JsonObject check, JsonObject entry, String where) {
    JsonArray choices = check.getAsJsonArray("choices");
    assertTrue(choices != null && choices.size() >= 2, where + ": fewer than two choices");
    assertTrue(entry != null && entry.has("answer"), where + ": no answer in the instructor file");
    int answer = entry.get("answer").getAsInt();
    assertTrue(answer >= 1 && answer <= choices.size(), where + ": answer " + answer);
    assertFalse(text(entry, "explanation", where).isBlank(), where + ": no explanation");
    String right = choices.get(answer - 1).getAsString();
    int longestOther = 0;
    for (int c = 0; c < choices.size(); c++) {
      if (c != answer - 1) {
        longestOther = Math.max(longestOther, choices.get(c).getAsString().length());
      }
    }
    assertTrue(
        right.length() < longestOther,
        where + ": the right choice is the longest (" + right.length() + " characters): " + right);
  }

  private static void strings(JsonObject lesson, String field, String name) {
    assertTrue(lesson.has(field), name + ": no " + field);
    JsonArray list = lesson.getAsJsonArray(field);
    assertTrue(list.size() >= 1 && list.size() <= 5, name + ": " + field + " needs 1-5 entries");
    for (JsonElement e : list) {
      assertFalse(e.getAsString().isBlank(), name + ": an empty entry in " + field);
    }
  }

  private static String text(JsonObject o, String field, String where) {
    assertTrue(o.has(field), where + ": no " + field);
    return o.get(field).getAsString();
  }

  private static JsonObject json(Path file) throws IOException {
    return JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
  }
}
