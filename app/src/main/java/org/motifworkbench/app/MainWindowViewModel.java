package org.motifworkbench.app;

import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.motifworkbench.app.background.BackgroundRunner;
import org.motifworkbench.app.session.OpenedData;
import org.motifworkbench.app.session.TrainedModel;
import org.motifworkbench.app.session.Workspace;
import org.motifworkbench.network.EngineStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main window's state: its title, the current step and which steps can open, and the engine
 * status shown in the status bar.
 */
public final class MainWindowViewModel {

  static final String APP_NAME = "Motif Workbench";
  static final String STARTING = "Starting engine...";

  private static final Logger LOG = LoggerFactory.getLogger(MainWindowViewModel.class);

  private final BackgroundRunner runner;
  private final Supplier<EngineStatus> engineStarter;
  private final StringBinding title;
  private final StringBinding modelBackend;
  private final ReadOnlyStringWrapper engineStatus =
      new ReadOnlyStringWrapper(this, "engineStatus", STARTING);
  private final ReadOnlyBooleanWrapper engineStarting =
      new ReadOnlyBooleanWrapper(this, "engineStarting");
  private final ReadOnlyBooleanWrapper onGpu = new ReadOnlyBooleanWrapper(this, "onGpu");
  private final ReadOnlyObjectWrapper<EngineStatus> engine =
      new ReadOnlyObjectWrapper<>(this, "engine");
  private final ObjectProperty<Step> currentStep =
      new SimpleObjectProperty<>(this, "step", Step.DATA);
  private final Workspace workspace;

  public MainWindowViewModel(
      BackgroundRunner runner, Supplier<EngineStatus> engineStarter, Workspace workspace) {
    this.runner = runner;
    this.engineStarter = engineStarter;
    this.workspace = workspace;
    this.title =
        Bindings.createStringBinding(
            () -> {
              StringBuilder t = new StringBuilder(APP_NAME);
              OpenedData opened = workspace.getData();
              if (opened != null) {
                t.append(" \u2014 ").append(opened.displayName());
              }
              TrainedModel model = workspace.getModel();
              if (model != null) {
                t.append(" \u2014 ").append(model.displayName());
                if (workspace.getMatch().otherData()) {
                  t.append(" (trained on ").append(model.trainedOn().displayName()).append(')');
                }
              }
              return t.toString();
            },
            workspace.dataProperty(),
            workspace.modelProperty(),
            workspace.matchProperty());
    this.modelBackend =
        Bindings.createStringBinding(
            () -> {
              TrainedModel model = workspace.getModel();
              String note = model == null ? "" : model.backendNote();
              return note.isEmpty() ? "" : "Model " + note;
            },
            workspace.modelProperty());
  }

  /** The step whose screen is shown. */
  public ObjectProperty<Step> currentStepProperty() {
    return currentStep;
  }

  Step getCurrentStep() {
    return currentStep.get();
  }

  /** Shows {@code step} if its prerequisites exist; otherwise nothing happens. */
  void go(Step step) {
    if (isReady(step)) {
      currentStep.set(step);
    }
  }

  boolean isReady(Step step) {
    return switch (step.needs()) {
      case NOTHING -> true;
      case DATA -> workspace.getData() != null;
      case MODEL -> workspace.getModel() != null;
    };
  }

  /** True while {@code step}'s prerequisites exist. */
  BooleanBinding readyBinding(Step step) {
    return Bindings.createBooleanBinding(
        () -> isReady(step), workspace.dataProperty(), workspace.modelProperty());
  }

  /** Starts the deep-learning engine in the background (0.5-3 s); the status follows. */
  public void startEngine() {
    engineStatus.set(STARTING);
    engineStarting.set(true);
    runner.run(
        "starting the engine",
        engineStarter::get,
        status -> {
          LOG.info(
              "Engine started: {} (native library: {})", status.summary(), status.nativeSource());
          engineStarting.set(false);
          engineStatus.set(status.summary());
          onGpu.set(status.onGpu());
          engine.set(status);
        },
        failure -> {
          LOG.error("The deep-learning engine did not start", failure);
          engineStarting.set(false);
          engineStatus.set(
              "Engine not available: "
                  + failure.getMessage()
                  + " (data can still be opened; see the log)");
        });
  }

  /**
   * "Motif Workbench", then "— train.fa" when data is open and "— model.mwb" with a model; a model
   * of other data adds "(trained on other.fa)".
   */
  public StringBinding titleBinding() {
    return title;
  }

  /**
   * Who computes the current model, for the status bar: "Model trained by the Java kernels"; empty
   * without a model or for a model file that does not record it.
   */
  public StringBinding modelBackendBinding() {
    return modelBackend;
  }

  /** "Starting engine...", then e.g. "PyTorch 2.7.1 on CPU". */
  public ReadOnlyStringProperty engineStatusProperty() {
    return engineStatus.getReadOnlyProperty();
  }

  /** The started engine (devices, versions), or null before it started. */
  public ReadOnlyObjectProperty<EngineStatus> engineProperty() {
    return engine.getReadOnlyProperty();
  }

  /** True while the engine is starting. */
  public ReadOnlyBooleanProperty engineStartingProperty() {
    return engineStarting.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty onGpuProperty() {
    return onGpu.getReadOnlyProperty();
  }

  /** Steps for a user with an NVIDIA GPU. */
  public String gpuHelp() {
    return EngineStatus.howToUseGpu();
  }
}
