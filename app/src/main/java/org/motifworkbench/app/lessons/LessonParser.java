package org.motifworkbench.app.lessons;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.motifworkbench.data.TeachingDataset;
import org.motifworkbench.network.NetworkPreset;

/**
 * Reads lesson files (the format of {@code docs/lessons.md}). Every problem is a {@link
 * LessonFormatException} naming the file and the place, never a stack trace for the teacher.
 */
public final class LessonParser {

  private static final Set<String> LESSON_FIELDS =
      Set.of("format", "id", "title", "summary", "minutes", "data", "settings", "steps");
  private static final Set<String> STEP_FIELDS =
      Set.of("title", "instruction", "hint", "check", "data");
  private static final Set<String> DATA_FIELDS =
      Set.of("sample", "task", "count", "seed", "length");
  private static final Set<String> SETTINGS_FIELDS =
      Set.of("preset", "epochs", "batch-size", "learning-rate", "seed", "pooling");
  private static final String FORMAT = "motif-workbench-lesson/1";

  private LessonParser() {}

  /** Reads one lesson file. */
  public static Lesson read(Path file) throws LessonFormatException {
    String name = file.getFileName().toString();
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new LessonFormatException(name + ": could not be read (" + e.getMessage() + ")");
    }
    return parse(name, text);
  }

  /** Reads a lesson from {@code text}; {@code name} is the file name used in messages. */
  public static Lesson parse(String name, String text) throws LessonFormatException {
    JsonElement root;
    try {
      root = JsonParser.parseString(text);
    } catch (JsonParseException e) {
      String why = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
      throw new LessonFormatException(
          name + ": not valid JSON: " + why.replaceFirst("\\s*See https?://\\S+", ""));
    }
    if (!root.isJsonObject()) {
      throw new LessonFormatException(name + ": a lesson must be a JSON object in { }");
    }
    JsonFields f = new JsonFields(root.getAsJsonObject(), name, LESSON_FIELDS);
    String format = f.optionalText("format");
    if (format != null && !format.equals(FORMAT)) {
      throw f.error("format '" + format + "' is not known; this workbench reads " + FORMAT);
    }
    String id = f.text("id");
    if (!id.matches("[A-Za-z0-9._-]+")) {
      throw f.error("'id' may hold only letters, digits, '.', '_' and '-', not '" + id + "'");
    }
    Integer minutes = f.optionalWhole("minutes", 1, 600);
    LessonData data =
        f.has("data") ? data(new JsonFields(f.object("data"), name + ": data", DATA_FIELDS)) : null;
    SettingsOverrides settings =
        f.has("settings")
            ? settings(new JsonFields(f.object("settings"), name + ": settings", SETTINGS_FIELDS))
            : SettingsOverrides.none();
    List<LessonStep> steps = new ArrayList<>();
    List<JsonElement> items = f.array("steps").asList();
    if (items.isEmpty()) {
      throw f.error("'steps' is empty; a lesson needs at least one step");
    }
    for (int i = 0; i < items.size(); i++) {
      String where = name + ": step " + (i + 1);
      if (!items.get(i).isJsonObject()) {
        throw new LessonFormatException(where + ": a step must be an object in { }");
      }
      steps.add(step(new JsonFields(items.get(i).getAsJsonObject(), where, STEP_FIELDS), i));
    }
    return new Lesson(
        id,
        f.text("title"),
        f.text("summary"),
        minutes == null ? 0 : minutes,
        data,
        settings,
        steps,
        name);
  }

  private static LessonStep step(JsonFields f, int index) throws LessonFormatException {
    String title = f.optionalText("title");
    LessonData data =
        f.has("data")
            ? data(new JsonFields(f.object("data"), f.where() + ": data", DATA_FIELDS))
            : null;
    if (!f.has("check")) {
      throw f.error("'check' is missing; known checks: " + String.join(", ", Check.KINDS));
    }
    Check check = CheckParser.parse(f.object("check"), f.where());
    return new LessonStep(
        title == null || title.isBlank() ? "Step " + (index + 1) : title,
        f.text("instruction"),
        f.optionalText("hint"),
        check,
        data);
  }

  private static LessonData data(JsonFields f) throws LessonFormatException {
    String sample = f.optionalText("sample");
    String task = f.optionalText("task");
    if ((sample == null) == (task == null)) {
      throw f.error(
          "give either 'sample' (a file of the samples folder) or 'task' (one of "
              + taskNames()
              + ")");
    }
    if (sample != null) {
      if (f.has("count") || f.has("seed") || f.has("length")) {
        throw f.error("'count', 'seed' and 'length' belong to a generated 'task', not a sample");
      }
      if (sample.contains("/") || sample.contains("\\") || sample.startsWith(".")) {
        throw f.error("'sample' must be a file name of the samples folder, not a path: " + sample);
      }
      return LessonData.sample(sample);
    }
    TeachingDataset teaching;
    try {
      teaching = TeachingDataset.parse(task);
    } catch (IllegalArgumentException e) {
      throw f.error("unknown task '" + task + "'; known: " + taskNames());
    }
    Integer count = f.optionalWhole("count", 100, 200_000);
    Integer seed = f.optionalWhole("seed", 0, Integer.MAX_VALUE);
    Integer length = f.optionalWhole("length", 10, 10_000);
    return LessonData.generated(
        teaching, count == null ? teaching.defaultCount() : count, seed == null ? 7 : seed, length);
  }

  private static SettingsOverrides settings(JsonFields f) throws LessonFormatException {
    NetworkPreset preset = null;
    String presetName = f.optionalText("preset");
    if (presetName != null) {
      try {
        preset = NetworkPreset.parse(presetName);
      } catch (IllegalArgumentException e) {
        throw f.error(
            "unknown preset '"
                + presetName
                + "'; known: tutorial, default, teaching, "
                + "deepbind");
      }
    }
    String pooling = f.optionalText("pooling");
    if (pooling != null && !pooling.equals("attention") && !pooling.equals("max")) {
      throw f.error("'pooling' must be \"attention\" or \"max\", not '" + pooling + "'");
    }
    Double rate = f.optionalNumber("learning-rate");
    if (rate != null && (rate <= 0 || rate > 1)) {
      throw f.error("'learning-rate' must be above 0 and at most 1, not " + rate);
    }
    return new SettingsOverrides(
        preset,
        f.optionalWhole("epochs", 1, 1000),
        f.optionalWhole("batch-size", 1, 4096),
        rate,
        f.optionalWhole("seed", 0, Integer.MAX_VALUE),
        pooling == null ? null : pooling.equals("attention"));
  }

  private static String taskNames() {
    return String.join(
        ", ", java.util.Arrays.stream(TeachingDataset.values()).map(TeachingDataset::id).toList());
  }
}
