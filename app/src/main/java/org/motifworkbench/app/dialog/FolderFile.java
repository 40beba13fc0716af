package org.motifworkbench.app.dialog;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.motifworkbench.files.AtomicFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last folders in a small properties file ({@code ~/.motif-workbench/last-folders.properties},
 * one line per purpose, e.g. {@code figure=/home/ana/paper/figures}), beside the recent files and
 * the lesson progress. A missing or unreadable file is an empty store, never an error: remembering
 * folders is a convenience.
 */
public final class FolderFile implements FolderStore {

  private static final Logger LOG = LoggerFactory.getLogger(FolderFile.class);

  private final Path file;

  /**
   * @param file the properties file; its folder is created on the first write
   */
  public FolderFile(Path file) {
    this.file = file;
  }

  /** The store in the user's home folder, or memory only when there is no home folder. */
  public static FolderStore inUserHome() {
    String home = System.getProperty("user.home");
    return home == null
        ? FolderStore.inMemory()
        : new FolderFile(Path.of(home, ".motif-workbench", "last-folders.properties"));
  }

  @Override
  public Map<Purpose, Path> read() {
    Map<Purpose, Path> folders = new EnumMap<>(Purpose.class);
    if (!Files.isRegularFile(file)) {
      return folders;
    }
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
    } catch (IOException | IllegalArgumentException e) {
      LOG.warn("Could not read the last folders from {}; starting afresh", file, e);
      return folders;
    }
    for (Purpose purpose : Purpose.values()) {
      String folder = properties.getProperty(key(purpose));
      if (folder != null && !folder.isBlank()) {
        try {
          folders.put(purpose, Path.of(folder.strip()));
        } catch (InvalidPathException e) {
          LOG.warn("Ignoring the last {} folder {} in {}", key(purpose), folder, file, e);
        }
      }
    }
    return folders;
  }

  @Override
  public void write(Map<Purpose, Path> folders) {
    Properties properties = new Properties();
    folders.forEach((purpose, folder) -> properties.setProperty(key(purpose), folder.toString()));
    StringWriter text = new StringWriter();
    try {
      properties.store(text, "Motif Workbench: the folder each file chooser starts in");
      Files.createDirectories(file.toAbsolutePath().getParent());
      AtomicFile.writeString(file, text.toString());
    } catch (IOException | RuntimeException e) {
      LOG.warn("Could not remember the last folders in {}", file, e);
    }
  }

  private static String key(Purpose purpose) {
    return purpose.name().toLowerCase(Locale.ROOT);
  }
}
