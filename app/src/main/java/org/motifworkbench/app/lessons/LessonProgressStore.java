package org.motifworkbench.app.lessons;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
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
 * Every lesson's progress, kept in one JSON file ({@code ~/.motif-workbench/lessons-progress.json})
 * so a student who closes the workbench continues where they stopped. Written atomically: a crash
 * mid-write leaves the previous file. An unreadable file is an empty store, never an error.
 */
public final class LessonProgressStore {

  private static final Logger LOG = LoggerFactory.getLogger(LessonProgressStore.class);
  private static final Type TYPE = new TypeToken<Map<String, LessonProgress>>() {}.getType();
  private static final Gson GSON =
      new GsonBuilder()
          .setPrettyPrinting()
          .serializeSpecialFloatingPointValues()
          .setStrictness(Strictness.LENIENT)
          .create();

  private final Path file;
  private final Map<String, LessonProgress> progress = new LinkedHashMap<>();

  /**
   * @param file where progress is kept, or null to keep it for this session only
   */
  public LessonProgressStore(Path file) {
    this.file = file;
    progress.putAll(read(file));
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

  private void save() {
    if (file == null) {
      return;
    }
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      AtomicFile.writeString(file, GSON.toJson(progress, TYPE));
    } catch (IOException | RuntimeException e) {
      LOG.warn("Could not save lesson progress to {}", file, e);
    }
  }

  private static Map<String, LessonProgress> read(Path file) {
    if (file == null || !Files.isRegularFile(file)) {
      return Map.of();
    }
    try {
      Map<String, LessonProgress> read =
          GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), TYPE);
      return read == null ? Map.of() : read;
    } catch (IOException | RuntimeException e) {
      LOG.warn("Could not read lesson progress from {}; starting afresh", file, e);
      return Map.of();
    }
  }
}
