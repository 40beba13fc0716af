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
import java.util.Set;
import org.motifworkbench.data.TeachingDataset;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.setting.Range;
import org.motifworkbench.training.TrainingParameter;
import org.motifworkbench.training.TrainingSpec;

/**
 * Reads lesson files (the format of {@code docs/lessons.md}). Every problem is a {@link
 * LessonFormatException} naming the file and the place, never a stack trace for the teacher.
 */
public final class LessonParser {

  private static final Set<String> LESSON_FIELDS =
      Set.of("format", "id", "title", "summary", "minutes", "data", "settings", "steps");
  private static final Set<String> LESSON_FIELDS_2 =
      Set.of(
          "format",
          "id",
          "title",
          "summary",
          "objectives",
          "key-points",
          "minutes",
          "data",
          "settings",
          "steps");
  private static final Set<String> STEP_FIELDS =
      Set.of("title", "instruction", "hint", "check", "data");
  private static final Set<String> DATA_FIELDS =
      Set.of("sample", "task", "count", "seed", "length", "positives");
  private static final Set<String> SETTINGS_FIELDS =
      Set.of("preset", "epochs", "batch-size", "learning-rate", "seed", "pooling", "class-weights");
  static final String FORMAT_1 = "motif-workbench-lesson/1";
  static final String FORMAT_2 = "motif-workbench-lesson/2";

