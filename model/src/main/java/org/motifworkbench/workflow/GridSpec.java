package org.motifworkbench.workflow;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.network.NetworkSpec;
import org.motifworkbench.sequence.InvalidInputException;
import org.motifworkbench.sequence.SourceLocation;
import org.motifworkbench.sequence.TextFile;
import org.motifworkbench.training.TrainingSpec;

/**
 * A settings grid as {@code mwb grid --config} reads it: a preset, base settings (a settings object
 * exactly like {@code mwb train --config}'s) and lists of values for some settings; every
 * combination of those values is one run.
 *
 * <pre>{@code
 * { "preset": "teaching",
 *   "base": { "training": { "epochs": 5 } },
 *   "grid": { "network.kernelSizes": [[5, 9], [9, 15]],
 *             "network.filters": [16, 32],
 *             "training.learningRate": [0.001, 0.003] } }
 * }</pre>
 *
 * @param preset the preset the base settings start from
 * @param base the settings every combination shares
 * @param axes the grid settings and their values, in the file's order
 * @param combinations every combination, the last grid setting varying fastest
 */
public record GridSpec(
    NetworkPreset preset, RunConfig base, List<Axis> axes, List<GridCombination> combinations) {

  /** The most combinations one grid may have: 200 runs of even a small network take a day. */
  public static final int MAX_COMBINATIONS = 200;

  /** The sections a grid file may have. */
  private static final List<String> SECTIONS = List.of("preset", "base", "grid");

  /** The sections of the base settings. */
  private static final List<String> BASE_SECTIONS = List.of("network", "training");

  /**
   * One grid setting and its values.
   *
   * @param key "section.setting", e.g. "network.filters"
   * @param values each value as text, e.g. "32" or "[5, 9]"
   */
  public record Axis(String key, List<String> values) {
    public Axis {
      values = List.copyOf(values);
    }

    /** The setting's name without its section, e.g. "filters". */
    public String setting() {
      return key.substring(key.indexOf('.') + 1);
    }
  }

  public GridSpec {
    axes = List.copyOf(axes);
    combinations = List.copyOf(combinations);
  }

  /** Number of combinations, i.e. of runs the grid trains. */
  public int size() {
    return combinations.size();
  }

  /**
   * A stable short name of this grid's content (preset, base settings, grid settings and values in
   * order): the first 12 hex digits of its SHA-256. The same grid file, read again, has the same
   * id, so a search that was stopped resumes where it ended.
   */
  public String id() {
    StringBuilder canonical = new StringBuilder();
    canonical.append("preset=").append(preset.name()).append('\n');
    canonical.append("base=").append(base.toJson()).append('\n');
    for (Axis axis : axes) {
      canonical.append(axis.key()).append('=').append(axis.values()).append('\n');
    }
    return shortHash(canonical.toString());
  }

  /** The first 12 hex digits of the SHA-256 of {@code text}. */
  static String shortHash(String text) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /**
   * Reads a grid file. Errors name the file and the key, and for a grid value its position, e.g.
   * {@code grid."network.filters"[2]}: unknown settings (with the closest known one), values of the
   * wrong type or out of range, empty or repeated value lists, more than {@value #MAX_COMBINATIONS}
   * combinations, and combinations whose settings do not fit together.
   *
   * @param fallback the preset used when the file names none
   */
  public static GridSpec read(Path file, NetworkPreset fallback) {
    return parse(
        TextFile.read(file, "grid settings (JSON)", RunConfig.MAX_BYTES),
        file.toString(),
        fallback);
  }

  /**
   * Reads a grid from its text, as {@link #read} does (a dialog's grid before it is saved); {@code
   * fileName} is named in errors.
   */
  public static GridSpec parse(String text, String fileName, NetworkPreset fallback) {
    SourceLocation where = new SourceLocation(fileName, 0);
    SettingsJson settings = new SettingsJson(where);
    JsonObject root = settings.object(settings.parse(text), "", SECTIONS);
    NetworkPreset preset = fallback;
    if (root.has("preset")) {
      try {
        preset = NetworkPreset.parse(settings.string(root.get("preset"), "preset"));
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(where, e.getMessage(), e);
      }
    }
    RunConfig base = base(settings, root.get("base"), preset, where);
    if (!root.has("grid")) {
      throw new InvalidInputException(
          where,
          "there is no 'grid' section: give the settings to search and their values, e.g."
              + " \"grid\": {\"network.filters\": [16, 32]}.");
    }
    checkSections(root.get("grid"), where);
    JsonObject grid = settings.object(root.get("grid"), "grid", gridKeys());
    if (grid.size() == 0) {
      throw new InvalidInputException(
          where,
          "the 'grid' section is empty: give at least one setting with its values, e.g."
              + " \"network.filters\": [16, 32].");
    }
    List<Axis> axes = new ArrayList<>();
    List<List<JsonElement>> values = new ArrayList<>();
    for (Map.Entry<String, JsonElement> e : grid.entrySet()) {
      java.util.Set<String> others = new java.util.HashSet<>(grid.keySet());
      others.remove(e.getKey());
      List<JsonElement> checked =
          axisValues(settings, base, e.getKey(), e.getValue(), others, where);
      values.add(checked);
      axes.add(new Axis(e.getKey(), checked.stream().map(GridSpec::text).toList()));
    }
    checkCount(axes, where);
    List<GridCombination> combinations = new ArrayList<>();
    int count = axes.stream().mapToInt(a -> a.values().size()).reduce(1, (a, b) -> a * b);
    for (int index = 0; index < count; index++) {
      combinations.add(combination(settings, base, axes, values, index, where));
    }
    return new GridSpec(preset, base, axes, combinations);
  }

  private static RunConfig base(
      SettingsJson settings, JsonElement json, NetworkPreset preset, SourceLocation where) {
    RunConfig base = RunConfig.of(preset);
    if (json == null) {
      return base;
    }
    RunConfig config = base.overlaid(settings, settings.object(json, "base", BASE_SECTIONS));
    List<String> problems = config.validate();
    if (!problems.isEmpty()) {
      throw new InvalidInputException(where, "the 'base' settings: " + String.join(" ", problems));
    }
    return config;
  }

  /**
   * The values of one grid key, each checked alone over the base settings so that an error names
   * its position.
   */
  private static List<JsonElement> axisValues(
      SettingsJson settings,
      RunConfig base,
      String key,
      JsonElement list,
      java.util.Set<String> otherKeys,
      SourceLocation where) {
    String position = "grid.\"" + key + "\"";
    if (!list.isJsonArray() || list.getAsJsonArray().isEmpty()) {
      throw new InvalidInputException(
          where,
          position
              + " must be a list of the values to try, like [16, 32]"
              + (list.isJsonArray() ? ", with at least one value" : " (got " + list + ")")
              + ".");
    }
    JsonArray array = list.getAsJsonArray();
    List<JsonElement> out = new ArrayList<>();
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (int i = 0; i < array.size(); i++) {
      JsonElement value = array.get(i);
      String at = position + "[" + i + "]";
      Integer earlier = seen.putIfAbsent(text(value), i);
      if (earlier != null) {
        throw new InvalidInputException(
            where,
            at
                + ": "
                + text(value)
                + " is already given at ["
                + earlier
                + "]; give each value once (repeats of one setting: put \"training.seed\" in"
                + " the grid).");
      }
      RunConfig single = withValues(settings, base, Map.of(key, value), at, where);
      List<String> problems = problemsOfValue(single, key, otherKeys);
      if (!problems.isEmpty()) {
        throw new InvalidInputException(where, at + ": " + String.join(" ", problems));
      }
      out.add(value);
    }
    return out;
  }

  /**
   * The problems of {@code config} that concern the setting {@code key} alone: one shared with
   * another grid setting (one dropout rate per dense layer) may be solved by that setting's value,
   * so it is judged for each combination instead.
   */
  private static List<String> problemsOfValue(
      RunConfig config, String key, java.util.Set<String> otherKeys) {
    boolean network = key.startsWith("network.");
    String section = network ? "network." : "training.";
    Map<String, List<String>> bySetting =
        network ? config.network().problemsBySetting() : config.training().problemsBySetting();
    List<String> problems =
        new ArrayList<>(bySetting.getOrDefault(key.substring(section.length()), List.of()));
    for (Map.Entry<String, List<String>> e : bySetting.entrySet()) {
      if (otherKeys.contains(section + e.getKey())) {
        problems.removeAll(e.getValue());
      }
    }
    return problems;
  }

  private static void checkCount(List<Axis> axes, SourceLocation where) {
    long count = 1;
    for (Axis axis : axes) {
      count = Math.min(count * axis.values().size(), Integer.MAX_VALUE);
    }
    if (count > MAX_COMBINATIONS) {
      String sizes =
          String.join(" x ", axes.stream().map(a -> String.valueOf(a.values().size())).toList());
      throw new InvalidInputException(
          where,
          "this grid has "
              + count
              + " combinations ("
              + sizes
              + "); one grid trains at most "
              + MAX_COMBINATIONS
              + ". Give fewer values, or split it into several grid files.");
    }
  }

  /** Combination {@code index}: the last axis varies fastest. */
  private static GridCombination combination(
      SettingsJson settings,
      RunConfig base,
      List<Axis> axes,
      List<List<JsonElement>> values,
      int index,
      SourceLocation where) {
    Map<String, JsonElement> chosen = new LinkedHashMap<>();
    int rest = index;
    for (int a = axes.size() - 1; a >= 0; a--) {
      int n = values.get(a).size();
      chosen.put(axes.get(a).key(), values.get(a).get(rest % n));
      rest /= n;
    }
    Map<String, String> texts = new LinkedHashMap<>();
    List<String> label = new ArrayList<>();
    for (Axis axis : axes) {
      String text = text(chosen.get(axis.key()));
      texts.put(axis.key(), text);
      label.add(axis.setting() + "=" + text);
    }
    String name = String.join(", ", label);
    Map<String, JsonElement> ordered = new LinkedHashMap<>();
    axes.forEach(a -> ordered.put(a.key(), chosen.get(a.key())));
    RunConfig config = withValues(settings, base, ordered, "the combination " + name, where);
    List<String> problems = config.validate();
    if (!problems.isEmpty()) {
      throw new InvalidInputException(
          where, "the combination " + name + " does not work: " + String.join(" ", problems));
    }
    return new GridCombination(index, texts, config, name);
  }

  /** {@code base} with the given "section.setting" values; errors say {@code what} was read. */
  private static RunConfig withValues(
      SettingsJson settings,
      RunConfig base,
      Map<String, JsonElement> values,
      String what,
      SourceLocation where) {
    JsonObject network = new JsonObject();
    JsonObject training = new JsonObject();
    values.forEach(
        (key, value) -> {
          String setting = key.substring(key.indexOf('.') + 1);
          (key.startsWith("network.") ? network : training).add(setting, value);
        });
    try {
      return new RunConfig(
          settings.overlay(base.network(), network, "network"),
          settings.overlay(base.training(), training, "training"));
    } catch (InvalidInputException e) {
      throw new InvalidInputException(where, what + ": " + problem(e), e);
    }
  }

  /** The message of {@code e} without its location. */
  private static String problem(InvalidInputException e) {
    String message = e.getMessage();
    String prefix = e.location() == null ? "" : e.location() + ": ";
    return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
  }

  /** A value as text: numbers as written without trailing zeros, lists as "[5, 9]". */
  static String text(JsonElement value) {
    if (value.isJsonArray()) {
      List<String> items = new ArrayList<>();
      value.getAsJsonArray().forEach(v -> items.add(text(v)));
      return "[" + String.join(", ", items) + "]";
    }
    if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()) {
      BigDecimal n = new BigDecimal(value.getAsString()).stripTrailingZeros();
      return n.scale() < 0 ? n.setScale(0).toPlainString() : n.toPlainString();
    }
    if (value.isJsonPrimitive()) {
      return value.getAsString();
    }
    return value.toString();
  }

  /** Refuses a grid key written without its section ("filters"), saying how to write it. */
  private static void checkSections(JsonElement grid, SourceLocation where) {
    if (grid == null || !grid.isJsonObject()) {
      return; // the object check says what is wrong
    }
    List<String> known = gridKeys();
    for (String key : grid.getAsJsonObject().keySet()) {
      for (String section : BASE_SECTIONS) {
        if (!key.contains(".") && known.contains(section + "." + key)) {
          throw new InvalidInputException(
              where,
              "the grid key '"
                  + key
                  + "' needs its section: write \""
                  + section
                  + "."
                  + key
                  + "\".");
        }
      }
    }
  }

  /** Every setting a grid may search, as "section.setting" (the format's version is none). */
  static List<String> gridKeys() {
    List<String> keys = new ArrayList<>();
    for (var c : NetworkSpec.class.getRecordComponents()) {
      keys.add("network." + c.getName());
    }
    for (var c : TrainingSpec.class.getRecordComponents()) {
      keys.add("training." + c.getName());
    }
    keys.removeIf(k -> k.endsWith(".version"));
    return keys;
  }
}
