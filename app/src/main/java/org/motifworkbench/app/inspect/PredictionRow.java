package org.motifworkbench.app.inspect;

import java.util.Locale;
import org.motifworkbench.sequence.SequenceRecord;

/**
 * One row of the Inspect screen's table: a sequence, its true class and what the model predicts.
 *
 * @param record the sequence as read (not yet fitted to the model's length)
 * @param trueClass its label
 * @param predictedClass the class with the highest probability
 * @param probability the probability of the predicted class
 * @param probabilities the probability of every class, in the model's class order
 */
public record PredictionRow(
    SequenceRecord record,
    String trueClass,
    String predictedClass,
    double probability,
    float[] probabilities) {

  public String id() {
    return record.id();
  }

  public boolean correct() {
    return predictedClass.equals(trueClass);
  }

  /**
   * Whether the row matches a search: the id contains {@code text}, or the bases contain it as a
   * substring (both ignoring case). Blank text matches every row.
   */
  public boolean matches(String text) {
    String query = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    if (query.isEmpty()) {
      return true;
    }
    return record.id().toUpperCase(Locale.ROOT).contains(query)
        || record.bases().toUpperCase(Locale.ROOT).contains(query);
  }
}
