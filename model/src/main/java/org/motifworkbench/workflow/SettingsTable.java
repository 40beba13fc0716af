package org.motifworkbench.workflow;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.motifworkbench.data.SplitMode;
import org.motifworkbench.data.SplitPlan;
import org.motifworkbench.encoding.LengthParameter;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.network.NetworkParameter;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.network.NetworkSpec;
import org.motifworkbench.setting.Parameter;
import org.motifworkbench.setting.Range;
import org.motifworkbench.training.TrainingParameter;
import org.motifworkbench.training.TrainingSpec;

/**
 * Every setting of a run as one flat, ordered table of {@code "section.key" -> text}, so runs of
 * any preset can be compared side by side and their differences marked. Network and training keys
 * are the settings-file keys ({@code network.filters}, {@code training.learningRate}); values are
 * written as the Model form and {@code --help} write them ({@link Range#format}).
 */
public final class SettingsTable {

  private SettingsTable() {}

  /** Every setting, in the Model form's order: network, training, input, split. */
  public static Map<String, String> of(
      NetworkSpec network, TrainingSpec training, LengthPolicy length, SplitPlan split) {
    Map<String, String> table = new LinkedHashMap<>();
    for (NetworkParameter p : NetworkParameter.values()) {
      table.put("network." + p.setting(), Range.format(p.valueIn(network)));
    }
    if (training != null) {
      for (TrainingParameter p : TrainingParameter.values()) {
        table.put("training." + p.setting(), Range.format(p.valueIn(training)));
      }
    }
    if (length != null) {
      table.put("input.length", Integer.toString(length.length()));
      table.put("input.lengthMode", length.mode().name().toLowerCase(Locale.ROOT));
    }
    if (split != null) {
      table.put("split.mode", split.mode().name().toLowerCase(Locale.ROOT));
      if (split.mode() == SplitMode.CHROMOSOME) {
        table.put("split.testChromosomes", String.join(",", split.testChromosomes()));
        table.put("split.validationChromosomes", String.join(",", split.validationChromosomes()));
      } else {
        table.put(
            "split.fractions",
            Range.format(split.trainFraction())
                + "/"
                + Range.format(split.validationFraction())
                + "/"
                + Range.format(split.testFraction()));
      }
    }
    return table;
  }

  /**
   * The entries of {@code settings} that differ from {@code preset}'s network, the default training
   * settings and the default stratified split (input keys have no default: the length comes from
   * the data).
   */
  public static Map<String, String> changed(Map<String, String> settings, NetworkPreset preset) {
    Map<String, String> defaults =
        of(
            preset == null ? NetworkPreset.DEFAULT.spec() : preset.spec(),
            TrainingSpec.defaults(),
            null,
            SplitPlan.stratified(TrainingSpec.defaults().seed()));
    Map<String, String> changed = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : settings.entrySet()) {
      if (e.getKey().startsWith("input.")) {
        continue;
      }
      String standard = defaults.get(e.getKey());
      if (standard == null || !Objects.equals(standard, e.getValue())) {
        changed.put(e.getKey(), e.getValue());
      }
    }
    return changed;
  }

  /**
   * What a key is called on the Model form, e.g. "Filters per branch" for "network.filters"; the
   * key itself when the form has no such setting (a run recorded by another version).
   */
  public static String label(String key) {
    String name = shortName(key);
    Parameter p =
        key.startsWith("network.")
            ? NetworkParameter.ofSetting(name)
            : key.startsWith("training.") ? TrainingParameter.ofSetting(name) : null;
    if (p != null) {
      return p.label();
    }
    return switch (key) {
      case "input.length" -> LengthParameter.LENGTH.label();
      case "input.lengthMode" -> LengthParameter.MODE.label();
      case "split.mode" -> "Data split";
      case "split.fractions" -> "Training / validation / test shares";
      case "split.testChromosomes" -> "Test chromosomes";
      case "split.validationChromosomes" -> "Validation chromosomes";
      default -> key;
    };
  }

  /** The keys's short name for tables: "network.kernelSizes" becomes "kernelSizes". */
  public static String shortName(String key) {
    int dot = key.indexOf('.');
    return dot < 0 ? key : key.substring(dot + 1);
  }
}
