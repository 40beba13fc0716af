package org.motifworkbench.app.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.motifworkbench.files.AtomicFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files the user opened or saved most recently (data sets and models), newest first, kept in a
 * small text file (one path per line) so the File menu remembers them across starts. A missing or
 * unreadable store is an empty list, never an error: remembering files is a convenience.
 */
public final class RecentFiles {

  static final int MAX = 10;
  private static final Logger LOG = LoggerFactory.getLogger(RecentFiles.class);

  private final Path store;
  private final ObservableList<Path> files = FXCollections.observableArrayList();

  /**
   * @param store the file the list is kept in, or null to keep it for this session only
   */
  public RecentFiles(Path store) {
    this.store = store;
    files.setAll(read(store));
  }

  /** The store in the user's home folder ({@code ~/.motif-workbench/recent-files.txt}). */
  public static RecentFiles inUserHome() {
    String home = System.getProperty("user.home");
    return new RecentFiles(
        home == null ? null : Path.of(home, ".motif-workbench", "recent-files.txt"));
  }

  /** Newest first; at most {@value #MAX}. */
  public ObservableList<Path> files() {
    return FXCollections.unmodifiableObservableList(files);
  }

  /** Puts {@code file} first (moving it up if listed) and saves the list. */
  public void add(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    List<Path> next = new ArrayList<>(files);
    next.remove(absolute);
    next.add(0, absolute);
    while (next.size() > MAX) {
      next.remove(next.size() - 1);
    }
    files.setAll(next);
    save();
  }

  /** Drops {@code file}, e.g. after it turned out to be gone. */
  public void remove(Path file) {
    if (files.remove(file.toAbsolutePath().normalize())) {
      save();
    }
  }

  private void save() {
    if (store == null) {
      return;
    }
    StringBuilder text = new StringBuilder();
    files.forEach(f -> text.append(f).append('\n'));
    try {
      Files.createDirectories(store.toAbsolutePath().getParent());
      AtomicFile.writeString(store, text.toString());
    } catch (IOException | RuntimeException e) {
      LOG.warn("Could not remember recent files in {}", store, e);
    }
  }

  private static List<Path> read(Path store) {
    List<Path> out = new ArrayList<>();
    if (store == null || !Files.isRegularFile(store)) {
      return out;
    }
    try {
      for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
        if (!line.isBlank() && out.size() < MAX) {
          out.add(Path.of(line.strip()));
        }
      }
    } catch (IOException | InvalidPathException e) {
      LOG.warn("Could not read the recent files list {}", store, e);
    }
    return out;
  }
}
