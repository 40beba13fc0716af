package org.motifworkbench.app;

import java.util.function.Supplier;
import javafx.application.Platform;
import org.motifworkbench.app.data.DataViewModel;
import org.motifworkbench.app.data.SampleLibrary;
import org.motifworkbench.app.session.Workspace;
import org.motifworkbench.app.setup.SetupViewModel;
import org.motifworkbench.app.task.FxTaskRunner;
import org.motifworkbench.app.train.TrainViewModel;
import org.motifworkbench.network.DjlRuntime;
import org.motifworkbench.network.EngineStatus;

/**
 * The composition root: creates the background runner and the view models once and hands each what
 * it needs through its constructor. Nothing else in the app creates services or reads settings.
 */
public final class AppContext implements AutoCloseable {

  /** Engine start and one file load can run side by side; more would only compete for 2 cores. */
  private static final int WORKER_THREADS = 2;

  private final FxTaskRunner runner;
  private final FxTaskRunner engineRunner;
  private final DataViewModel data;
  private final Workspace workspace;
  private final MainWindowViewModel mainWindow;
  private final SetupViewModel setup;
  private final TrainViewModel train;

  public AppContext(SampleLibrary samples, Supplier<EngineStatus> engineStarter) {
    this.runner = new FxTaskRunner(WORKER_THREADS);
    // All model work (training, prediction, explanation, motif discovery) runs on one thread, one
    // piece at a time: the engine records gradients for one computation at a time, and two
    // computations on 2 cores would only slow each other down.
    this.engineRunner = new FxTaskRunner(1);
    this.data = new DataViewModel(runner, samples);
    this.workspace = new Workspace(data.dataProperty());
    this.mainWindow = new MainWindowViewModel(runner, engineStarter, workspace);
    this.setup = new SetupViewModel(runner, workspace);
    this.train = new TrainViewModel(
        engineRunner, workspace, mainWindow.engineStatusProperty(), Platform::runLater);
  }

  /** The context of a real start: samples from {@code -Dmwb.samples}, the PyTorch engine. */
  public static AppContext standard() {
    return new AppContext(SampleLibrary.fromSystemProperty(), DjlRuntime::start);
  }

  public DataViewModel data() {
    return data;
  }

  /** What the user works on: data, settings, trained model, palette. */
  public Workspace workspace() {
    return workspace;
  }

  /** Runs model work (training, prediction, explanation) one piece at a time, off the FX thread. */
  public FxTaskRunner engineRunner() {
    return engineRunner;
  }

  /** Runs file reading and other short background work. */
  public FxTaskRunner runner() {
    return runner;
  }

  public MainWindowViewModel mainWindow() {
    return mainWindow;
  }

  /** The Model screen: network, training, input length and split settings. */
  public SetupViewModel setup() {
    return setup;
  }

  /** The Train screen: runs training and follows it. */
  public TrainViewModel train() {
    return train;
  }

  /** Stops background work without waiting for it. */
  @Override
  public void close() {
    runner.close();
    engineRunner.close();
  }
}
