package org.motifworkbench.app.lessons;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.motifworkbench.app.lessons.LessonState.FoundMotif;

/**
 * When a lesson step counts as done. Each kind is a plain function of the {@link LessonState}, so
 * it can be tested without the screens; {@link #waitingFor} tells the student what is still
 * missing.
 */
public sealed interface Check {

  /** The kinds a lesson file may name, in the order the format documents them. */
  List<String> KINDS =
      List.of(
          "open-screen",
          "data-open",
          "trained",
          "runs-at-least",
          "validation-accuracy-at-least",
          "test-accuracy-at-least",
          "inspect-sequence",
          "motif-found",
          "question",
          "predict",
          "explain",
          "manual");

  /** The screens an open-screen check may name. */
  List<String> SCREENS = List.of("data", "model", "train", "evaluate", "inspect", "motifs");

  /** True when the state shows the step done. Questions and manual steps pass by the student. */
  boolean passes(LessonState state);

  /** What the step waits for, e.g. "validation accuracy of at least 0.90 (now 0.72)". */
  String waitingFor(LessonState state);

  /**
   * True for steps the student confirms (question, predict, explain, manual): they never pass on
   * their own.
   */
  default boolean confirmedByStudent() {
    return false;
  }

  /**
   * The screen the step is done on ("data", "train", ...), where starting a lesson at this step
   * takes the student; null when the step needs no screen or asks the student to find it.
   */
  default String doneOn() {
    return null;
  }

  /** The student shows a screen. */
  record OpenScreen(String screen) implements Check {
    @Override
    public boolean passes(LessonState state) {
      return screen.equals(state.screen());
    }

    @Override
    public String waitingFor(LessonState state) {
      return "the "
          + Character.toUpperCase(screen.charAt(0))
          + screen.substring(1)
          + " screen to be shown";
    }
  }

  /** A data set is open; with a name, that file. */
  record DataOpen(String name) implements Check {
    @Override
    public boolean passes(LessonState state) {
      return state.dataName() != null && (name == null || name.equalsIgnoreCase(state.dataName()));
    }

    @Override
    public String waitingFor(LessonState state) {
      return name == null ? "a data set to be opened" : name + " to be opened";
    }

    @Override
    public String doneOn() {
      return "data";
    }
  }

  /**
   * A model trained during the lesson on the open data exists; with a pooling, one that pools that
   * way.
   */
  record Trained(Boolean attention) implements Check {
    @Override
    public boolean passes(LessonState state) {
      return state.model() != null
          && state.model().forOpenData()
          && (attention == null || attention == state.model().attention());
    }

    @Override
    public String waitingFor(LessonState state) {
      String otherData =
          state.model() != null && !state.model().forOpenData()
              ? " (the current model belongs to other data)"
              : "";
      if (attention == null) {
        return "a model trained on the open data" + otherData;
      }
      String pooling = attention ? "attention pooling" : "max pooling";
      return state.model() == null || !otherData.isEmpty()
          ? "a model trained with " + pooling + " on the open data" + otherData
          : "a model trained with "
              + pooling
              + " (the current one uses "
              + (state.model().attention() ? "attention" : "max")
              + " pooling)";
    }

    @Override
    public String doneOn() {
      return "train";
    }
  }

  /** At least {@code count} models were trained since the lesson started. */
  record RunsAtLeast(int count) implements Check {
    @Override
    public boolean passes(LessonState state) {
      return state.runs() >= count;
    }

    @Override
    public String waitingFor(LessonState state) {
      return count + " finished training runs in this lesson (now " + state.runs() + ")";
    }

    @Override
    public String doneOn() {
      return "train";
    }
  }

  /** The best validation accuracy of the training reaches a value. */
  record ValidationAccuracyAtLeast(double value) implements Check {
    @Override
    public boolean passes(LessonState state) {
      return state.validationAccuracy() >= value;
    }

    @Override
    public String waitingFor(LessonState state) {
      return "validation accuracy of at least " + format(value) + now(state.validationAccuracy());
    }

    @Override
    public String doneOn() {
      return "train";
    }
  }

  /** The test accuracy of the current model, trained during the lesson, reaches a value. */
  record TestAccuracyAtLeast(double value) implements Check {
    @Override
    public boolean passes(LessonState state) {
      return state.model() != null
          && state.model().forOpenData()
          && state.model().testAccuracy() >= value;
    }

    @Override
    public String waitingFor(LessonState state) {
      boolean known = state.model() != null && state.model().forOpenData();
      return "test accuracy of at least "
          + format(value)
          + " on the open data"
          + now(known ? state.model().testAccuracy() : Double.NaN);
    }

    @Override
    public String doneOn() {
      return "evaluate";
    }
  }

  /**
   * A sequence is explained on the Inspect screen.
   *
   * @param trueClass its label must be this class (null: any)
   * @param correct whether the prediction must be right (true) or wrong (false); null: either
   */
  record InspectSequence(String trueClass, Boolean correct) implements Check {
    @Override
    public boolean passes(LessonState state) {
      LessonState.ExplainedSequence e = state.explained();
      return e != null
          && (trueClass == null || trueClass.equals(e.trueClass()))
          && (correct == null || correct == e.correct());
    }

    @Override
    public String waitingFor(LessonState state) {
      String which = correct == null ? "" : correct ? "correctly predicted " : "wrongly predicted ";
      String what = trueClass == null ? "sequence" : "'" + trueClass + "' sequence";
      return "a " + which + what + " to be explained on the Inspect screen";
    }

