package org.motifworkbench.app.lessons;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Set;

/** Reads a step's "check" object into a {@link Check}, with a plain message for every mistake. */
final class CheckParser {

  private CheckParser() {}

  static Check parse(JsonObject json, String step) throws LessonFormatException {
    if (!json.has("kind") || !json.get("kind").isJsonPrimitive()) {
      throw new LessonFormatException(
          step + ": the check has no 'kind'; known: " + String.join(", ", Check.KINDS));
    }
    String kind = json.get("kind").getAsString();
    return switch (kind) {
      case "open-screen" -> {
        JsonFields f = fields(json, step, "screen");
        String screen = f.text("screen").toLowerCase(java.util.Locale.ROOT);
        if (!Check.SCREENS.contains(screen)) {
          throw f.error(
              "unknown screen '" + screen + "'; known: " + String.join(", ", Check.SCREENS));
        }
        yield new Check.OpenScreen(screen);
      }
      case "data-open" -> new Check.DataOpen(fields(json, step, "name").optionalText("name"));
      case "trained" -> {
        JsonFields f = fields(json, step, "pooling");
        String pooling = f.optionalText("pooling");
        if (pooling != null && !pooling.equals("attention") && !pooling.equals("max")) {
          throw f.error("'pooling' must be \"attention\" or \"max\", not '" + pooling + "'");
        }
        yield new Check.Trained(pooling == null ? null : pooling.equals("attention"));
      }
      case "runs-at-least" -> {
        JsonFields f = fields(json, step, "count");
        Integer count = f.optionalWhole("count", 1, 100);
        if (count == null) {
          throw f.error("'count' is missing: how many training runs, e.g. 2");
        }
        yield new Check.RunsAtLeast(count);
      }
      case "validation-accuracy-at-least" ->
          new Check.ValidationAccuracyAtLeast(fraction(fields(json, step, "value")));
      case "test-accuracy-at-least" ->
          new Check.TestAccuracyAtLeast(fraction(fields(json, step, "value")));
      case "inspect-sequence" -> {
        JsonFields f = fields(json, step, "class", "correct");
        yield new Check.InspectSequence(f.optionalText("class"), f.optionalFlag("correct"));
      }
      case "motif-found" ->
          motif(
              fields(
                  json,
                  step,
                  "consensus",
                  "max-mismatches",
                  "min-overlap",
                  "jaspar",
                  "include-filters"));
      case "question" ->
          question(fields(json, step, "question", "choices", "answer", "explanation"));
      case "manual" -> {
        String button = fields(json, step, "button").optionalText("button");
        yield new Check.Manual(button == null || button.isBlank() ? "I did it" : button);
      }
      default ->
          throw new LessonFormatException(
              step + ": unknown check '" + kind + "'; known: " + String.join(", ", Check.KINDS));
    };
  }

  private static JsonFields fields(JsonObject json, String step, String... allowed)
      throws LessonFormatException {
    Set<String> known = new java.util.HashSet<>(List.of(allowed));
    known.add("kind");
    return new JsonFields(json, step + ": check '" + json.get("kind").getAsString() + "'", known);
  }

  private static double fraction(JsonFields f) throws LessonFormatException {
    double value = f.number("value");
    if (value < 0 || value > 1) {
      throw f.error("'value' is an accuracy between 0 and 1 (0.9 for 90%), not " + value);
    }
    return value;
  }

  private static Check motif(JsonFields f) throws LessonFormatException {
    String consensus = f.optionalText("consensus");
    String jaspar = f.optionalText("jaspar");
    if ((consensus == null) == (jaspar == null)) {
      throw f.error(
          "give either 'consensus' (IUPAC letters such as CGACCGAACTCC) or 'jaspar' "
              + "(a database id such as MA0139.1)");
    }
    boolean filters = Boolean.TRUE.equals(f.optionalFlag("include-filters"));
    if (jaspar != null) {
      if (f.has("max-mismatches") || f.has("min-overlap")) {
        throw f.error("'max-mismatches' and 'min-overlap' go with 'consensus', not 'jaspar'");
      }
      return new Check.MotifFound(null, jaspar, filters);
    }
    int bad = MotifPattern.firstInvalid(consensus);
    if (bad >= 0) {
      throw f.error(
          "'"
              + consensus.charAt(bad)
              + "' in consensus '"
              + consensus
              + "' is not an IUPAC letter (A C G T R Y S W K M B D H V N)");
    }
    Integer mismatches = f.optionalWhole("max-mismatches", 0, 20);
    Integer overlap = f.optionalWhole("min-overlap", 1, 100);
    return new Check.MotifFound(
        new MotifPattern(
            consensus, mismatches == null ? 1 : mismatches, overlap == null ? 6 : overlap),
        null,
        filters);
  }

  private static Check question(JsonFields f) throws LessonFormatException {
    List<String> choices = f.texts("choices");
    if (choices.size() < 2) {
      throw f.error("'choices' needs at least two answers");
    }
    Integer answer = f.optionalWhole("answer", 1, choices.size());
    if (answer == null) {
      throw f.error("'answer' is missing: the number of the right choice, 1 to " + choices.size());
    }
    return new Check.Question(f.text("question"), choices, answer - 1, f.text("explanation"));
  }
}
