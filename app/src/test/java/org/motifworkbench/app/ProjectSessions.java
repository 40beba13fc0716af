package org.motifworkbench.app;

import static java.util.concurrent.TimeUnit.SECONDS;

import java.util.concurrent.TimeoutException;
import org.motifworkbench.project.Project;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Test help: a project made in the test becomes the app's open project. */
final class ProjectSessions {

  private ProjectSessions() {}

  /** Opens {@code project} in the app's project session (nothing restored) and waits for it. */
  static void open(FxRobot robot, AppContext context, Project project) throws TimeoutException {
    robot.interact(() -> context.project().open(project.folder(), opened -> {}));
    WaitForAsyncUtils.waitFor(
        20, SECONDS, () -> context.project().getProject().folder().equals(project.folder()));
    WaitForAsyncUtils.waitForFxEvents();
  }
}
