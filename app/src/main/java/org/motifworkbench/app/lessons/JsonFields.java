package org.motifworkbench.app.lessons;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the fields of one JSON object of a lesson file, failing with a message that names the file
 * and the place ("lesson1.json: step 3: ..."), and rejecting fields it does not know, so a typo
 * such as "hnit" is reported instead of silently ignored.
 */
final class JsonFields {

  private final JsonObject object;
  private final String where;

  JsonFields(JsonObject object, String where, Set<String> known) throws LessonFormatException {
    this.object = object;
    this.where = where;
    for (String key : object.keySet()) {
      if (!known.contains(key)) {
        throw error("unknown field '" + key + "'; known: " + String.join(", ", sorted(known)));
      }
    }
  }

  /** Where this object is, e.g. "lesson1.json: step 3". */
  String where() {
    return where;
  }

  LessonFormatException error(String problem) {
    return new LessonFormatException(where + ": " + problem);
  }

  boolean has(String key) {
    return object.has(key) && !object.get(key).isJsonNull();
  }

  String text(String key) throws LessonFormatException {
    if (!has(key)) {
      throw error("'" + key + "' is missing");
    }
    String value = optionalText(key);
    if (value.isBlank()) {
      throw error("'" + key + "' is empty");
    }
    return value;
  }

  String optionalText(String key) throws LessonFormatException {
    if (!has(key)) {
      return null;
    }
    JsonElement e = object.get(key);
    if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
      throw error("'" + key + "' must be text in quotes");
    }
    return e.getAsString().strip();
  }

  Double optionalNumber(String key) throws LessonFormatException {
    if (!has(key)) {
      return null;
    }
    JsonElement e = object.get(key);
    if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
      throw error("'" + key + "' must be a number, not " + e);
    }
    return e.getAsDouble();
  }

  double number(String key) throws LessonFormatException {
    Double value = optionalNumber(key);
    if (value == null) {
      throw error("'" + key + "' is missing");
    }
    return value;
  }

  Integer optionalWhole(String key, int min, int max) throws LessonFormatException {
    Double value = optionalNumber(key);
    if (value == null) {
      return null;
    }
    if (value != Math.rint(value) || value < min || value > max) {
      throw error(
          "'"
              + key
              + "' must be a whole number from "
              + min
              + " to "
              + max
              + ", not "
              + object.get(key));
    }
    return value.intValue();
  }

  Boolean optionalFlag(String key) throws LessonFormatException {
    if (!has(key)) {
      return null;
    }
    JsonPrimitive p = object.get(key).isJsonPrimitive() ? object.getAsJsonPrimitive(key) : null;
    if (p == null || !p.isBoolean()) {
      throw error("'" + key + "' must be true or false");
    }
    return p.getAsBoolean();
  }

  JsonObject object(String key) throws LessonFormatException {
    JsonElement e = object.get(key);
    if (e == null || !e.isJsonObject()) {
      throw error("'" + key + "' must be an object in { }");
    }
    return e.getAsJsonObject();
  }

  JsonArray array(String key) throws LessonFormatException {
    JsonElement e = object.get(key);
    if (e == null || !e.isJsonArray()) {
      throw error("'" + key + "' must be a list in [ ]");
    }
    return e.getAsJsonArray();
  }

  List<String> texts(String key) throws LessonFormatException {
    List<String> out = new ArrayList<>();
    for (JsonElement e : array(key)) {
      if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString() || e.getAsString().isBlank()) {
        throw error("every entry of '" + key + "' must be text in quotes");
      }
      out.add(e.getAsString().strip());
    }
    return out;
  }

  private static List<String> sorted(Set<String> keys) {
    return keys.stream().sorted().toList();
  }
}
