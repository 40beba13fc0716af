package org.motifworkbench.project;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.motifworkbench.sequence.DataSource;
import org.motifworkbench.sequence.InvalidInputException;
import org.motifworkbench.sequence.SourceLocation;
import org.motifworkbench.sequence.TextFile;

/**
 * Reads and writes {@code project.mwbproj}: a JSON object with {@code format}, {@code
 * formatVersion}, {@code name}, {@code createdAt}, {@code savedAt}, {@code data} (the data source,
 * each path stored relative to the project folder and absolute, so the project opens after either
 * the project folder or the whole tree moved), {@code settings}, {@code state}, {@code lessons}
 * (the app's, kept as they are) and {@code figures}.
 */
final class ProjectFile {

  static final String FORMAT = "motif-workbench-project";
  static final int VERSION = 1;

  /** A real description is a few kilobytes; lesson progress of a whole course stays far below. */
  static final long MAX_BYTES = 16L << 20;

  static final Gson GSON =
      new GsonBuilder()
          .setPrettyPrinting()
          .disableHtmlEscaping()
          .serializeSpecialFloatingPointValues()
          .setStrictness(Strictness.LENIENT)
          .create();

  private ProjectFile() {}

  static String write(ProjectDescription d, Path folder) {
    JsonObject json = new JsonObject();
    json.addProperty("format", FORMAT);
    json.addProperty("formatVersion", VERSION);
    json.addProperty("name", d.name());
    json.addProperty("createdAt", d.createdAt());
    json.addProperty("savedAt", d.savedAt());
    if (d.data() != null) {
      json.add("data", writeData(d.data(), folder));
    }
    putObject(json, "settings", d.settings());
    putObject(json, "state", d.state());
    putObject(json, "lessons", d.lessons());
    JsonArray figures = new JsonArray();
    for (FigureRecord f : d.figures()) {
      figures.add(GSON.toJsonTree(f));
    }
    json.add("figures", figures);
    return GSON.toJson(json) + "\n";
  }

  static ProjectDescription read(Path file) {
    Path folder = file.toAbsolutePath().getParent();
    SourceLocation where = new SourceLocation(file.toString(), 0);
    String text = TextFile.read(file, "project description", MAX_BYTES);
    JsonObject json;
    try {
      JsonElement parsed = JsonParser.parseString(text);
      if (!parsed.isJsonObject()) {
        throw new InvalidInputException(where, "is not a Motif Workbench project description.");
      }
      json = parsed.getAsJsonObject();
    } catch (JsonParseException e) {
      throw new InvalidInputException(
          where, "is not valid JSON (" + cause(e) + "); is it a Motif Workbench project?", e);
    }
    String format = string(json, "format", where);
    if (!FORMAT.equals(format)) {
      throw new InvalidInputException(
          where, "is not a Motif Workbench project description (format '" + format + "').");
    }
    int version = json.has("formatVersion") ? number(json, "formatVersion", where) : VERSION;
    if (version > VERSION) {
      throw new InvalidInputException(
          where,
          "was written by a newer Motif Workbench (project format "
              + version
              + "); this one reads format "
              + VERSION
              + ". Update the workbench to open it.");
    }
    try {
      List<FigureRecord> figures = new ArrayList<>();
      if (json.has("figures") && json.get("figures").isJsonArray()) {
        for (JsonElement f : json.getAsJsonArray("figures")) {
          figures.add(GSON.fromJson(f, FigureRecord.class));
        }
      }
      return new ProjectDescription(
          optionalString(json, "name", folder.getFileName().toString()),
          optionalString(json, "createdAt", null),
          optionalString(json, "savedAt", null),
          json.has("data") && json.get("data").isJsonObject()
              ? readData(json.getAsJsonObject("data"), folder, where)
              : null,
          object(json, "settings", where),
          object(json, "state", where),
          object(json, "lessons", where),
          figures);
    } catch (JsonParseException | IllegalStateException | ClassCastException e) {
      throw new InvalidInputException(where, "has a field of the wrong type: " + cause(e), e);
    }
  }

