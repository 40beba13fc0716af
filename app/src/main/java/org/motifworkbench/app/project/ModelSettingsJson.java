package org.motifworkbench.app.project;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import java.util.Map;
import org.motifworkbench.app.session.ModelSettings;
import org.motifworkbench.data.SplitPlan;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.network.NetworkSpec;
import org.motifworkbench.training.TrainingSpec;

/**
 * The Model screen's settings as the project description keeps them: the preset, the network and
 * training (as in a settings file, {@link org.motifworkbench.workflow.RunConfig}), the input length
 * and the split. Reading lays the saved values over the preset's defaults, so a description written
 * before a setting existed still reads; what cannot be read gives the preset's defaults.
 */
public final class ModelSettingsJson {

  static final String FORMAT = "motif-workbench-settings/1";

  private static final Gson GSON = new GsonBuilder().serializeSpecialFloatingPointValues().create();

  private ModelSettingsJson() {}

  /** {@code settings} as a JSON object. */
  public static JsonObject write(ModelSettings settings) {
    JsonObject json = new JsonObject();
    json.addProperty("format", FORMAT);
    json.addProperty("preset", settings.preset().name());
    json.add("network", GSON.toJsonTree(settings.network()));
    json.add("training", GSON.toJsonTree(settings.training()));
    json.addProperty("lengthMode", settings.lengthMode().name());
    json.addProperty("length", settings.length());
    json.add("split", GSON.toJsonTree(settings.split()));
    return json;
  }

  /**
   * The settings {@code json} holds, over the defaults of its preset. Throws {@link
   * IllegalArgumentException} naming the part that could not be read.
   */
  public static ModelSettings read(JsonObject json) {
    NetworkPreset preset = NetworkPreset.DEFAULT;
    if (json.has("preset")) {
      preset = NetworkPreset.valueOf(text(json, "preset"));
    }
    ModelSettings base = ModelSettings.of(preset);
    NetworkSpec network = overlay(base.network(), json, "network", NetworkSpec.class);
    TrainingSpec training = overlay(base.training(), json, "training", TrainingSpec.class);
    LengthPolicy.Mode mode =
        json.has("lengthMode")
            ? LengthPolicy.Mode.valueOf(text(json, "lengthMode"))
            : base.lengthMode();
    int length = json.has("length") ? json.get("length").getAsInt() : base.length();
    SplitPlan split = overlay(base.split(), json, "split", SplitPlan.class);
    return new ModelSettings(preset, network, training, mode, length, split);
  }

  private static String text(JsonObject json, String key) {
    return json.get(key).getAsString();
  }

  /** The object under {@code key} laid over {@code base}'s values, key by key. */
  private static <T> T overlay(T base, JsonObject json, String key, Class<T> type) {
    JsonElement saved = json.get(key);
    if (saved == null || !saved.isJsonObject()) {
      return base;
    }
    JsonObject merged = GSON.toJsonTree(base).getAsJsonObject();
    for (Map.Entry<String, JsonElement> e : saved.getAsJsonObject().entrySet()) {
      if (merged.has(e.getKey())) {
        merged.add(e.getKey(), e.getValue());
      }
    }
    try {
      return GSON.fromJson(merged, type);
    } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
      throw new IllegalArgumentException("the " + key + " settings could not be read", e);
    }
  }
}
