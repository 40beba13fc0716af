package org.motifworkbench.workflow;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.motifworkbench.sequence.InvalidInputException;
import org.motifworkbench.sequence.SourceLocation;

/**
 * Reads a settings file exactly as written: strict JSON (no NaN, no comments, no repeated key),
 * every key known, every value of its setting's type. Gson's own binding would ignore a misspelt
 * key, wrap 4294967298 to 2, cut 7.5 to 7, read "3" as 3 and fail on null deep in a constructor.
 */
final class SettingsJson {

  private final SourceLocation where;

  SettingsJson(SourceLocation where) {
    this.where = where;
  }

  /** Parses strict JSON; errors name the line and column. */
  JsonElement parse(String text) {
    JsonReader reader = new JsonReader(new StringReader(text));
    reader.setStrictness(Strictness.STRICT);
    try {
      JsonElement root = read(reader, "");
      if (reader.peek() != JsonToken.END_DOCUMENT) {
        throw invalid(reader, "more text follows the end of the settings");
      }
      return root;
    } catch (IOException | IllegalStateException | NumberFormatException e) {
      throw invalid(
          reader,
          e.getMessage()
              .replaceAll("(?s)(Use JsonReader.setStrictness|See " + "https).*", "")
              .replaceAll(" at line \\d+ column \\d+ path \\S*", "")
              .strip());
    }
  }

