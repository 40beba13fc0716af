package org.motifworkbench.app.session;

import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.motifworkbench.app.background.BackgroundRunner;
import org.motifworkbench.bundle.ModelBundle;
import org.motifworkbench.evaluation.ClassificationMetrics;
import org.motifworkbench.sequence.InvalidInputException;
import org.motifworkbench.sequence.SequenceSet;
import org.motifworkbench.workflow.EvaluationWorkflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opening and saving model files ({@code .mwb}) from the File menu. Opening also re-reads the
 * model's held-out test sequences from its training data, when they are still where they were, so
 * the Evaluate and Inspect screens work on an opened model as on a just-trained one.
 */
public final class ModelFilesViewModel {

  private static final Logger LOG = LoggerFactory.getLogger(ModelFilesViewModel.class);

  private final BackgroundRunner engine;
  private final Workspace workspace;
  private final RecentFiles recent;
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
  private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "error");

  /**
   * @param engine the runner for model work (loading parameters and scoring use the engine)
   */
  public ModelFilesViewModel(BackgroundRunner engine, Workspace workspace, RecentFiles recent) {
    this.engine = engine;
    this.workspace = workspace;
    this.recent = recent;
  }

  /**
   * Reads a model file in the background; on success it becomes the workspace's model and the file
   * goes to the top of File > Recent files.
   */
  public void open(Path file) {
    open(file, true);
  }

  /**
   * As {@link #open(Path)} for a project run's model (the Runs screen's Open, a project reopened):
   * not added to Recent files, where the project itself is.
   */
  public void openRunModel(Path file) {
    open(file, false);
  }

  private void open(Path file, boolean remember) {
    if (workspace.isTraining()) {
      fail("A model is training. Wait for it to finish (or cancel it) before opening another.");
      return;
    }
    start("Opening " + file.getFileName() + "...");
    engine.run(
        "opening " + file.getFileName(),
        () -> load(file),
        opened -> {
          finish();
          workspace.setModel(opened);
          if (remember) {
            recent.add(file);
          }
        },
        failure -> {
          finish();
          if (remember && failure instanceof InvalidInputException) {
            recent.remove(file);
          }
          fail(messageFor(failure, "open " + file));
        });
  }

  /** Saves the current model to {@code file} (atomically: a failed save leaves no broken file). */
  public void save(Path file) {
    TrainedModel model = workspace.getModel();
    if (model == null) {
      fail("There is no model to save yet. Train one first (step 3).");
      return;
    }
    Path target = withExtension(file);
    start("Saving " + target.getFileName() + "...");
    engine.run(
        "saving " + target.getFileName(),
        () -> {
          model.bundle().save(target);
          return target;
        },
        saved -> {
          finish();
          if (workspace.getModel() != null && workspace.getModel().bundle() == model.bundle()) {
            workspace.setModel(workspace.getModel().savedAs(saved));
          }
          recent.add(saved);
        },
        failure -> {
          finish();
          fail(messageFor(failure, "save the model to " + target));
        });
  }

  /** A file name to offer in the save dialog: "primer-motif.mwb" after the data, or the model's. */
  public String suggestedFileName() {
    TrainedModel model = workspace.getModel();
    if (model != null && model.file() != null) {
      return model.file().getFileName().toString();
    }
    OpenedData data = workspace.getData();
    if (data == null || data.fileNames().isEmpty()) {
      return "model" + ModelBundle.EXTENSION;
    }
    String name = data.fileNames().get(0);
    int dot = name.indexOf('.');
    return (dot > 0 ? name.substring(0, dot) : name) + ModelBundle.EXTENSION;
  }

  /** True while a model file is read or written. */
  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** What is happening, e.g. "Saving promoter.mwb...", or empty. */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** Why the last open or save failed; set anew on each failure. */
  public ReadOnlyStringProperty errorMessageProperty() {
    return errorMessage.getReadOnlyProperty();
  }

  public String getErrorMessage() {
    return errorMessage.get();
  }

  /** Loads the bundle and, when possible, its test split with fresh metrics (engine thread). */
  static TrainedModel load(Path file) {
    ModelBundle bundle = ModelBundle.load(file);
    try {
      SequenceSet test = EvaluationWorkflow.recordedTestSet(bundle);
      ClassificationMetrics metrics = EvaluationWorkflow.evaluate(bundle, test);
      return new TrainedModel(bundle, test, metrics, file, null);
    } catch (InvalidInputException e) {
      LOG.info("Opened {} without its test split: {}", file, e.getMessage());
      return new TrainedModel(
          bundle,
          null,
          null,
          file,
          "The test sequences of this model could " + "not be read again: " + e.getMessage());
    } catch (RuntimeException e) {
      bundle.close();
      throw e;
    }
  }

  static Path withExtension(Path file) {
    String name = file.getFileName().toString();
    return name.toLowerCase(Locale.ROOT).endsWith(ModelBundle.EXTENSION)
        ? file
        : file.resolveSibling(name + ModelBundle.EXTENSION);
  }

  private void start(String message) {
    errorMessage.set(null);
    busy.set(true);
    status.set(message);
  }

  private void finish() {
    busy.set(false);
    status.set("");
  }

  private void fail(String message) {
    errorMessage.set(null); // the same message twice must still be seen as a change
    errorMessage.set(message);
  }

  private static String messageFor(Throwable failure, String what) {
    if (failure instanceof InvalidInputException) {
      return failure.getMessage();
    }
    LOG.error("Could not {}", what, failure);
    if (failure instanceof java.io.IOException) {
      return "Could not "
          + what
          + ": "
          + failure.getMessage()
          + ". Check that the folder exists and you may write there.";
    }
    return "Could not " + what + ": " + failure + ". The details are in the log.";
  }
}
