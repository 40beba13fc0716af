package org.motifworkbench.workflow;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.network.NetworkSpec;
import org.motifworkbench.sequence.InvalidInputException;
import org.motifworkbench.sequence.SourceLocation;
import org.motifworkbench.sequence.TextFile;
import org.motifworkbench.training.TrainingSpec;

/**
 * A network and training configuration, as saved by the model form and read by {@code mwb train
 * --config}. The JSON has {@code "network"} and {@code "training"} objects; any key left out keeps
 * the value of the chosen preset (or of {@code "preset"} in the file), so a file can be as short as
 * {@code {"training": {"epochs": 5}}}.
 */
public record RunConfig(NetworkSpec network, TrainingSpec training) {

  private static final Gson GSON =
      new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

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

  /**
   * This configuration with the {@code "network"} and {@code "training"} objects of {@code json}
   * laid over it (a key left out keeps this value); not validated as a whole.
   */
  RunConfig overlaid(SettingsJson settings, JsonObject json) {
    NetworkSpec overNetwork =
        json.has("network") ? settings.overlay(network, json.get("network"), "network") : network;
    TrainingSpec overTraining =
        json.has("training")
            ? settings.overlay(training, json.get("training"), "training")
            : training;
    return new RunConfig(overNetwork, overTraining);
  }

  /** The largest settings file read: a real one is well under a kilobyte. */
  static final long MAX_BYTES = 1 << 20;

  /** The sections of a settings file, in the order they are described. */
  static final List<String> SECTIONS = List.of("preset", "network", "training");

  /**
   * Reads a config file over the given preset's values. Errors name the file and the key: an
   * unknown key (with the closest known one), a null, a value of the wrong type, a fraction or an
   * out-of-range number where a whole number belongs, and invalid JSON.
   */
  public static RunConfig read(Path file, NetworkPreset fallback) {
    SourceLocation where = new SourceLocation(file.toString(), 0);
    SettingsJson settings = new SettingsJson(where);
    JsonObject json =
        settings.object(
            settings.parse(TextFile.read(file, "settings (JSON)", MAX_BYTES)), "", SECTIONS);
    NetworkPreset preset = fallback;
    if (json.has("preset")) {
      try {
        preset = NetworkPreset.parse(settings.string(json.get("preset"), "preset"));
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(where, e.getMessage(), e);
      }
    }
    RunConfig config = of(preset).overlaid(settings, json);
    List<String> problems = config.validate();
    if (!problems.isEmpty()) {
      throw new InvalidInputException(where, String.join(" ", problems));
    }
    return config;
  }
}
