package org.motifworkbench.app.dialog;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where the last folder of each {@link Purpose} is kept between starts: a file in the user's home
 * folder ({@link FolderFile}), or memory only, for tests and sessions that must not leave a trace.
 */
public interface FolderStore {

  /** The folders kept so far; empty when none (or the store cannot be read). */
  Map<Purpose, Path> read();

  /** Keeps {@code folders}, replacing what was kept; a failure is logged, never thrown. */
  void write(Map<Purpose, Path> folders);

  /** A store that forgets everything when the app closes. */
  static FolderStore inMemory() {
    Map<Purpose, Path> kept = new EnumMap<>(Purpose.class);
    return new FolderStore() {
      @Override
      public Map<Purpose, Path> read() {
        return Map.copyOf(kept);
      }

      @Override
      public void write(Map<Purpose, Path> folders) {
        kept.clear();
        kept.putAll(folders);
      }
    };
  }
}
