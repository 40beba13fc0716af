package org.motifworkbench.app.runs;

import com.google.gson.JsonArray;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.motifworkbench.network.NetworkParameter;
import org.motifworkbench.setting.Parameter;
import org.motifworkbench.training.TrainingParameter;

/**
 * A setting a grid can search, from the same definitions the Model form reads, and how its typed
 * values become a grid file's JSON list: "16, 32" for numbers, "5,9 | 9,15" for lists.
 *
 * @param key the grid file's key, e.g. "network.filters"
 * @param parameter its definition (label, range, whether it is a list)
 */
public record GridSetting(String key, Parameter parameter) {

  /** Every network and training setting, in the form's order. */
  public static List<GridSetting> all() {
    return Stream.concat(
            Stream.of(NetworkParameter.values())
                .map(p -> new GridSetting("network." + p.setting(), p)),
            Stream.of(TrainingParameter.values())
                .map(p -> new GridSetting("training." + p.setting(), p)))
        .toList();
  }

  /** How to type values, e.g. "values separated by commas, e.g. 16, 32". */
  public String hint() {
    if (parameter.isList()) {
      return "lists separated by |, e.g. 5,9 | 9,15";
    }
    if (parameter.range().isChoice()) {
      return "choices separated by commas, e.g. " + String.join(", ", choiceTexts());
    }
    return "values separated by commas, e.g. 16, 32";
  }

  /**
   * The typed values as a JSON list.
   *
   * @throws IllegalArgumentException naming the value that is not of this setting's kind
   */
  JsonArray values(String typed) {
    JsonArray values = new JsonArray();
    String text = typed == null ? "" : typed.strip();
    if (text.isEmpty()) {
      throw new IllegalArgumentException(parameter.label() + ": type at least one value.");
    }
    if (parameter.isList()) {
      for (String part : text.split("\\|", -1)) {
        JsonArray list = new JsonArray();
        for (String item : part.split(",")) {
          if (!item.isBlank()) {
            list.add(number(item));
          }
        }
        values.add(list);
      }
      return values;
    }
    for (String item : text.split("[,|]")) {
      if (item.isBlank()) {
        throw new IllegalArgumentException(
            parameter.label() + ": an empty value between separators in '" + text + "'.");
      }
      values.add(parameter.range().isChoice() ? choice(item.strip()) : number(item));
    }
    return values;
  }

  /** How many values {@code typed} holds (0 when it cannot be read). */
  int count(String typed) {
    try {
      return values(typed).size();
    } catch (IllegalArgumentException e) {
      return 0;
    }
  }

  private JsonPrimitive number(String item) {
    try {
      return new JsonPrimitive(new BigDecimal(item.strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          parameter.label() + ": '" + item.strip() + "' is not a number.", e);
    }
  }

  private JsonPrimitive choice(String item) {
    if (parameter.range().isOnOff()) {
      switch (item.toLowerCase(Locale.ROOT)) {
        case "on", "true", "yes", "attention" -> {
          return new JsonPrimitive(true);
        }
        case "off", "false", "no", "max" -> {
          return new JsonPrimitive(false);
        }
        default ->
            throw new IllegalArgumentException(
                parameter.label() + ": '" + item + "' is neither on nor off.");
      }
    }
    return new JsonPrimitive(item);
  }

  private List<String> choiceTexts() {
    List<String> texts = new ArrayList<>();
    for (Object choice : parameter.range().choices()) {
      texts.add(choice instanceof Boolean on ? (on ? "on" : "off") : String.valueOf(choice));
    }
    return texts;
  }

  @Override
  public String toString() {
    return parameter.label();
  }
}
