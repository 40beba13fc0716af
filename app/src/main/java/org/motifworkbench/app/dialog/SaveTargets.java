package org.motifworkbench.app.dialog;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.motifworkbench.files.OutputGuard;
import org.motifworkbench.files.OutputRefusedException;

/** What a save chooser does with the file the user picked, apart from showing the chooser. */
final class SaveTargets {

  private SaveTargets() {}

  /**
   * {@code file} with {@code chosen}'s extension added, unless its name already ends with the
   * extension of one of the offered {@code types} (a user may pick the PNG type and type
   * "logo.svg").
   */
  static Path withExtension(Path file, FileType chosen, List<FileType> types) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    for (FileType type : types) {
      for (String pattern : type.patterns()) {
        String extension = pattern.substring(1).toLowerCase(Locale.ROOT);
        if (pattern.startsWith("*.") && name.endsWith(extension)) {
          return file;
        }
      }
    }
    String extension = chosen == null ? "" : chosen.extension();
    return extension.isEmpty() ? file : file.resolveSibling(file.getFileName() + extension);
  }

  /**
   * Why {@code file} may not be written, in the words the command line uses ({@link OutputGuard}):
   * it is one of the {@code inputs}, a folder, or not writable. Empty when it may be written.
   */
  static Optional<String> refusal(Path file, Collection<Path> inputs) {
    try {
      OutputGuard.reading(inputs).file(file);
      return Optional.empty();
    } catch (OutputRefusedException e) {
      return Optional.of(e.getMessage());
    }
  }
}
