package org.motifworkbench.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Writes a file completely or not at all: the content goes to a hidden temporary file in the same
 * folder ({@code .name.<hex>.tmp}), which is synced to disk and then renamed over the target. A
 * crash or an error leaves the previous file untouched; temporary files a crash left behind are
 * removed at the next save of the same target. The new file gets the folder's usual permissions.
 */
public final class AtomicFile {

  /**
   * Temporary files younger than this may belong to a save still running in another process (the
   * app and the command line writing one file): a live save writes to its file at least this often.
   */
  static final Duration LEFTOVER_AGE = Duration.ofMinutes(5);

  /** Writes the content of a file to a stream. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Opens the temporary file for writing; tests pass one that records the sync. */
  @FunctionalInterface
  interface ChannelOpener {
    FileChannel open(Path temp) throws IOException;
  }

  private AtomicFile() {}

  public static void write(Path target, Content content) throws IOException {
    write(
        target,
        content,
        temp -> FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
  }

  static void write(Path target, Content content, ChannelOpener opener) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Files.createDirectories(dir);
    removeLeftovers(absolute);
    Path temp = tempFileFor(absolute);
    try {
      try (FileChannel channel = opener.open(temp)) {
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        content.writeTo(out);
        out.flush();
        // without this, a power cut shortly after the rename can leave an empty or partial file
        // under the target's name on file systems that reorder metadata and data writes
        channel.force(true);
      }
      try {
        Files.move(
            temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  public static void writeString(Path target, String text) throws IOException {
    write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** A new temporary file name beside {@code absolute}, in the pattern leftovers are known by. */
  static Path tempFileFor(Path absolute) {
    return absolute.resolveSibling(
        "."
            + absolute.getFileName()
            + "."
            + Long.toHexString(ThreadLocalRandom.current().nextLong())
            + ".tmp");
  }

  private static Pattern tempPattern(Path target) {
    return Pattern.compile(
        "\\." + Pattern.quote(target.getFileName().toString()) + "\\.[0-9a-f]{1,16}\\.tmp");
  }

  /** Deletes temporary files of earlier, interrupted saves of {@code target}. */
  private static void removeLeftovers(Path target) throws IOException {
    Pattern pattern = tempPattern(target);
    Instant cutoff = Instant.now().minus(LEFTOVER_AGE);
    DirectoryStream.Filter<Path> leftover =
        p ->
            pattern.matcher(p.getFileName().toString()).matches()
                && Files.isRegularFile(p)
                && Files.getLastModifiedTime(p).toInstant().isBefore(cutoff);
    try (DirectoryStream<Path> found = Files.newDirectoryStream(target.getParent(), leftover)) {
      for (Path p : found) {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          // a leftover we may not delete must not stop the save; it is retried next time
        }
      }
    }
  }
}
