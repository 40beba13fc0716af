package org.motifworkbench.workflow;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.network.NetworkSpec;
import org.motifworkbench.sequence.InvalidInputException;
import org.motifworkbench.sequence.SourceLocation;
import org.motifworkbench.training.TrainingSpec;

/**
 * A network and training configuration, as saved by the model form and read by {@code mwb train
 * --config}. The JSON has {@code "network"} and {@code "training"} objects; any key left out keeps
 * the value of the chosen preset (or of {@code "preset"} in the file), so a file can be as short as
 * {@code {"training": {"epochs": 5}}}.
 */
public record RunConfig(NetworkSpec network, TrainingSpec training) {

  private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping()
      .create();

  public static RunConfig of(NetworkPreset preset) {
    return new RunConfig(preset.spec(), TrainingSpec.defaults());
  }

  /** Problems with either part, in plain language. */
  public List<String> validate() {
    List<String> problems = new ArrayList<>(network.validate());
    problems.addAll(training.validate());
    return problems;
  }

  public String toJson() {
    return GSON.toJson(this);
  }

  /** Reads a config file over the given preset's values; errors name the file. */
  public static RunConfig read(Path file, NetworkPreset fallback) {
    SourceLocation where = new SourceLocation(file.toString(), 0);
    JsonObject json;
    try {
      JsonElement parsed = JsonParser.parseString(Files.readString(file));
      if (!parsed.isJsonObject()) {
        throw new InvalidInputException(where, "a configuration file must be a JSON object with "
            + "'network' and/or 'training' sections.");
      }
      json = parsed.getAsJsonObject();
    } catch (IOException e) {
      throw new InvalidInputException(where, "the configuration file could not be read ("
          + e.getMessage() + ").", e);
    } catch (JsonParseException e) {
      throw new InvalidInputException(where, "the configuration file is not valid JSON ("
          + e.getMessage() + ").", e);
    }
    NetworkPreset preset = json.has("preset")
        ? NetworkPreset.parse(json.get("preset").getAsString()) : fallback;
    RunConfig base = of(preset);
    try {
      NetworkSpec network = overlay(base.network(), json.get("network"), NetworkSpec.class);
      TrainingSpec training = overlay(base.training(), json.get("training"), TrainingSpec.class);
      RunConfig config = new RunConfig(network, training);
      List<String> problems = config.validate();
      if (!problems.isEmpty()) {
        throw new InvalidInputException(where, String.join(" ", problems));
      }
      return config;
    } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
      throw new InvalidInputException(where, "a value in the configuration file has the wrong "
          + "type (" + e.getMessage() + ").", e);
    }
  }

  private static <T> T overlay(T base, JsonElement changes, Class<T> type) {
    if (changes == null || changes.isJsonNull()) {
      return base;
    }
    JsonObject merged = GSON.toJsonTree(base).getAsJsonObject();
    for (Map.Entry<String, JsonElement> e : changes.getAsJsonObject().entrySet()) {
      if (!merged.has(e.getKey())) {
        throw new InvalidInputException(null, "unknown setting '" + e.getKey() + "' in the "
            + type.getSimpleName().replace("Spec", "").toLowerCase() + " section; known settings: "
            + String.join(", ", merged.keySet()) + ".");
      }
      merged.add(e.getKey(), e.getValue());
    }
    return GSON.fromJson(merged, type);
  }
}
