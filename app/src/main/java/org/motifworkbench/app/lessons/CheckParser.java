package org.motifworkbench.app.lessons;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Set;

/** Reads a step's "check" object into a {@link Check}, with a plain message for every mistake. */
final class CheckParser {

  private CheckParser() {}

  /**
   * Where a check is: the lesson's format and id, the step's index (from 0) and the number of
   * steps, for the kinds that name other steps or depend on the format.
   */
  record Place(int format, String lessonId, int index, int steps) {

    /** "instructor/why-83-percent.json", where format 2 keeps the answers. */
    String keyFile() {
      return InstructorKey.fileName(lessonId);
    }
  }

  /** Reads a check of a format-1 lesson, where answers are inline. */
  static Check parse(JsonObject json, String step) throws LessonFormatException {
    return parse(json, step, new Place(1, "lesson", 0, 1));
  }

  static Check parse(JsonObject json, String step, Place place) throws LessonFormatException {
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
      case "question" -> {
        if (place.format() >= 2) {
          refuseAnswers(json, step, place, "answer", "explanation");
          JsonFields f = fields(json, step, "question", "choices");
          yield new Check.Question(f.text("question"), choices(f), -1, null);
        }
        yield question(fields(json, step, "question", "choices", "answer", "explanation"));
      }
      case "predict" -> {
        needsFormat2(json, step, place);
        refuseAnswers(json, step, place, "answer", "explanation");
        yield predict(
            fields(json, step, "question", "choices", "number", "result", "reveal-after"), place);
      }
      case "explain" -> {
        needsFormat2(json, step, place);
        refuseAnswers(json, step, place, "model-answer");
        JsonFields f = fields(json, step, "question", "min-words");
        Integer words = f.optionalWhole("min-words", 1, 500);
        yield new Check.Explain(f.text("question"), words == null ? 10 : words, null);
      }
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

  private static void needsFormat2(JsonObject json, String step, Place place)
      throws LessonFormatException {
    if (place.format() < 2) {
      throw new LessonFormatException(
          step
              + ": check '"
              + json.get("kind").getAsString()
              + "' needs \"format\": \""
              + LessonParser.FORMAT_2
              + "\"");
    }
  }

  private static void refuseAnswers(JsonObject json, String step, Place place, String... keys)
      throws LessonFormatException {
    for (String key : keys) {
      if (json.has(key)) {
        throw new LessonFormatException(
            step
                + ": check '"
                + json.get("kind").getAsString()
                + "': '"
                + key
                + "' is not allowed here: answers belong in the instructor file "
                + place.keyFile());
      }
    }
  }

  private static List<String> choices(JsonFields f) throws LessonFormatException {
    List<String> choices = f.texts("choices");
    if (choices.size() < 2) {
      throw f.error("'choices' needs at least two answers");
    }
    return choices;
  }

  private static Check predict(JsonFields f, Place place) throws LessonFormatException {
    String question = f.text("question");
    if (f.has("choices") == f.has("number")) {
      throw f.error(
          "give either 'choices' (a list of answers) or 'number' (e.g. {\"min\": 0, \"max\": 1})");
    }
    List<String> choices = f.has("choices") ? choices(f) : List.of();
    Double min = null;
    Double max = null;
    if (f.has("number")) {
      JsonFields n =
          new JsonFields(f.object("number"), f.where() + ": 'number'", Set.of("min", "max"));
      min = n.number("min");
      max = n.number("max");
      if (!(min < max)) {
        throw n.error("'min' must be below 'max', not " + min + " and " + max);
      }
    }
    Quantity result = null;
    String resultName = f.optionalText("result");
    if (resultName != null) {
      result = Quantity.byId(resultName);
      if (result == null) {
        throw f.error(
            "unknown result '" + resultName + "'; known: " + String.join(", ", Quantity.ids()));
      }
    }
    int number = place.index() + 1;
    if (!f.has("reveal-after") && number >= place.steps()) {
      throw f.error("a prediction cannot be the last step: its result is shown after a later step");
    }
    Integer after = f.has("reveal-after") ? f.optionalWhole("reveal-after", 1, 10_000) : number + 1;
    if (after <= number || after > place.steps()) {
      throw f.error(
          number >= place.steps()
              ? "a prediction cannot be the last step: its result is shown after a later step"
              : "'reveal-after' must be a later step, "
                  + (number + 1)
                  + " to "
                  + place.steps()
                  + ", not "
                  + after);
    }
    return new Check.Predict(question, choices, min, max, result, after - 1, -1, null);
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
