package org.motifworkbench.app.dialog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The folder each file chooser starts in: the one chosen last for its {@link Purpose}, else the
 * data folder (where the user's work usually is), else the home folder. Every change is kept in a
 * {@link FolderStore}, so the choosers start where the user left them after a restart too. A
 * remembered folder that no longer exists is passed over.
 */
public final class LastFolders {

  private final FolderStore store;
  private final Path home;
  private final Map<Purpose, Path> folders = new EnumMap<>(Purpose.class);

  /**
   * @param store where the folders are kept between starts
   * @param home the last resort, the user's home folder; null for none
   */
  public LastFolders(FolderStore store, Path home) {
    this.store = store;
    this.home = home;
    folders.putAll(store.read());
  }

  /** Folders kept in memory only, falling back to the home folder (tests, a throwaway session). */
  public static LastFolders forSession() {
    return new LastFolders(FolderStore.inMemory(), userHome());
  }

  /** Folders kept in the user's home folder across starts. */
  public static LastFolders inUserHome() {
    return new LastFolders(FolderFile.inUserHome(), userHome());
  }

  /** Makes {@code folder} the start for {@code purpose} from now on, also after a restart. */
  public void remember(Purpose purpose, Path folder) {
    if (folder == null) {
      return;
    }
    Path absolute = folder.toAbsolutePath().normalize();
    if (!absolute.equals(folders.put(purpose, absolute))) {
      store.write(new EnumMap<>(folders));
    }
  }

  /** Where a chooser for {@code purpose} starts; empty when not even the home folder exists. */
  public Optional<Path> startFolder(Purpose purpose) {
    return Stream.of(folders.get(purpose), folders.get(Purpose.DATA), home)
        .filter(folder -> folder != null && Files.isDirectory(folder))
        .findFirst();
  }

  private static Path userHome() {
    String home = System.getProperty("user.home");
    return home == null ? null : Path.of(home);
  }
}
