package org.motifworkbench.app;

import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.motifworkbench.app.data.DataViewModel;
import org.motifworkbench.app.data.OpenedData;
import org.motifworkbench.app.task.TaskRunner;
import org.motifworkbench.network.EngineStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The main window's state: its title and the engine status shown in the status bar. */
public final class MainWindowViewModel {

  static final String APP_NAME = "Motif Workbench";
  static final String STARTING = "Starting engine...";

  private static final Logger LOG = LoggerFactory.getLogger(MainWindowViewModel.class);

  private final TaskRunner runner;
  private final Supplier<EngineStatus> engineStarter;
  private final StringBinding title;
  private final ReadOnlyStringWrapper engineStatus =
      new ReadOnlyStringWrapper(this, "engineStatus", STARTING);
  private final ReadOnlyBooleanWrapper engineStarting =
      new ReadOnlyBooleanWrapper(this, "engineStarting");
  private final ReadOnlyBooleanWrapper onGpu = new ReadOnlyBooleanWrapper(this, "onGpu");

  public MainWindowViewModel(
      TaskRunner runner, Supplier<EngineStatus> engineStarter, DataViewModel data) {
    this.runner = runner;
    this.engineStarter = engineStarter;
    this.title =
        Bindings.createStringBinding(
            () -> {
              OpenedData opened = data.getData();
              return opened == null ? APP_NAME : APP_NAME + " \u2014 " + opened.displayName();
            },
            data.dataProperty());
  }

  /** Starts the deep-learning engine in the background (0.5-3 s); the status follows. */
  public void startEngine() {
    engineStatus.set(STARTING);
    engineStarting.set(true);
    runner.run(
        "starting the engine",
        engineStarter::get,
        status -> {
          LOG.info("Engine started: {} (native library: {})", status.summary(), status.nativeSource());
          engineStarting.set(false);
          engineStatus.set(status.summary());
          onGpu.set(status.onGpu());
        },
        failure -> {
          LOG.error("The deep-learning engine did not start", failure);
          engineStarting.set(false);
          engineStatus.set("Engine not available: " + failure.getMessage()
              + " (data can still be opened; see the log)");
        });
  }

  /** "Motif Workbench", or "Motif Workbench — train.fa" when data is open. */
  public StringBinding titleBinding() {
    return title;
  }

  /** "Starting engine...", then e.g. "PyTorch 2.7.1 on CPU". */
  public ReadOnlyStringProperty engineStatusProperty() {
    return engineStatus.getReadOnlyProperty();
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
