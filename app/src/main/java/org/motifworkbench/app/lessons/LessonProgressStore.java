package org.motifworkbench.app.lessons;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.reflect.TypeToken;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.motifworkbench.files.AtomicFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every lesson's progress, the student's name and whether instructor mode is on, kept in one JSON
 * file ({@code ~/.motif-workbench/lessons-progress.json}) so a student who closes the workbench
 * continues where they stopped. Written atomically: a crash mid-write leaves the previous file. An
 * unreadable file is an empty store, never an error; a file of an older workbench (the lessons'
 * progress by id, nothing else) is read as it is.
 */
public final class LessonProgressStore {

  private static final Logger LOG = LoggerFactory.getLogger(LessonProgressStore.class);
  private static final Type TYPE = new TypeToken<Map<String, LessonProgress>>() {}.getType();
  private static final String FORMAT = "motif-workbench-progress/2";
  private static final Gson GSON =
      new GsonBuilder()
          .setPrettyPrinting()
          .serializeSpecialFloatingPointValues()
          .setStrictness(Strictness.LENIENT)
          .create();

  private final Path file;
  private final Map<String, LessonProgress> progress = new LinkedHashMap<>();
  private String studentName;
  private boolean instructorMode;

  /**
   * @param file where progress is kept, or null to keep it for this session only
   */
  public LessonProgressStore(Path file) {
    this.file = file;
    Saved saved = read(file);
    progress.putAll(saved.lessons() == null ? Map.of() : saved.lessons());
    studentName = saved.studentName();
    instructorMode = saved.instructorMode();
  }

  /** The store in the user's home folder. */
  public static LessonProgressStore inUserHome() {
    String home = System.getProperty("user.home");
    return new LessonProgressStore(
        home == null ? null : Path.of(home, ".motif-workbench", "lessons-progress.json"));
  }

  /** The lesson's progress; a fresh start when there is none. */
  public LessonProgress get(String lessonId) {
    return progress.getOrDefault(lessonId, LessonProgress.start());
  }

  /** True when the student has begun the lesson. */
  public boolean started(String lessonId) {
    return progress.containsKey(lessonId);
  }

  public void put(String lessonId, LessonProgress next) {
    progress.put(lessonId, next);
    save();
  }

  /** Forgets the lesson's progress ("Reset lesson"). */
  public void remove(String lessonId) {
    if (progress.remove(lessonId) != null) {
      save();
    }
  }

  /** Every lesson's progress by lesson id, in the order the lessons were begun. */
  public Map<String, LessonProgress> all() {
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(progress));
  }

  /** Forgets every lesson's progress ("Reset all lessons"); the student's name stays. */
  public void clear() {
    progress.clear();
    save();
  }

  // Hook for projects (issue 21): a project keeps the lessons' progress made while it was open.

  /** Every lesson's progress as a JSON object (lesson id -> progress), for a project to keep. */
  public JsonObject exportProgress() {
    return finite(GSON.toJsonTree(progress, TYPE)).getAsJsonObject();
  }

  /** {@code json} with NaN and infinities as text ("NaN"), which any JSON writer accepts. */
  private static JsonElement finite(JsonElement json) {
    if (json.isJsonObject()) {
      JsonObject out = new JsonObject();
      json.getAsJsonObject().entrySet().forEach(e -> out.add(e.getKey(), finite(e.getValue())));
      return out;
    }
    if (json.isJsonArray()) {
      com.google.gson.JsonArray out = new com.google.gson.JsonArray();
      json.getAsJsonArray().forEach(e -> out.add(finite(e)));
      return out;
    }
    if (json.isJsonPrimitive() && json.getAsJsonPrimitive().isNumber()) {
      double value = json.getAsDouble();
      if (Double.isNaN(value) || Double.isInfinite(value)) {
        return new com.google.gson.JsonPrimitive(Double.toString(value));
      }
    }
    return json;
  }

  /**
   * Replaces every lesson's progress with {@code saved} (from {@link #exportProgress}), as when a
   * project is opened; the student's name and instructor mode stay. Unreadable content is logged
   * and leaves the progress as it was.
   */
  public void importProgress(JsonObject saved) {
    Map<String, LessonProgress> lessons;
    try {
      lessons = GSON.fromJson(saved, TYPE);
    } catch (RuntimeException e) {
      LOG.warn("Could not read the project's lesson progress; keeping the progress as it was", e);
      return;
    }
    progress.clear();
    progress.putAll(lessons == null ? Map.of() : lessons);
    save();
  }

  /** The student's name as given for the report, or null before it was asked. */
  public String studentName() {
    return studentName;
  }

  /** Keeps the student's name (blank: none). */
  public void setStudentName(String name) {
    studentName = name == null || name.isBlank() ? null : name.strip();
    save();
  }

  /** Whether instructor mode (solutions, model answers and notes shown) was last switched on. */
  public boolean instructorMode() {
    return instructorMode;
  }

  public void setInstructorMode(boolean on) {
    if (on != instructorMode) {
      instructorMode = on;
      save();
    }
  }

  private void save() {
    if (file == null) {
      return;
    }
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      AtomicFile.writeString(
          file, GSON.toJson(new Saved(FORMAT, studentName, instructorMode, progress)));
    } catch (IOException | RuntimeException e) {
      LOG.warn("Could not save lesson progress to {}", file, e);
    }
  }

  private static Saved read(Path file) {
    Saved none = new Saved(FORMAT, null, false, Map.of());
    if (file == null || !Files.isRegularFile(file)) {
      return none;
    }
    try {
      JsonElement root = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8));
      if (root == null || !root.isJsonObject()) {
        return none;
      }
      JsonObject object = root.getAsJsonObject();
      JsonElement format = object.get("format");
      if (format != null && format.isJsonPrimitive()) {
        Saved saved = GSON.fromJson(object, Saved.class);
        return saved == null ? none : saved;
      }
      // an older workbench kept only the lessons' progress, by lesson id
      Map<String, LessonProgress> lessons = GSON.fromJson(object, TYPE);
      return new Saved(FORMAT, null, false, lessons == null ? Map.of() : lessons);
    } catch (IOException | RuntimeException e) {
      LOG.warn("Could not read lesson progress from {}; starting afresh", file, e);
      return none;
    }
  }

  /** The file's content. */
  private record Saved(
      String format,
      String studentName,
      boolean instructorMode,
      Map<String, LessonProgress> lessons) {}
}
