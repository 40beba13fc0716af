package org.motifworkbench.app.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each purpose's chooser starts where it was left, after a restart too, unless that is gone. */
class LastFoldersTest {

  @TempDir Path dir;

  @Test
  void aFolderChosenBeforeARestartIsWhereTheChooserStarts() throws IOException {
    Path home = Files.createDirectories(dir.resolve("home"));
    Path figures = Files.createDirectories(dir.resolve("paper").resolve("figures"));
    Path data = Files.createDirectories(dir.resolve("data"));
    FolderStore store = FolderStore.inMemory();
    LastFolders first = new LastFolders(store, home);
    first.remember(Purpose.FIGURE, figures);
    first.remember(Purpose.DATA, data);

    LastFolders afterRestart = new LastFolders(store, home);
    assertEquals(Optional.of(figures), afterRestart.startFolder(Purpose.FIGURE));
    assertEquals(Optional.of(data), afterRestart.startFolder(Purpose.DATA));
    // a purpose never used starts in the data folder, where the user's work usually is
    assertEquals(Optional.of(data), afterRestart.startFolder(Purpose.MODEL));
  }

  @Test
  void aFolderThatNoLongerExistsFallsBackToTheHomeFolder() throws IOException {
    Path home = Files.createDirectories(dir.resolve("home"));
    Path gone = Files.createDirectories(dir.resolve("usb-stick"));
    FolderStore store = FolderStore.inMemory();
    new LastFolders(store, home).remember(Purpose.FIGURE, gone);
    new LastFolders(store, home).remember(Purpose.DATA, gone.resolve("never-made"));
    Files.delete(gone);

    LastFolders afterRestart = new LastFolders(store, home);
    assertEquals(Optional.of(home), afterRestart.startFolder(Purpose.FIGURE));
    assertEquals(Optional.of(home), afterRestart.startFolder(Purpose.DATA));
    assertEquals(Optional.empty(), new LastFolders(store, null).startFolder(Purpose.FIGURE));
  }

  @Test
  void onlyAChangeIsWrittenAndPathsAreKeptAbsolute() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("results"));
    RecordingStore store = new RecordingStore();
    LastFolders folders = new LastFolders(store, dir);
    folders.remember(Purpose.RESULTS, folder.resolve("..").resolve("results"));
    folders.remember(Purpose.RESULTS, folder);
    folders.remember(Purpose.RESULTS, null);

    assertEquals(List.of(Map.of(Purpose.RESULTS, folder.toAbsolutePath())), store.writes);
  }

  @Test
  void theFileStoreKeepsEveryPurposeAndIgnoresWhatItCannotRead() throws IOException {
    Path file = dir.resolve("config").resolve("last-folders.properties");
    Path withSpaces = Files.createDirectories(dir.resolve("my figures"));
    Path data = Files.createDirectories(dir.resolve("data"));
    new LastFolders(new FolderFile(file), dir).remember(Purpose.FIGURE, withSpaces);
    new LastFolders(new FolderFile(file), dir).remember(Purpose.DATA, data);

    assertEquals(
        Map.of(Purpose.FIGURE, withSpaces.toAbsolutePath(), Purpose.DATA, data.toAbsolutePath()),
        new FolderFile(file).read());
    String text = Files.readString(file);
    assertTrue(text.contains("figure="), text);

    Files.writeString(file, "figure=" + data + "\nnot-a-purpose=/tmp\nmodel=\n");
    assertEquals(Map.of(Purpose.FIGURE, data), new FolderFile(file).read());
    assertEquals(Map.of(), new FolderFile(dir.resolve("missing.properties")).read());
  }

  /** Records what would be kept, for checking when the store is written. */
  private static final class RecordingStore implements FolderStore {
    final List<Map<Purpose, Path>> writes = new java.util.ArrayList<>();

    @Override
    public Map<Purpose, Path> read() {
      return Map.of();
    }

    @Override
    public void write(Map<Purpose, Path> folders) {
      writes.add(Map.copyOf(folders));
    }
  }
}
