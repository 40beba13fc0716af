package org.motifworkbench.app.motifs;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import org.motifworkbench.app.data.OpenedData;
import org.motifworkbench.app.session.TrainedModel;
import org.motifworkbench.app.session.Workspace;
import org.motifworkbench.sequence.SequenceSet;

/**
 * Which sequences motif discovery explains: the open data set when its classes are the model's,
 * else the model's held-out test set.
 */
final class MotifSources {

  /** The sequences to explain and a sentence saying which they are. */
  record Choice(SequenceSet sequences, String description) {}

  private final Workspace workspace;
  private final StringBinding description;

  MotifSources(Workspace workspace) {
    this.workspace = workspace;
    this.description = Bindings.createStringBinding(() -> {
      TrainedModel model = workspace.getModel();
      if (model == null) {
        return "";
      }
      Choice choice = choose(model);
      return choice == null ? problem(model) : choice.description();
    }, workspace.modelProperty(), workspace.dataProperty());
  }

  /** The sequences for {@code model}, or null when there are none (see {@link #problem}). */
  Choice choose(TrainedModel model) {
    OpenedData data = workspace.getData();
    if (data != null && fits(data, model)) {
      return new Choice(data.sequences(), String.format("Explains sequences of %s (%,d sequences)",
          data.displayName(), data.sequences().size()));
    }
    if (model.testSet() != null && model.testSet().size() > 0) {
      String why = data == null ? "" : " (the open data set has other classes)";
      return new Choice(model.testSet(), String.format(
          "Explains the model's %,d held-out test sequences%s", model.testSet().size(), why));
    }
    return null;
  }

  /** Why there is nothing to explain, or null when there is. */
  String problem(TrainedModel model) {
    if (choose(model) != null) {
      return null;
    }
    String why = model.testSetProblem() == null ? "" : " (" + model.testSetProblem() + ")";
    return "There are no sequences to explain: the model's test set is not available" + why
        + ". Open a data set with the model's classes, "
        + String.join(", ", model.bundle().manifest().classNames()) + ", in step 1.";
  }

  StringBinding descriptionBinding() {
    return description;
  }

  private static boolean fits(OpenedData data, TrainedModel model) {
    return data.sequences().classNames().equals(model.bundle().manifest().classNames());
  }
}
