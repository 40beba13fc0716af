package org.motifworkbench.app.lessons;

import java.util.List;

/**
 * What the lesson checks can see of the workbench at one moment. Built by the composition root from
 * the workspace and the screens' view models, so the checks stay plain functions of it.
 *
 * @param screen the shown screen in lower case: data, model, train, evaluate, inspect or motifs
 * @param dataName the opened data set's file name, or null before one is opened
 * @param model the current model, or null before one is trained or opened
 * @param bestValidationAccuracy the best validation accuracy of the latest training (NaN before)
 * @param explained the sequence the Inspect screen explains, or null
 * @param discovered motifs found on the Motifs screen
 * @param filters first-layer filters shown on the Motifs screen
 * @param runs models trained during the shown lesson (the lesson panel fills it in)
 * @param changes how often each thing the student can do has happened, so a lesson can tell what
 *     was done after it started from what was there before
 */
public record LessonState(
    String screen,
    String dataName,
    ModelFacts model,
    double bestValidationAccuracy,
    ExplainedSequence explained,
    List<FoundMotif> discovered,
    List<FoundMotif> filters,
    int runs,
    Changes changes) {

  public LessonState {
    discovered = List.copyOf(discovered);
    filters = List.copyOf(filters);
    changes = changes == null ? Changes.NONE : changes;
  }

  /** The state as the workbench sees it, before the lesson counts its runs. */
  public LessonState(
      String screen,
      String dataName,
      ModelFacts model,
      double bestValidationAccuracy,
      ExplainedSequence explained,
      List<FoundMotif> discovered,
      List<FoundMotif> filters,
      Changes changes) {
    this(
        screen,
        dataName,
        model,
        bestValidationAccuracy,
        explained,
        discovered,
        filters,
        0,
        changes);
  }

  /** A state whose every part counts as done now (tests that change one thing at a time). */
  public LessonState(
      String screen,
      String dataName,
      ModelFacts model,
      double bestValidationAccuracy,
      ExplainedSequence explained,
      List<FoundMotif> discovered,
      List<FoundMotif> filters) {
    this(
        screen,
        dataName,
        model,
        bestValidationAccuracy,
        explained,
        discovered,
        filters,
        0,
        Changes.NONE);
  }

  /** Nothing open, nothing trained, on the Data screen. */
  public static LessonState empty() {
    return new LessonState("data", null, null, Double.NaN, null, List.of(), List.of());
  }

  /** This state with the lesson's count of training runs. */
  public LessonState withRuns(int count) {
    return new LessonState(
        screen,
        dataName,
        model,
        bestValidationAccuracy,
        explained,
        discovered,
        filters,
        count,
        changes);
  }

  /**
   * This state as a lesson that started at {@code start} sees it: only what happened since counts.
   * Data opened, a model trained, training curves, an explanation or motifs that were already there
   * when the lesson started are left out, so no step is ticked by them.
   */
  @SuppressWarnings("ReferenceEquality") // NONE is the marker of a state built by hand
  public LessonState since(LessonState start) {
    Changes then = start.changes;
    if (changes == Changes.NONE) {
      return this; // built by hand: there is no history to tell before from after
    }
    boolean newModel =
        model != null && (start.model == null || model.serial() != start.model.serial());
    return new LessonState(
        screen,
        changes.data() != then.data() ? dataName : null,
        newModel ? model : null,
        changes.curves() != then.curves() ? bestValidationAccuracy : Double.NaN,
        changes.explanation() != then.explanation() ? explained : null,
        changes.motifs() != then.motifs() ? discovered : List.of(),
        changes.motifs() != then.motifs() ? filters : List.of(),
        runs,
        changes);
  }

  /**
   * How many times each thing changed since the workbench started (counters, never reset).
   *
   * @param data data sets opened
   * @param curves updates of the training curves
   * @param explanation explanations shown on the Inspect screen
   * @param motifs changes of the Motifs gallery
   */
  public record Changes(long data, long curves, long explanation, long motifs) {
    /** No change seen: what a state built by hand in a test has. */
    public static final Changes NONE = new Changes(-1, -1, -1, -1);
  }

  /**
   * The current model.
   *
   * @param serial changes whenever another model becomes the current one
   * @param attention whether it pools with attention (false: max pooling)
   * @param testAccuracy accuracy on the held-out test sequences (NaN when unknown)
   * @param validationAccuracy best validation accuracy of its training (NaN when unknown)
   * @param saved whether it is saved in a file
   * @param justTrained true for a model trained in this session (not opened from a file)
   * @param forOpenData true when its results belong to the open data (false after other data was
   *     opened)
   * @param seed the seed it was trained with
   */
  public record ModelFacts(
      long serial,
      boolean attention,
      double testAccuracy,
      double validationAccuracy,
      boolean saved,
      boolean justTrained,
      boolean forOpenData,
      long seed) {

    /** A model whose training seed does not matter. */
    public ModelFacts(
        long serial,
        boolean attention,
        double testAccuracy,
        double validationAccuracy,
        boolean saved,
        boolean justTrained,
        boolean forOpenData) {
      this(serial, attention, testAccuracy, validationAccuracy, saved, justTrained, forOpenData, 0);
    }

    /** A model whose results belong to the open data. */
    public ModelFacts(
        long serial,
        boolean attention,
        double testAccuracy,
        double validationAccuracy,
        boolean saved,
        boolean justTrained) {
      this(serial, attention, testAccuracy, validationAccuracy, saved, justTrained, true);
    }
  }

  /** A sequence explained on the Inspect screen. */
  public record ExplainedSequence(String id, String trueClass, String predictedClass) {

    /** True when the model predicts the sequence's label (false for a typed sequence). */
    public boolean correct() {
      return trueClass != null && trueClass.equals(predictedClass);
    }
  }

  /**
   * A motif of the Motifs gallery.
   *
   * @param consensus its IUPAC consensus
   * @param matchIds database motifs it matches significantly, e.g. MA0139.1
   * @param matchNames their names, e.g. CTCF (same order)
   */
  public record FoundMotif(String consensus, List<String> matchIds, List<String> matchNames) {
    public FoundMotif {
      matchIds = List.copyOf(matchIds);
      matchNames = List.copyOf(matchNames);
    }
  }

  /**
   * The best validation accuracy known: live from training, else the model's own when it belongs to
   * the open data.
   */
  public double validationAccuracy() {
    if (!Double.isNaN(bestValidationAccuracy)) {
      return bestValidationAccuracy;
    }
    return model == null || !model.forOpenData() ? Double.NaN : model.validationAccuracy();
  }
}
