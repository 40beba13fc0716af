package org.motifworkbench.app;

import java.util.List;
import javafx.application.Application;
import org.motifworkbench.network.DjlRuntime;

/**
 * Entry point. It must not extend {@link Application}: with JavaFX on the class path (not the
 * module path) the launcher would otherwise refuse to start with "JavaFX runtime components are
 * missing".
 */
public final class Launcher {

  private Launcher() {}

  public static void main(String[] args) {
    DjlRuntime.configureOffline();
    StartupOptions options;
    try {
      options = StartupOptions.parse(List.of(args));
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    if (options.help()) {
      System.out.println(StartupOptions.USAGE);
      return;
    }
    Application.launch(WorkbenchApp.class, args);
  }
}
