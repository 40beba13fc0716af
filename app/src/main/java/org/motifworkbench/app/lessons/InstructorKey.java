package org.motifworkbench.app.lessons;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A lesson's answer key ({@code instructor/<lesson id>.json} beside the lessons): the instructor's
 * notes and, for a format-2 lesson, the answers and explanations of its questions and choice
 * predictions and the model answers of its explain steps, which the lesson file students open does
 * not hold.
 *
 * @param notes the instructor's notes (timing, misconceptions, debrief), or null
 * @param steps the entries by step index (from 0)
 */
record InstructorKey(String notes, Map<Integer, Entry> steps) {

  static final String FORMAT = "motif-workbench-key/1";
  static final String FOLDER = "instructor";

  /**
   * One step's entry.
   *
   * @param answer the right choice (from 0), or null
   * @param explanation why, or null
   * @param modelAnswer what a good free-text answer mentions, or null
   */
  record Entry(Integer answer, String explanation, String modelAnswer) {}

  InstructorKey {
    steps = Map.copyOf(steps);
  }

  /** "instructor/why-83-percent.json": where a lesson's key is, relative to the lessons. */
  static String fileName(String lessonId) {
    return FOLDER + "/" + lessonId + ".json";
  }

  /**
   * {@code lesson} with the answers of its key in {@code folder}'s instructor folder; null when the
   * key is missing (for a format-2 lesson), broken or incomplete, each problem added to {@code
   * problems} naming the file and the step. A format-1 lesson needs no key; its key may hold notes.
   */
  static Lesson attach(Lesson lesson, Path folder, List<String> problems) {
    String name = fileName(lesson.id());
    Path file = folder.resolve(FOLDER).resolve(lesson.id() + ".json");
    if (!Files.isRegularFile(file)) {
      if (lesson.format() >= 2) {
        problems.add(
            lesson.file()
                + ": its answer key "
                + name
                + " is missing; answers of format 2 are kept"
                + " there");
        return null;
      }
      return lesson;
    }
    try {
      return parse(name, Files.readString(file, StandardCharsets.UTF_8), lesson, problems);
    } catch (IOException e) {
      problems.add(name + ": could not be read (" + e.getMessage() + ")");
      return null;
    } catch (LessonFormatException e) {
      problems.add(e.getMessage());
      return null;
    }
  }

  /**
   * Reads the key {@code text} (file {@code name}) of {@code lesson} and returns the lesson with
   * its answers, or null with the missing answers added to {@code problems}.
   */
  static Lesson parse(String name, String text, Lesson lesson, List<String> problems)
      throws LessonFormatException {
    JsonElement root;
    try {
      root = JsonParser.parseString(text);
    } catch (JsonParseException e) {
      String why = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
      throw new LessonFormatException(
          name + ": not valid JSON: " + why.replaceFirst("\\s*See https?://\\S+", ""));
    }
    if (!root.isJsonObject()) {
      throw new LessonFormatException(name + ": an answer key must be a JSON object in { }");
    }
    JsonFields f =
        new JsonFields(root.getAsJsonObject(), name, Set.of("format", "lesson", "notes", "steps"));
    String format = f.text("format");
    if (!format.equals(FORMAT)) {
      throw f.error("format '" + format + "' is not known; this workbench reads " + FORMAT);
    }
    String id = f.text("lesson");
    if (!id.equals(lesson.id())) {
      throw f.error("'lesson' is '" + id + "' but this is the key of lesson '" + lesson.id() + "'");
    }
    String notes = f.optionalText("notes");
    Map<Integer, Entry> entries = new TreeMap<>();
    if (f.has("steps")) {
      JsonObject steps = f.object("steps");
      if (lesson.format() < 2 && !steps.isEmpty()) {
        throw f.error(
            "'steps' is for format 2 lessons; "
                + lesson.file()
                + " keeps its answers in the lesson file (the key may hold 'notes')");
      }
      for (Map.Entry<String, JsonElement> e : steps.entrySet()) {
        int index = stepIndex(f, e.getKey(), lesson);
        entries.put(index, entry(name, index, e.getValue(), lesson));
      }
    }
    List<String> missing = missing(lesson, entries, name);
    if (!missing.isEmpty()) {
      problems.addAll(missing);
      return null;
    }
    return lesson.withKey(new InstructorKey(notes, entries));
  }

  private static int stepIndex(JsonFields f, String key, Lesson lesson)
      throws LessonFormatException {
    int number;
    try {
      number = Integer.parseInt(key.strip());
    } catch (NumberFormatException e) {
      number = -1;
    }
    if (number < 1 || number > lesson.size()) {
      throw f.error(
          "steps: '"
              + key
              + "' is not a step of "
              + lesson.file()
              + " (its steps are 1 to "
              + lesson.size()
              + ")");
    }
    return number - 1;
  }

  private static Entry entry(String name, int index, JsonElement json, Lesson lesson)
      throws LessonFormatException {
    String where = name + ": step " + (index + 1);
    if (!json.isJsonObject()) {
      throw new LessonFormatException(where + ": an entry must be an object in { }");
    }
    Check check = lesson.step(index).check();
    JsonObject object = json.getAsJsonObject();
    if (check instanceof Check.Question q) {
      JsonFields f = new JsonFields(object, where, Set.of("answer", "explanation"));
      return new Entry(answer(f, q.choices().size()), f.optionalText("explanation"), null);
    }
    if (check instanceof Check.Predict p && p.isChoice()) {
      JsonFields f = new JsonFields(object, where, Set.of("answer", "explanation"));
      return new Entry(answer(f, p.choices().size()), f.optionalText("explanation"), null);
    }
    if (check instanceof Check.Predict) {
      JsonFields f = new JsonFields(object, where, Set.of("explanation"));
      return new Entry(null, f.optionalText("explanation"), null);
    }
    if (check instanceof Check.Explain) {
      JsonFields f = new JsonFields(object, where, Set.of("model-answer"));
      return new Entry(null, null, f.optionalText("model-answer"));
    }
    throw new LessonFormatException(
        where
            + ": step "
            + (index + 1)
            + " of "
            + lesson.file()
            + " is not a question, predict or explain step; it has no answer");
  }

  private static Integer answer(JsonFields f, int choices) throws LessonFormatException {
    Integer answer = f.optionalWhole("answer", 1, choices);
    return answer == null ? null : answer - 1;
  }

  /** "2-why-83-percent.json: step 7: no answer in instructor/why-83-percent.json", one a step. */
  private static List<String> missing(Lesson lesson, Map<Integer, Entry> entries, String name) {
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < lesson.size(); i++) {
      Check check = lesson.step(i).check();
      Entry e = entries.get(i);
      String what = null;
      boolean choice =
          (check instanceof Check.Question && lesson.format() >= 2)
              || (check instanceof Check.Predict p && p.isChoice());
      if (choice && (e == null || e.answer() == null)) {
        what = "no answer";
      } else if (choice && e.explanation() == null) {
        what = "no explanation";
      } else if (check instanceof Check.Explain && (e == null || e.modelAnswer() == null)) {
        what = "no model answer";
      }
      if (what != null) {
        missing.add(lesson.file() + ": step " + (i + 1) + ": " + what + " in " + name);
      }
    }
    return missing;
  }
}
