package org.motifworkbench.app.motifs;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import org.motifworkbench.app.session.OpenedData;
import org.motifworkbench.app.session.TrainedModel;
import org.motifworkbench.app.session.Workspace;
import org.motifworkbench.sequence.SequenceSet;

/**
 * Which sequences motif discovery explains: the open data set when the model's results belong to it
 * and its classes are the model's, else the sequences the model's results are for (its held-out
 * test set, or the data set it was evaluated on). Nothing while the model belongs to other data.
 */
final class MotifSources {

  /** The sequences to explain and a sentence saying which they are. */
  record Choice(SequenceSet sequences, String description) {}

  private final Workspace workspace;
  private final StringBinding description;

  MotifSources(Workspace workspace) {
    this.workspace = workspace;
    this.description =
        Bindings.createStringBinding(
            () -> {
              TrainedModel model = workspace.getModel();
              if (model == null || workspace.getMatch().otherData()) {
                return "";
              }
              Choice choice = choose(model);
              return choice == null ? problem(model) : choice.description();
            },
            workspace.modelProperty(),
            workspace.dataProperty(),
            workspace.matchProperty());
  }

  /** The sequences for {@code model}, or null when there are none (see {@link #problem}). */
  Choice choose(TrainedModel model) {
    if (workspace.getMatch().otherData()) {
      return null;
    }
    OpenedData data = workspace.getData();
    if (data != null && fits(data, model)) {
      return new Choice(
          data.sequences(),
          String.format(
              "Explains sequences of %s (%,d sequences)",
              data.displayName(), data.sequences().size()));
    }
    if (model.testSet() != null && model.testSet().size() > 0) {
      String why = data == null ? "" : " (the open data set has other classes)";
      String which =
          model.heldOut()
              ? "held-out test sequences"
              : "sequences of " + model.data().displayName();
      return new Choice(
          model.testSet(),
          String.format("Explains the model's %,d %s%s", model.testSet().size(), which, why));
    }
    return null;
  }

  /** Why there is nothing to explain, or null when there is. */
  String problem(TrainedModel model) {
    if (choose(model) != null) {
      return null;
    }
    String why = model.testSetProblem() == null ? "" : " (" + model.testSetProblem() + ")";
    return "There are no sequences to explain: the model's test set is not available"
        + why
        + ". Open a data set with the model's classes, "
        + String.join(", ", model.bundle().manifest().classNames())
        + ", in step 1.";
  }

  StringBinding descriptionBinding() {
    return description;
  }

  private static boolean fits(OpenedData data, TrainedModel model) {
    return data.sequences().classNames().equals(model.bundle().manifest().classNames());
  }
}