  private JsonElement read(JsonReader reader, String path) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT -> {
        JsonObject object = new JsonObject();
        reader.beginObject();
        while (reader.hasNext()) {
          String name = reader.nextName();
          String key = path.isEmpty() ? name : path + "." + name;
          if (object.has(name)) {
            throw invalid(reader, "'" + key + "' is given twice; keep one");
          }
          object.add(name, read(reader, key));
        }
        reader.endObject();
        return object;
      }
      case BEGIN_ARRAY -> {
        JsonArray array = new JsonArray();
        reader.beginArray();
        while (reader.hasNext()) {
          array.add(read(reader, path));
        }
        reader.endArray();
        return array;
      }
      case STRING -> {
        return new JsonPrimitive(reader.nextString());
      }
      case NUMBER -> {
        return new JsonPrimitive(new BigDecimal(reader.nextString()));
      }
      case BOOLEAN -> {
        return new JsonPrimitive(reader.nextBoolean());
      }
      case NULL -> {
        reader.nextNull();
        return JsonNull.INSTANCE;
      }
      default -> throw invalid(reader, "unexpected " + reader.peek());
    }
  }

  /** The object at the top, with only the given keys; an unknown one is named with a suggestion. */
  JsonObject object(JsonElement element, String name, Collection<String> known) {
    if (element == null || !element.isJsonObject()) {
      throw new InvalidInputException(
          where,
          (name.isEmpty() ? "the settings" : "'" + name + "'")
              + " must be a JSON object { ... }"
              + (element == null || element.isJsonNull() ? "" : ", not " + element)
              + ".");
    }
    JsonObject object = element.getAsJsonObject();
    for (String key : object.keySet()) {
      if (!known.contains(key)) {
        throw new InvalidInputException(
            where,
            (name.isEmpty()
                    ? "unknown section '" + key + "'"
                    : "unknown setting '" + key + "' in the '" + name + "' section")
                + suggestion(key, known)
                + " Known "
                + (name.isEmpty() ? "sections" : "settings")
                + ": "
                + String.join(", ", known)
                + ".");
      }
    }
    return object;
  }

  /** A string value, or a plain error naming the key. */
  String string(JsonElement value, String key) {
    if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
      throw wrongType(key, "text in quotes", value);
    }
    return value.getAsString();
  }

  /**
   * {@code base} with the values of {@code changes}, each checked against the type of the record
   * component of the same name.
   */
  <T extends Record> T overlay(T base, JsonElement changes, String section) {
    RecordComponent[] components = base.getClass().getRecordComponents();
    List<String> names = new ArrayList<>();
    for (RecordComponent c : components) {
      names.add(c.getName());
    }
    JsonObject object = object(changes, section, names);
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    try {
      for (int i = 0; i < components.length; i++) {
        RecordComponent c = components[i];
        types[i] = c.getType();
        JsonElement given = object.get(c.getName());
        values[i] =
            given == null
                ? c.getAccessor().invoke(base)
                : value(given, c.getGenericType(), qualified(section, c.getName()));
      }
      @SuppressWarnings("unchecked")
      T result = (T) base.getClass().getDeclaredConstructor(types).newInstance(values);
      return result;
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw new InvalidInputException(
            where,
            "the '" + section + "' settings do not fit" + " together (" + r.getMessage() + ").",
            r);
      }
      throw new IllegalStateException(e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("settings record " + base.getClass() + " cannot be built", e);
    }
  }

  private Object value(JsonElement value, Type type, String key) {
    if (value.isJsonNull()) {
      throw new InvalidInputException(
          where,
          "'"
              + key
              + "' is null. Give a value, or leave the"
              + " key out to keep the preset's value.");
    }
    if (type == int.class) {
      return wholeNumber(value, key);
    }
    if (type == double.class) {
      return number(value, key).doubleValue();
    }
    if (type == boolean.class) {
      if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isBoolean()) {
        throw wrongType(key, "true or false", value);
      }
      return value.getAsBoolean();
    }
    if (type == String.class) {
      return string(value, key);
    }
    if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
      if (!value.isJsonArray()) {
        throw wrongType(key, "a list in brackets, like [7, 15]", value);
      }
      Type element = list.getActualTypeArguments()[0];
      List<Object> out = new ArrayList<>();
      for (JsonElement e : value.getAsJsonArray()) {
        out.add(
            value(
                e,
                element == Integer.class
                    ? int.class
                    : element == Double.class ? double.class : element,
                key));
      }
      return out;
    }
    throw new IllegalStateException("no JSON reading for " + type + " (" + key + ")");
  }

  private int wholeNumber(JsonElement value, String key) {
    BigDecimal n = number(value, key);
    // compared before rounding: setScale on 1e999999999 would build a billion-digit number
    if (n.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0
        || n.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
      throw new InvalidInputException(
          where, "'" + key + "' is " + value + ", far outside the" + " range of this setting.");
    }
    try {
      return n.setScale(0, java.math.RoundingMode.UNNECESSARY).intValueExact();
    } catch (ArithmeticException notWhole) {
      throw new InvalidInputException(
          where, "'" + key + "' must be a whole number (got " + value + ").");
    }
  }

  private BigDecimal number(JsonElement value, String key) {
    if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
      throw wrongType(key, "a number (without quotes)", value);
    }
    BigDecimal n = new BigDecimal(value.getAsString());
    if (Double.isInfinite(n.doubleValue())) {
      throw new InvalidInputException(
          where, "'" + key + "' is " + value + ", far outside the" + " range of this setting.");
    }
    return n;
  }

  private InvalidInputException wrongType(String key, String wanted, JsonElement got) {
    return new InvalidInputException(
        where,
        "'"
            + key
            + "' must be "
            + wanted
            + " (got "
            + (got == null ? "nothing" : got.toString())
            + ").");
  }

  private InvalidInputException invalid(JsonReader reader, String problem) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("line (\\d+) column (\\d+)").matcher(reader.toString());
    int line = m.find() ? Integer.parseInt(m.group(1)) : 0;
    String column = line > 0 ? " (column " + m.group(2) + ")" : "";
    if (problem == null || problem.isBlank()) {
      // strict mode's own message only says how to turn strictness off
      problem =
          "this is not plain JSON: write numbers like 0.001 (no NaN), text in double quotes,"
              + " a comma between items, and no comments or text after the last }";
    }
    return new InvalidInputException(
        new SourceLocation(where.file(), line),
        "the settings are not valid JSON"
            + column
            + ": "
            + problem
            + ". Settings files hold"
            + " plain JSON such as {\"training\": {\"epochs\": 5}}.");
  }

  private static String qualified(String section, String key) {
    return section.isEmpty() ? key : section + "." + key;
  }

  /** " Did you mean 'x'?" for the known key closest in spelling, when one is close. */
  static String suggestion(String key, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = distance(key.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    return best != null && bestDistance <= Math.max(2, key.length() / 3)
        ? ". Did you mean '" + best + "'?"
        : ".";
  }

  /** Edit distance (insertions, deletions, substitutions). */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
