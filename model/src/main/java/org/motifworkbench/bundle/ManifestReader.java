package org.motifworkbench.bundle;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.motifworkbench.sequence.DataSource;
import org.motifworkbench.sequence.InvalidInputException;
import org.motifworkbench.sequence.SourceLocation;
import org.motifworkbench.training.TrainingResult;

/**
 * Reads {@code manifest.json} as strictly as a settings file: every field present and of its type,
 * then every value in range ({@code NetworkSpec.validate()}, {@code TrainingSpec.validate()}, the
 * split, the input length, distinct class names). All problems are reported at once with the file.
 */
final class ManifestReader {

  /**
   * Fields that may be missing or null. A field added to {@link BundleManifest} or a record it
   * holds must be listed here (and mean what older files meant) or the format version raised, so
   * that models saved before keep loading.
   */
  static final Set<String> OPTIONAL =
      Set.of(
          "data",
          "testMetrics",
          "testIds",
          "history",
          "split",
          "data.classNames",
          "data.labelsFile",
          "data.labelPattern",
          "split.mode",
          "split.testChromosomes",
          "split.validationChromosomes");

  /** Longer inputs than this are not a DNA model the workbench trained: refuse, do not allocate. */
  static final int MAX_INPUT_LENGTH = 1_000_000;

  /** More classes than this are not a classifier the workbench trained. */
  static final int MAX_CLASSES = 10_000;

  private ManifestReader() {}

  static BundleManifest read(SourceLocation where, byte[] bytes) {
    JsonObject json = parse(where, bytes);
    JsonElement format = json.get("format");
    if (format == null
        || !format.isJsonPrimitive()
        || !BundleManifest.FORMAT.equals(format.getAsString())) {
      throw ModelBundle.notABundle(where, null);
    }
    JsonElement version = json.get("formatVersion");
    if (version != null
        && version.isJsonPrimitive()
        && version.getAsJsonPrimitive().isNumber()
        && version.getAsDouble() > BundleManifest.CURRENT_VERSION) {
      throw new InvalidInputException(
          where,
          "this model was saved by a newer version of Motif "
              + "Workbench (model format "
              + version
              + "). Please update the workbench.");
    }
    damagedIf(where, JsonRecordCheck.problems(json, BundleManifest.class, OPTIONAL));
    damagedIf(where, checkedBeforeConstruction(json));
    BundleManifest manifest;
    try {
      manifest = ModelBundle.GSON.fromJson(json, BundleManifest.class);
    } catch (RuntimeException e) {
      // the checks above should leave nothing for Gson to trip over; say what it found if not
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw damaged(where, List.of(String.valueOf(cause.getMessage())));
    }
    damagedIf(where, problems(manifest));
    return manifest;
  }

  private static JsonObject parse(SourceLocation where, byte[] bytes) {
    JsonElement tree;
    try {
      tree = JsonParser.parseString(new String(bytes, StandardCharsets.UTF_8));
    } catch (JsonParseException | StackOverflowError e) {
      String why = String.valueOf(e.getMessage());
      throw new InvalidInputException(
          where,
          "the model file is damaged (its description is not "
              + "valid JSON: "
              + (why.length() > 200 ? why.substring(0, 200) + "..." : why)
              + ").",
          e);
    }
    if (!tree.isJsonObject()) {
      throw ModelBundle.notABundle(where, null);
    }
    return tree.getAsJsonObject();
  }

  /** What the records' constructors would refuse with an exception that names no field. */
  private static List<String> checkedBeforeConstruction(JsonObject json) {
    List<String> out = new ArrayList<>();
    int length = json.getAsJsonObject("lengthPolicy").get("length").getAsInt();
    if (length < 1 || length > MAX_INPUT_LENGTH) {
      out.add(
          "'lengthPolicy.length' is "
              + length
              + "; an input length is 1 to "
              + MAX_INPUT_LENGTH
              + " bases.");
    }
    return out;
  }

  /** Range and consistency problems of a manifest whose fields all have their types. */
  static List<String> problems(BundleManifest m) {
    List<String> out = new ArrayList<>();
    if (m.formatVersion() < 1) {
      out.add("'formatVersion' is " + m.formatVersion() + "; it starts at 1.");
    }
    m.network().validate().forEach(p -> out.add("network: " + p));
    if (new HashSet<>(m.network().kernelSizes()).size() < m.network().kernelSizes().size()) {
      out.add("network: a kernel size is given twice " + m.network().kernelSizes() + ".");
    }
    m.training().validate().forEach(p -> out.add("training: " + p));
    if (m.split() != null) {
      m.split().problems().forEach(p -> out.add("split: " + p));
    }
    classNames(m.classNames(), out);
    if (m.bestEpoch() < 0 || m.bestEpoch() > Math.max(m.training().epochs(), m.history().size())) {
      out.add(
          "'bestEpoch' is "
              + m.bestEpoch()
              + ", outside 0 to the "
              + m.training().epochs()
              + " epochs trained.");
    }
    if (List.of(TrainingResult.StopReason.values()).stream()
        .noneMatch(r -> r.name().equals(m.stopReason()))) {
      out.add(
          "'stopReason' is '"
              + m.stopReason()
              + "'; the workbench knows "
              + List.of(TrainingResult.StopReason.values())
              + ".");
    }
    if (!Double.isNaN(m.ceiling()) && !(m.ceiling() >= 0 && m.ceiling() <= 1)) {
      out.add("'ceiling' is " + m.ceiling() + "; an accuracy is between 0 and 1.");
    }
    if (m.data() != null) {
      data(m.data(), out);
    }
    return out;
  }

  private static void classNames(List<String> names, List<String> out) {
    if (names.size() < 2 || names.size() > MAX_CLASSES) {
      out.add(
          "'classNames' names "
              + names.size()
              + (names.size() == 1 ? " class" : " classes")
              + "; a classifier has 2 to "
              + MAX_CLASSES
              + ".");
    }
    Set<String> seen = new HashSet<>();
    for (String name : names) {
      if (name.isBlank()) {
        out.add("'classNames' holds an empty class name.");
      } else if (!seen.add(name)) {
        out.add("'classNames' names the class '" + name + "' twice.");
      }
    }
  }

  private static void data(DataSource data, List<String> out) {
    if (data.files().isEmpty()) {
      out.add("'data.files' is empty.");
    }
    if (data.convention() == DataSource.Convention.SEPARATE_LABELS && data.labelsFile() == null) {
      out.add("'data.labelsFile' is missing; this data has its labels in a separate file.");
    }
  }

  private static void damagedIf(SourceLocation where, List<String> problems) {
    if (!problems.isEmpty()) {
      throw damaged(where, problems);
    }
  }

  private static InvalidInputException damaged(SourceLocation where, List<String> problems) {
    List<String> shown = problems.size() > 10 ? problems.subList(0, 10) : problems;
    String more = problems.size() > 10 ? " (and " + (problems.size() - 10) + " more)" : "";
    return new InvalidInputException(
        where,
        "the model file is damaged: its description ("
            + "manifest.json) is not one the workbench writes. "
            + String.join(" ", shown)
            + more
            + " Save or train the model again.");
  }
}