  /** The settings a format-2 lesson must name, so it does not depend on what came before. */
  private static final List<String> REQUIRED_SETTINGS =
      List.of("preset", "epochs", "learning-rate", "batch-size", "seed");

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
    int format = format(root.getAsJsonObject(), name);
    JsonFields f =
        new JsonFields(root.getAsJsonObject(), name, format >= 2 ? LESSON_FIELDS_2 : LESSON_FIELDS);
    String id = f.text("id");
    if (!id.matches("[A-Za-z0-9._-]+")) {
      throw f.error("'id' may hold only letters, digits, '.', '_' and '-', not '" + id + "'");
    }
    String title = f.text("title");
    String summary = f.text("summary");
    List<String> objectives = format >= 2 ? points(f, "objectives") : List.of();
    List<String> keyPoints = format >= 2 ? points(f, "key-points") : List.of();
    Integer minutes = f.optionalWhole("minutes", 1, 600);
    if (format >= 2 && minutes == null) {
      throw f.error("'minutes' is missing: how long the lesson takes on a 2-core laptop");
    }
    LessonData data =
        f.has("data") ? data(new JsonFields(f.object("data"), name + ": data", DATA_FIELDS)) : null;
    if (format >= 2 && !f.has("settings")) {
      throw f.error(
          "'settings' is missing: a format 2 lesson names "
              + String.join(", ", REQUIRED_SETTINGS)
              + ", so it does not depend on what was set before");
    }
    SettingsOverrides settings =
        f.has("settings")
            ? settings(
                new JsonFields(f.object("settings"), name + ": settings", SETTINGS_FIELDS),
                new Place(name, text),
                format)
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
      steps.add(
          step(
              new JsonFields(items.get(i).getAsJsonObject(), where, STEP_FIELDS),
              new CheckParser.Place(format, id, i, items.size())));
    }
    return new Lesson(
        id,
        title,
        summary,
        minutes == null ? 0 : minutes,
        data,
        settings,
        steps,
        name,
        format,
        objectives,
        keyPoints,
        null);
  }

  /** The file's format, 1 or 2 (1 when it names none). */
  private static int format(JsonObject root, String name) throws LessonFormatException {
    JsonElement e = root.get("format");
    if (e == null || e.isJsonNull()) {
      return 1;
    }
    String format = e.isJsonPrimitive() ? e.getAsString().strip() : e.toString();
    return switch (format) {
      case FORMAT_1 -> 1;
      case FORMAT_2 -> 2;
      default ->
          throw new LessonFormatException(
              name
                  + ": format '"
                  + format
                  + "' is not known; this workbench reads "
                  + FORMAT_1
                  + " and "
                  + FORMAT_2);
    };
  }

  /** The objectives or key points of a format-2 lesson: 1 to 5 texts. */
  private static List<String> points(JsonFields f, String key) throws LessonFormatException {
    if (!f.has(key)) {
      throw f.error("'" + key + "' is missing: a format 2 lesson lists 1 to 5 of them");
    }
    List<String> points = f.texts(key);
    if (points.isEmpty() || points.size() > 5) {
      throw f.error("'" + key + "' lists 1 to 5 texts, not " + points.size());
    }
    return points;
  }

  private static LessonStep step(JsonFields f, CheckParser.Place place)
      throws LessonFormatException {
    int index = place.index();
    String title = f.optionalText("title");
    LessonData data =
        f.has("data")
            ? data(new JsonFields(f.object("data"), f.where() + ": data", DATA_FIELDS))
            : null;
    if (!f.has("check")) {
      throw f.error("'check' is missing; known checks: " + String.join(", ", Check.KINDS));
    }
    Check check = CheckParser.parse(f.object("check"), f.where(), place);
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
      if (f.has("count") || f.has("seed") || f.has("length") || f.has("positives")) {
        throw f.error(
            "'count', 'seed', 'length' and 'positives' belong to a generated 'task', not a sample");
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
    Double positives = f.optionalNumber("positives");
    if (positives != null && !teaching.hasPositiveShare()) {
      throw f.error(
          "'positives' is for the tasks primer, promoter and promoter-clean, not " + task);
    }
    if (positives != null && !(positives > 0 && positives < 1)) {
      throw f.error(
          "'positives' is the share of positives, above 0 and below 1 (0.1 for 10%), not "
              + positives);
    }
    return LessonData.generated(
        teaching,
        count == null ? teaching.defaultCount() : count,
        seed == null ? 7 : seed,
        length,
        positives);
  }

  private static SettingsOverrides settings(JsonFields f, Place place, int format)
      throws LessonFormatException {
    if (format >= 2) {
      List<String> missing = REQUIRED_SETTINGS.stream().filter(k -> !f.has(k)).toList();
      if (!missing.isEmpty()) {
        throw f.error(
            "'"
                + String.join("', '", missing)
                + (missing.size() == 1 ? "' is" : "' are")
                + " missing: a format 2 lesson names "
                + String.join(", ", REQUIRED_SETTINGS)
                + ", so it does not depend on what was set before");
      }
    }
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
    String weights = f.optionalText("class-weights");
    if (weights != null) {
      String problem = TrainingParameter.CLASS_WEIGHTS.problem("'class-weights'", weights);
      if (problem != null) {
        throw place.error("class-weights", problem);
      }
    }
    Number rate = setting(f, "learning-rate", TrainingParameter.LEARNING_RATE, place);
    return new SettingsOverrides(
        preset,
        (Integer) setting(f, "epochs", TrainingParameter.EPOCHS, place),
        (Integer) setting(f, "batch-size", TrainingParameter.BATCH_SIZE, place),
        rate == null ? null : rate.doubleValue(),
        (Integer) setting(f, "seed", TrainingParameter.SEED, place),
        pooling == null ? null : pooling.equals("attention"),
        weights);
  }

  /**
   * A training setting of a lesson (an Integer or a Double, as the training spec holds it), or null
   * when not given; a value the Model form and {@code mwb train} would refuse is refused here with
   * the same allowed range, naming the file and the line.
   */
  private static Number setting(JsonFields f, String key, TrainingParameter parameter, Place place)
      throws LessonFormatException {
    Double value = f.optionalNumber(key);
    if (value == null) {
      return null;
    }
    String name = "'" + key + "'";
    if (!(parameter.valueIn(TrainingSpec.defaults()) instanceof Integer)) {
      String problem = parameter.problem(name, value);
      if (problem != null) {
        throw place.error(key, problem);
      }
      return value;
    }
    if (value != Math.rint(value) || value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw place.error(
          key,
          name
              + " must be a whole number"
              + (parameter.range().equals(Range.ANY) ? "" : ", " + parameter.range().describe())
              + " (got "
              + Range.format(value)
              + ").");
    }
    String problem = parameter.problem(name, value.intValue());
    if (problem != null) {
      throw place.error(key, problem);
    }
    return value.intValue();
  }

  /** Where a lesson's settings are: the file's name and text, to name the line of a setting. */
  private record Place(String file, String text) {

    /** "lesson1.json, line 7: settings: " and the problem (without the line when not found). */
    LessonFormatException error(String key, String problem) {
      int settings = text.indexOf("\"settings\"");
      int at = settings < 0 ? -1 : text.indexOf("\"" + key + "\"", settings);
      String line =
          at < 0
              ? ""
              : ", line " + (text.substring(0, at).chars().filter(c -> c == '\n').count() + 1);
      return new LessonFormatException(file + line + ": settings: " + problem);
    }
  }

  private static String taskNames() {
    return String.join(
        ", ", java.util.Arrays.stream(TeachingDataset.values()).map(TeachingDataset::id).toList());
  }
}