    @Override
    public String doneOn() {
      return "inspect";
    }
  }

  /**
   * The Motifs screen found a motif like a pattern, or one matching a database motif.
   *
   * @param pattern the IUPAC pattern, or null when a database id is asked for
   * @param databaseId e.g. MA0139.1 (a version-less MA0139 accepts any version), or null
   * @param includeFilters whether first-layer filters count too
   */
  record MotifFound(MotifPattern pattern, String databaseId, boolean includeFilters)
      implements Check {
    @Override
    public boolean passes(LessonState state) {
      Stream<FoundMotif> motifs =
          includeFilters
              ? Stream.concat(state.discovered().stream(), state.filters().stream())
              : state.discovered().stream();
      return motifs.anyMatch(this::matches);
    }

    private boolean matches(FoundMotif motif) {
      if (pattern != null) {
        return pattern.matches(motif.consensus());
      }
      return motif.matchIds().stream()
          .anyMatch(
              id ->
                  id.equalsIgnoreCase(databaseId)
                      || id.toUpperCase(Locale.ROOT)
                          .startsWith(databaseId.toUpperCase(Locale.ROOT) + "."));
    }

    @Override
    public String waitingFor(LessonState state) {
      String where = includeFilters ? "motif or filter" : "discovered motif";
      return pattern != null
          ? "a " + where + " like " + pattern.pattern() + " on the Motifs screen"
          : "a " + where + " matching " + databaseId + " on the Motifs screen";
    }

    @Override
    public String doneOn() {
      return "motifs";
    }
  }

  /**
   * A multiple-choice question, answered in the lesson panel.
   *
   * @param answer the index of the right choice, from 0; -1 while a format-2 lesson's question
   *     waits for its instructor file
   * @param explanation why the answer is right; null while it waits for the instructor file
   */
  record Question(String question, List<String> choices, int answer, String explanation)
      implements Check {
    public Question {
      choices = List.copyOf(choices);
    }

    /** This question with the answer key's answer (from 0) and explanation. */
    public Question withKey(int right, String why) {
      return new Question(question, choices, right, why);
    }

    @Override
    public boolean passes(LessonState state) {
      return false;
    }

    @Override
    public String waitingFor(LessonState state) {
      return "your answer";
    }

    @Override
    public boolean confirmedByStudent() {
      return true;
    }
  }

  /**
   * A prediction the student commits to before the step that measures it: a choice or a number.
   * Committing ticks the step (a prediction is never wrong) and cannot be undone; once step {@code
   * revealAfter} is closed, the panel shows the prediction beside what was measured.
   *
   * @param choices the choices, or empty for a number
   * @param min the smallest number allowed (null for a choice prediction)
   * @param max the largest number allowed (null for a choice prediction)
   * @param result the quantity measured, shown beside the prediction; null when none
   * @param revealAfter the step (from 0) after whose closing the result is shown
   * @param answer the right choice (from 0) from the answer key; -1 for a number or before the key
   * @param explanation the answer key's explanation, or null
   */
  record Predict(
      String question,
      List<String> choices,
      Double min,
      Double max,
      Quantity result,
      int revealAfter,
      int answer,
      String explanation)
      implements Check {
    public Predict {
      choices = List.copyOf(choices);
    }

    /** True for a choice prediction, false for a number. */
    public boolean isChoice() {
      return !choices.isEmpty();
    }

    /** This prediction with the answer key's right choice (from 0; -1: none) and explanation. */
    public Predict withKey(int right, String why) {
      return new Predict(question, choices, min, max, result, revealAfter, right, why);
    }

    @Override
    public boolean passes(LessonState state) {
      return false;
    }

    @Override
    public String waitingFor(LessonState state) {
      return "your prediction";
    }

    @Override
    public boolean confirmedByStudent() {
      return true;
    }
  }

  /**
   * A free-text answer ("Explain why ..."), done once the student submits at least {@code minWords}
   * words; kept for the student's record.
   *
   * @param modelAnswer what a good answer mentions, from the answer key (null before the key)
   */
  record Explain(String question, int minWords, String modelAnswer) implements Check {

    /** This step with the answer key's model answer. */
    public Explain withKey(String model) {
      return new Explain(question, minWords, model);
    }

    /**
     * The number of words in {@code text}: pieces between spaces with at least one letter or digit,
     * as a reader counts them ("0.95" and "well-known" are one word each, a lone dash none).
     */
    public static int words(String text) {
      if (text == null || text.isBlank()) {
        return 0;
      }
      return (int)
          java.util.Arrays.stream(text.strip().split("\\s+"))
              .filter(w -> w.codePoints().anyMatch(Character::isLetterOrDigit))
              .count();
    }

    @Override
    public boolean passes(LessonState state) {
      return false;
    }

    @Override
    public String waitingFor(LessonState state) {
      return "your explanation (at least " + minWords + " words)";
    }

    @Override
    public boolean confirmedByStudent() {
      return true;
    }
  }

  /** The student says the step is done. */
  record Manual(String button) implements Check {
    @Override
    public boolean passes(LessonState state) {
      return false;
    }

    @Override
    public String waitingFor(LessonState state) {
      return "you to click \u201c" + button + "\u201d";
    }

    @Override
    public boolean confirmedByStudent() {
      return true;
    }
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  private static String now(double value) {
    return Double.isNaN(value) ? "" : " (now " + format(value) + ")";
  }
}
