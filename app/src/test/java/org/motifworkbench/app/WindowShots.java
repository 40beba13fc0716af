package org.motifworkbench.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;

/**
 * Saves a UI test's window as a PNG when {@code -Dmwb.shots} names a folder (README screenshots).
 */
final class WindowShots {

  private WindowShots() {}

  static void save(FxRobot robot, Stage stage, String name) {
    String folder = System.getProperty("mwb.shots");
    if (folder == null || folder.isBlank()) {
      return;
    }
    robot.interact(
        () -> {
          try {
            Path out = Files.createDirectories(Path.of(folder)).resolve(name);
            ImageIO.write(
                SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null),
                "png",
                out.toFile());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
