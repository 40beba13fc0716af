package org.motifworkbench.app;

import java.util.function.Supplier;
import javafx.application.Platform;
import org.motifworkbench.app.data.DataViewModel;
import org.motifworkbench.app.data.SampleLibrary;
import org.motifworkbench.app.evaluate.EvaluateViewModel;
import org.motifworkbench.app.figure.FigureExport;
import org.motifworkbench.app.inspect.InspectViewModel;
import org.motifworkbench.app.motifs.MotifsViewModel;
import org.motifworkbench.app.session.ModelFilesViewModel;
import org.motifworkbench.app.session.RecentFiles;
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
  private final RecentFiles recentFiles;
  private final ModelFilesViewModel modelFiles;
  private final FigureExport figureExport;
  private final EvaluateViewModel evaluate;
  private final InspectViewModel inspect;
  private final MotifsViewModel motifs;
  private final SetupViewModel setup;
  private final TrainViewModel train;

  /** A context whose recent-files list lasts for this session only (tests). */
  public AppContext(SampleLibrary samples, Supplier<EngineStatus> engineStarter) {
    this(samples, engineStarter, new RecentFiles(null));
  }

  public AppContext(
      SampleLibrary samples, Supplier<EngineStatus> engineStarter, RecentFiles recentFiles) {
    this.runner = new FxTaskRunner(WORKER_THREADS);
    // All model work (training, prediction, explanation, motif discovery) runs on one thread, one
    // piece at a time: the engine records gradients for one computation at a time, and two
    // computations on 2 cores would only slow each other down.
    this.engineRunner = new FxTaskRunner(1);
    this.data = new DataViewModel(runner, samples);
    this.workspace = new Workspace(data.dataProperty(), release -> engineRunner.run(
        "releasing a replaced model", () -> {
          release.run();
          return null;
        }, done -> { }, failure -> { }));
    this.mainWindow = new MainWindowViewModel(runner, engineStarter, workspace);
    this.recentFiles = recentFiles;
    this.modelFiles = new ModelFilesViewModel(engineRunner, workspace, recentFiles);
    this.figureExport = new FigureExport(runner);
    // A data set read from one file can be reopened from File > Recent files.
    data.dataProperty().addListener((obs, old, opened) -> {
      if (opened != null && opened.source().files().size() == 1) {
        recentFiles.add(java.nio.file.Path.of(opened.source().files().get(0)));
      }
    });
    this.evaluate = new EvaluateViewModel(engineRunner, runner, workspace);
    this.inspect = new InspectViewModel(engineRunner, workspace);
    this.motifs = new MotifsViewModel(engineRunner, runner, Platform::runLater, workspace,
        samples.motifDatabase());
    this.setup = new SetupViewModel(runner, workspace);
    this.train = new TrainViewModel(
        engineRunner, workspace, mainWindow.engineStatusProperty(), Platform::runLater);
    mainWindow.engineProperty().addListener((obs, old, status) -> {
      if (status != null) {
        train.setDevices(status.devices());
      }
    });
  }

  /** The context of a real start: samples from {@code -Dmwb.samples}, the PyTorch engine. */
  public static AppContext standard() {
    return new AppContext(
        SampleLibrary.fromSystemProperty(), DjlRuntime::start, RecentFiles.inUserHome());
  }

  public DataViewModel data() {
    return data;
  }

  /** What the user works on: data, settings, trained model, palette. */
  public Workspace workspace() {
    return workspace;
  }

  /** Files opened and saved lately, for File > Recent files. */
  public RecentFiles recentFiles() {
    return recentFiles;
  }

  /** "Export figure..." for every view that shows a figure or chart. */
  public FigureExport figureExport() {
    return figureExport;
  }

  /** Opening and saving model files. */
  public ModelFilesViewModel modelFiles() {
    return modelFiles;
  }

  /** Runs model work (training, prediction, explanation) one piece at a time, off the FX thread. */
  public FxTaskRunner engineRunner() {
    return engineRunner;
  }

  /** Runs file reading and other short background work. */
  public FxTaskRunner runner() {
    return runner;
  }

  /** The Evaluate screen's state: metrics, curves and confusion matrix of the current model. */
  public EvaluateViewModel evaluate() {
    return evaluate;
  }

  /** The Inspect screen's state: scored sequences and the explanation of the chosen one. */
  public InspectViewModel inspect() {
    return inspect;
  }

  /** The Motifs screen's state: filter and discovered motifs with their database matches. */
  public MotifsViewModel motifs() {
    return motifs;
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