  private static JsonObject writeData(DataSource data, Path folder) {
    JsonObject json = new JsonObject();
    json.addProperty("convention", data.convention().name());
    JsonArray files = new JsonArray();
    for (String f : data.files()) {
      files.add(path(f, folder));
    }
    json.add("files", files);
    json.add("classNames", GSON.toJsonTree(data.classNames()));
    if (data.labelsFile() != null) {
      json.add("labelsFile", path(data.labelsFile(), folder));
    }
    if (data.labelPattern() != null) {
      json.addProperty("labelPattern", data.labelPattern());
    }
    return json;
  }

  /** A path as {"relative": ..., "absolute": ...}; relative only when on the same root. */
  private static JsonObject path(String file, Path folder) {
    Path absolute = Path.of(file).toAbsolutePath().normalize();
    JsonObject json = new JsonObject();
    try {
      if (absolute.getRoot() != null && absolute.getRoot().equals(folder.getRoot())) {
        json.addProperty(
            "relative",
            folder.toAbsolutePath().normalize().relativize(absolute).toString().replace('\\', '/'));
      }
    } catch (IllegalArgumentException e) {
      // another drive on Windows: absolute only
    }
    json.addProperty("absolute", absolute.toString());
    return json;
  }

  private static DataSource readData(JsonObject json, Path folder, SourceLocation where) {
    DataSource.Convention convention;
    try {
      convention = DataSource.Convention.valueOf(string(json, "convention", where));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          where, "data.convention must be one of " + List.of(DataSource.Convention.values()));
    }
    List<String> files = new ArrayList<>();
    if (json.has("files") && json.get("files").isJsonArray()) {
      for (JsonElement f : json.getAsJsonArray("files")) {
        files.add(resolve(f, folder, where));
      }
    }
    List<String> classes = new ArrayList<>();
    if (json.has("classNames") && json.get("classNames").isJsonArray()) {
      for (JsonElement c : json.getAsJsonArray("classNames")) {
        classes.add(c.getAsString());
      }
    }
    String labels = json.has("labelsFile") ? resolve(json.get("labelsFile"), folder, where) : null;
    String pattern = optionalString(json, "labelPattern", null);
    return new DataSource(convention, files, classes, labels, pattern);
  }

  /**
   * The file a stored path means: relative to the project folder when that exists, else the
   * absolute path when that exists, else the absolute path (reported missing by the project).
   */
  private static String resolve(JsonElement stored, Path folder, SourceLocation where) {
    if (stored.isJsonPrimitive()) {
      Path p = Path.of(stored.getAsString());
      return (p.isAbsolute() ? p : folder.resolve(p)).normalize().toString();
    }
    if (!stored.isJsonObject()) {
      throw new InvalidInputException(where, "a data file entry is neither a path nor an object.");
    }
    JsonObject o = stored.getAsJsonObject();
    String relative = optionalString(o, "relative", null);
    String absolute = optionalString(o, "absolute", null);
    if (relative != null) {
      Path candidate = folder.resolve(relative).normalize();
      if (Files.exists(candidate) || absolute == null) {
        return candidate.toString();
      }
    }
    if (absolute == null) {
      throw new InvalidInputException(where, "a data file entry has no path.");
    }
    return absolute;
  }

  private static void putObject(JsonObject json, String key, JsonObject value) {
    if (value != null) {
      json.add(key, value);
    }
  }

  private static JsonObject object(JsonObject json, String key, SourceLocation where) {
    if (!json.has(key) || json.get(key).isJsonNull()) {
      return null;
    }
    if (!json.get(key).isJsonObject()) {
      throw new InvalidInputException(where, "'" + key + "' must be a JSON object.");
    }
    return json.getAsJsonObject(key);
  }

  private static String string(JsonObject json, String key, SourceLocation where) {
    JsonElement e = json.get(key);
    if (e == null || !e.isJsonPrimitive()) {
      throw new InvalidInputException(where, "has no '" + key + "' text.");
    }
    return e.getAsString();
  }

  private static int number(JsonObject json, String key, SourceLocation where) {
    try {
      return json.get(key).getAsInt();
    } catch (RuntimeException e) {
      throw new InvalidInputException(where, "'" + key + "' must be a whole number.");
    }
  }

  private static String optionalString(JsonObject json, String key, String fallback) {
    JsonElement e = json.get(key);
    return e == null || e.isJsonNull() ? fallback : e.getAsString();
  }

  static String cause(Exception e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return message == null ? root.getClass().getSimpleName() : message;
  }
}
