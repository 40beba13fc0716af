package org.motifworkbench.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Checks the files a command will write before it starts any work: no output may be one of its
 * inputs (also through {@code ../}, a symbolic or a hard link) or another of its outputs, and every
 * output must be writable. A refusal names the files and the reason.
 */
public final class OutputGuard {

  private final List<Path> inputs;
  private final List<Path> outputs = new ArrayList<>();

  private OutputGuard(List<Path> inputs) {
    this.inputs = inputs;
  }

  /** A guard for a command that reads these files; null entries (options not given) are skipped. */
  public static OutputGuard reading(Collection<Path> inputs) {
    return new OutputGuard(inputs.stream().filter(Objects::nonNull).toList());
  }

  /** As {@link #reading(Collection)}. */
  public static OutputGuard reading(Path... inputs) {
    return reading(Arrays.asList(inputs));
  }

  /**
   * Refuses {@code file} (when not null) if it is a folder, cannot be written, or is an input or an
   * output already checked by this guard.
   */
  public OutputGuard file(Path file) {
    if (file == null) {
      return this;
    }
    if (Files.isDirectory(file)) {
      throw refused(file, "it is a folder. Give a file name, e.g. " + file.resolve("out") + ".");
    }
    notAnInputOrOutput(file);
    Path parent = file.toAbsolutePath().getParent();
    if (!Files.isDirectory(parent)) {
      throw refused(
          file,
          Files.exists(parent)
              ? "'" + parent + "' is a file, not a folder."
              : "the folder '" + parent + "' does not exist. Create it first or check the path.");
    }
    if (Files.exists(file) && !Files.isWritable(file)) {
      throw refused(file, "the file is read-only.");
    }
    probeWritable(file, parent);
    return this;
  }

  /**
   * Refuses the folder {@code dir} if it is a file or cannot be created or written, and each of the
   * named files inside it as {@link #file(Path)} does. The folder is created when missing.
   */
  public OutputGuard folder(Path dir, String... names) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw refused(dir, "it is a file, not a folder. Give a folder name for the output.");
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw refused(dir, "the folder cannot be created (" + reason(e) + ").");
    }
    for (String name : names) {
      file(dir.resolve(name));
    }
    return this;
  }

  private void notAnInputOrOutput(Path file) {
    for (Path input : inputs) {
      if (sameFile(file, input)) {
        throw refused(
            file,
            "it is the same file as the input '"
                + input
                + "', which would be "
                + "overwritten. Choose another output file.");
      }
    }
    for (Path other : outputs) {
      if (sameFile(file, other)) {
        throw refused(
            file,
            "it is the same file as the output '"
                + other
                + "'; one would "
                + "overwrite the other. Give each output its own file.");
      }
    }
    outputs.add(file);
  }

  /** True when both paths name one file: {@link Files#isSameFile} when both exist. */
  static boolean sameFile(Path a, Path b) {
    try {
      if (Files.exists(a) && Files.exists(b)) {
        return Files.isSameFile(a, b);
      }
      return resolved(a).equals(resolved(b));
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The real path of the nearest existing ancestor with the rest of the path appended: two paths
   * that do not exist yet still compare equal through {@code ../} and linked folders.
   */
  private static Path resolved(Path path) throws IOException {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    return existing.toRealPath().resolve(existing.relativize(absolute));
  }

  /**
   * Creates and deletes a temporary file beside the output, as the save will: this is the one test
   * that also catches read-only disks and folders the account may not write into.
   */
  private static void probeWritable(Path file, Path parent) {
    Path probe = AtomicFile.tempFileFor(file.toAbsolutePath());
    try {
      Files.createFile(probe);
      Files.delete(probe);
    } catch (IOException e) {
      throw refused(file, "it cannot be written in '" + parent + "' (" + reason(e) + ").");
    }
  }

  private static String reason(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  private static OutputRefusedException refused(Path file, String why) {
    return new OutputRefusedException("Cannot write '" + file + "': " + why);
  }
}
