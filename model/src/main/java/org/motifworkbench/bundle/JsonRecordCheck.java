package org.motifworkbench.bundle;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a JSON tree against the record type it is read into, before Gson reads it: every field
 * present (unless listed optional), no unknown field, whole numbers within range, text where text
 * belongs, and enum values the workbench knows. Problems name the field by its path, e.g. {@code
 * network.filters}; Gson alone would fill in 0 or fail with "Failed to invoke constructor".
 */
final class JsonRecordCheck {

  private final Set<String> optional;
  private final List<String> problems = new ArrayList<>();

  /**
   * @param optional paths of fields that may be missing or null, e.g. "data.labelsFile"
   */
  private JsonRecordCheck(Set<String> optional) {
    this.optional = optional;
  }

  /** The problems of {@code json} read as {@code type}; empty when Gson can read it as meant. */
  static List<String> problems(
      JsonObject json, Class<? extends Record> type, Set<String> optional) {
    JsonRecordCheck check = new JsonRecordCheck(optional);
    check.record("", json, type);
    return check.problems;
  }

  private void record(String prefix, JsonObject json, Class<?> type) {
    RecordComponent[] components = type.getRecordComponents();
    List<String> names = Arrays.stream(components).map(RecordComponent::getName).toList();
    for (String key : json.keySet()) {
      if (!names.contains(key)) {
        problems.add("'" + prefix + key + "' is not a field the workbench knows.");
      }
    }
    for (RecordComponent c : components) {
      String path = prefix + c.getName();
      JsonElement value = json.get(c.getName());
      if (value == null || value.isJsonNull()) {
        if (!optional.contains(path)) {
          problems.add("'" + path + "' is " + (value == null ? "missing." : "null."));
        }
      } else {
        value(path, value, c.getGenericType());
      }
    }
  }

  private void value(String path, JsonElement value, Type type) {
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      Type element = p.getActualTypeArguments()[raw == Map.class ? 1 : 0];
      if (raw == List.class && expect(path, value, value.isJsonArray(), "a list")) {
        JsonArray array = value.getAsJsonArray();
        for (int i = 0; i < array.size(); i++) {
          notNull(path + "[" + i + "]", array.get(i), element);
        }
      } else if (raw == Map.class && expect(path, value, value.isJsonObject(), "an object")) {
        value
            .getAsJsonObject()
            .entrySet()
            .forEach(e -> notNull(path + "." + e.getKey(), e.getValue(), element));
      }
      return;
    }
    Class<?> c = (Class<?>) type;
    if (c == JsonElement.class) {
      return;
    }
    if (c.isRecord()) {
      if (expect(path, value, value.isJsonObject(), "an object")) {
        record(path + ".", value.getAsJsonObject(), c);
      }
    } else if (c.isEnum()) {
      enumValue(path, value, c);
    } else if (c == String.class) {
      expect(path, value, isPrimitive(value) && value.getAsJsonPrimitive().isString(), "text");
    } else if (c == boolean.class || c == Boolean.class) {
      expect(
          path,
          value,
          isPrimitive(value) && value.getAsJsonPrimitive().isBoolean(),
          "true or false");
    } else if (c == int.class || c == Integer.class) {
      wholeNumber(path, value, Integer.MIN_VALUE, Integer.MAX_VALUE);
    } else if (c == long.class || c == Long.class) {
      wholeNumber(path, value, Long.MIN_VALUE, Long.MAX_VALUE);
    } else if (c == double.class || c == Double.class) {
      expect(path, value, isNumber(value), "a number");
    }
  }

  private void notNull(String path, JsonElement value, Type type) {
    if (value.isJsonNull()) {
      problems.add("'" + path + "' is null.");
    } else {
      value(path, value, type);
    }
  }

  private void enumValue(String path, JsonElement value, Class<?> type) {
    List<String> known =
        Arrays.stream(type.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
    if (!isPrimitive(value) || !known.contains(value.getAsString())) {
      problems.add(
          "'" + path + "' is " + value + "; the workbench knows " + String.join(", ", known) + ".");
    }
  }

  private void wholeNumber(String path, JsonElement value, long min, long max) {
    if (!expect(
        path,
        value,
        isPrimitive(value) && value.getAsJsonPrimitive().isNumber(),
        "a whole number")) {
      return;
    }
    BigDecimal number;
    try {
      number = value.getAsBigDecimal();
    } catch (NumberFormatException e) {
      problems.add("'" + path + "' is " + value + ", not a whole number.");
      return;
    }
    if (number.stripTrailingZeros().scale() > 0) {
      problems.add("'" + path + "' is " + value + ", not a whole number.");
    } else if (number.compareTo(BigDecimal.valueOf(min)) < 0
        || number.compareTo(BigDecimal.valueOf(max)) > 0) {
      problems.add("'" + path + "' is " + value + ", outside " + min + " to " + max + ".");
    }
  }

  /** Numbers, and the NaN and Infinity the workbench writes for values that do not exist. */
  private static boolean isNumber(JsonElement value) {
    if (!isPrimitive(value)) {
      return false;
    }
    JsonPrimitive p = value.getAsJsonPrimitive();
    if (p.isNumber()) {
      try {
        double unused = p.getAsDouble();
        return true;
      } catch (NumberFormatException e) {
        return false;
      }
    }
    return p.isString() && Set.of("NaN", "Infinity", "-Infinity").contains(p.getAsString());
  }

  private static boolean isPrimitive(JsonElement value) {
    return value.isJsonPrimitive();
  }

  private boolean expect(String path, JsonElement value, boolean ok, String what) {
    if (!ok) {
      problems.add("'" + path + "' is " + shortened(value) + ", not " + what + ".");
    }
    return ok;
  }

  private static String shortened(JsonElement value) {
    String text = value.toString();
    return text.length() > 40 ? text.substring(0, 37) + "..." : text;
  }
}
