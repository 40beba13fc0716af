package org.motifworkbench.app.lessons;

import java.util.Arrays;
import java.util.List;

/**
 * A number the workbench measures that a predict step compares the student's prediction with, named
 * in a lesson file by its id ({@code "result": "test-accuracy"}).
 */
public enum Quantity {
  CEILING("ceiling", "the open data set's accuracy ceiling"),
  TEST_ACCURACY("test-accuracy", "the test accuracy"),
  BEST_VALIDATION_ACCURACY("best-validation-accuracy", "the best validation accuracy"),
  FINAL_TRAINING_ACCURACY("final-training-accuracy", "the last epoch's training accuracy"),
  TEST_ROC_AUC("test-roc-auc", "the test ROC AUC"),
  TEST_PR_AUC("test-pr-auc", "the test PR AUC");

  private final String id;
  private final String description;

  Quantity(String id, String description) {
    this.id = id;
    this.description = description;
  }

  /** The name a lesson file uses, e.g. "test-roc-auc". */
  public String id() {
    return id;
  }

  /** What it is, e.g. "the test ROC AUC", for messages. */
  public String description() {
    return description;
  }

  /** Every id, in the order the format documents them. */
  public static List<String> ids() {
    return Arrays.stream(values()).map(Quantity::id).toList();
  }

  /** The quantity with this id, or null when there is none. */
  public static Quantity byId(String id) {
    return Arrays.stream(values()).filter(q -> q.id.equals(id)).findFirst().orElse(null);
  }
}
