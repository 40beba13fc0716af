package org.motifworkbench.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: builds the composition root, shows the main window, opens the data. */
public final class WorkbenchApp extends Application {

  private AppContext context;

  @Override
  public void start(Stage stage) {
    StartupOptions options = StartupOptions.parse(getParameters().getRaw());
    context = AppContext.standard();
    new MainWindow(context).show(stage);
    context.mainWindow().startEngine();
    if (options.config() != null) {
      // The Model screen shows its own errors once it exists; at start it may not exist yet.
      context
          .setup()
          .errorMessageProperty()
          .addListener(
              (obs, old, message) -> {
                if (message != null && context.mainWindow().getCurrentStep() != Step.MODEL) {
                  context
                      .dialogs()
                      .showError("Settings file", "The settings file was not loaded", message);
                }
              });
      context.setup().load(options.config());
    }
    if (!options.files().isEmpty()) {
      context.data().open(options.files());
    } else if (options.sample()) {
      context.data().openSample();
    }
  }

  @Override
  public void stop() {
    if (context != null) {
      context.close();
    }
  }
}
