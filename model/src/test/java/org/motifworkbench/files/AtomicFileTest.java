package org.motifworkbench.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

  @TempDir Path dir;

  @Test
  void writesTheWholeFile() throws IOException {
    Path target = dir.resolve("sub").resolve("a.txt");
    AtomicFile.writeString(target, "hello");
    assertEquals("hello", Files.readString(target));
    AtomicFile.writeString(target, "again");
    assertEquals("again", Files.readString(target));
  }

  @Test
  void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path target = dir.resolve("model.mwb");
    AtomicFile.writeString(target, "old");
    assertThrows(
        IOException.class,
        () ->
            AtomicFile.write(
                target,
                out -> {
                  out.write("half of the new".getBytes(StandardCharsets.UTF_8));
                  throw new IOException("disk full");
                }));
    assertEquals("old", Files.readString(target));
    try (var files = Files.list(dir)) {
      assertEquals(List.of(target), files.toList());
    }
  }

  @Test
  void theTemporaryFileIsSyncedWithAllItsBytesBeforeTheRename() throws IOException {
    Path target = dir.resolve("model.mwb");
    AtomicFile.writeString(target, "old");
    List<String> events = new ArrayList<>();
    AtomicFile.write(
        target,
        out -> out.write(new byte[100_000]),
        temp ->
            new RecordingChannel(
                FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                events,
                target));
    assertEquals(List.of("force(true) at 100000 bytes, target still old"), events);
    assertEquals(100_000, Files.size(target));
  }

  @Test
  void leftoversOfInterruptedSavesOfTheTargetAreRemoved() throws IOException {
    Path target = dir.resolve("model.mwb");
    Instant old = Instant.now().minus(AtomicFile.LEFTOVER_AGE).minusSeconds(60);
    Path crashed = aged(dir.resolve(".model.mwb.1f2e3d4c5b6a7988.tmp"), old);
    Path probe = aged(dir.resolve(".model.mwb.0.tmp"), old);
    Path running = aged(dir.resolve(".model.mwb.77aa.tmp"), Instant.now());
    Path otherTarget = aged(dir.resolve(".other.mwb.1f2e3d4c5b6a7988.tmp"), old);
    Path notOurs = aged(dir.resolve(".model.mwb.backup.tmp"), old);
    AtomicFile.writeString(target, "new");
    try (var files = Files.list(dir)) {
      Set<Path> left = files.collect(Collectors.toSet());
      assertEquals(
          Set.of(target, running, otherTarget, notOurs),
          left,
          "a save still running elsewhere, other files' and foreign files are kept");
    }
    assertTrue(Files.notExists(crashed) && Files.notExists(probe));
  }

  private static Path aged(Path file, Instant modified) throws IOException {
    Files.writeString(file, "partial");
    Files.setLastModifiedTime(file, FileTime.from(modified));
    return file;
  }

  /** A file channel that notes when it is synced, how much it holds and what the target holds. */
  private static final class RecordingChannel extends FileChannel {
    private final FileChannel inner;
    private final List<String> events;
    private final Path target;

    RecordingChannel(FileChannel inner, List<String> events, Path target) {
      this.inner = inner;
      this.events = events;
      this.target = target;
    }

    @Override
    public void force(boolean metaData) throws IOException {
      inner.force(metaData);
      events.add(
          "force("
              + metaData
              + ") at "
              + inner.size()
              + " bytes, target still "
              + Files.readString(target));
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
      return inner.read(dst);
    }

    @Override
    public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
      return inner.read(dsts, offset, length);
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
      return inner.write(src);
    }

    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
      return inner.write(srcs, offset, length);
    }

    @Override
    public long position() throws IOException {
      return inner.position();
    }

    @Override
    public FileChannel position(long newPosition) throws IOException {
      inner.position(newPosition);
      return this;
    }

    @Override
    public long size() throws IOException {
      return inner.size();
    }

    @Override
    public FileChannel truncate(long size) throws IOException {
      inner.truncate(size);
      return this;
    }

    @Override
    public long transferTo(long position, long count, WritableByteChannel target)
        throws IOException {
      return inner.transferTo(position, count, target);
    }

    @Override
    public long transferFrom(ReadableByteChannel src, long position, long count)
        throws IOException {
      return inner.transferFrom(src, position, count);
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
      return inner.read(dst, position);
    }

    @Override
    public int write(ByteBuffer src, long position) throws IOException {
      return inner.write(src, position);
    }

    @Override
    public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
      return inner.map(mode, position, size);
    }

    @Override
    public FileLock lock(long position, long size, boolean shared) throws IOException {
      return inner.lock(position, size, shared);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
      return inner.tryLock(position, size, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
      inner.close();
    }
  }
}
