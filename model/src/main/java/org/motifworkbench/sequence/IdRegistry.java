package org.motifworkbench.sequence;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Remembers the sequence ids of one input and rejects an id seen before, naming both lines.
 *
 * <p>A file may hold millions of ids, and a map of strings costs over 100 bytes per id (about 1 GB
 * for ten million). Ids are therefore kept as UTF-8 bytes in large arrays, with an open-addressing
 * table of their hashes: about 40 bytes per short id, and the check stays exact.
 */
final class IdRegistry {

  private static final int CHUNK_BITS = 20;
  private static final int CHUNK_SIZE = 1 << CHUNK_BITS;

  /** Keeps positions below 2^31 (2 GB of ids); later ids go to the fallback map. */
  private static final int MAX_CHUNKS = (1 << (31 - CHUNK_BITS)) - 1;

  /** Longer ids (rare) go to the fallback map, so a stored id always fits one chunk. */
  private static final int MAX_COMPACT_BYTES = 1 << 12;

  /** Per slot: the id's hash (high 32 bits) and its position in the chunks + 1 (low 32 bits). */
  private long[] slots = new long[1 << 10];

  private int size;

  /** Each id as: first line (4 bytes), length in bytes (2 bytes), the UTF-8 bytes. */
  private byte[][] chunks = new byte[0][];

  private int chunkUsed = CHUNK_SIZE;
  private final Map<String, Integer> fallback = new HashMap<>();

  /** Records the id; throws when the same id was already seen in this input. */
  void add(String id, SourceLocation location) {
    int previous = firstLineOf(id, location.line());
    if (previous >= 0) {
      throw new InvalidInputException(
          location,
          "the sequence id '"
              + id
              + "' is used twice, first on line "
              + previous
              + " and again on line "
              + location.line()
              + ". Every sequence needs its own id;"
              + " rename or remove one of them, then load the file again.");
    }
  }

  /** The line on which the id was first seen, or -1 after recording it at {@code line}. */
  private int firstLineOf(String id, int line) {
    byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
    int hash = id.hashCode();
    int mask = slots.length - 1;
    int i = spread(hash) & mask;
    for (long slot = slots[i]; slot != 0; slot = slots[i]) {
      if ((int) (slot >>> 32) == hash && sameBytes((int) slot - 1, bytes)) {
        return lineAt((int) slot - 1);
      }
      i = (i + 1) & mask;
    }
    Integer elsewhere = fallback.isEmpty() ? null : fallback.get(id);
    if (elsewhere != null) {
      return elsewhere;
    }
    int position = store(bytes, line);
    if (position < 0) {
      fallback.put(id, line);
      return -1;
    }
    slots[i] = ((long) hash << 32) | (position + 1);
    if (++size * 2 > slots.length) {
      grow();
    }
    return -1;
  }

  /** Appends the id to the chunks; returns its position, or -1 when it belongs in the fallback. */
  private int store(byte[] bytes, int line) {
    int needed = 6 + bytes.length;
    if (bytes.length > MAX_COMPACT_BYTES) {
      return -1;
    }
    if (chunkUsed + needed > CHUNK_SIZE) {
      if (chunks.length == MAX_CHUNKS) {
        return -1;
      }
      chunks = Arrays.copyOf(chunks, chunks.length + 1);
      chunks[chunks.length - 1] = new byte[CHUNK_SIZE];
      chunkUsed = 0;
    }
    byte[] chunk = chunks[chunks.length - 1];
    int at = chunkUsed;
    chunk[at] = (byte) (line >>> 24);
    chunk[at + 1] = (byte) (line >>> 16);
    chunk[at + 2] = (byte) (line >>> 8);
    chunk[at + 3] = (byte) line;
    chunk[at + 4] = (byte) (bytes.length >>> 8);
    chunk[at + 5] = (byte) bytes.length;
    System.arraycopy(bytes, 0, chunk, at + 6, bytes.length);
    chunkUsed += needed;
    return ((chunks.length - 1) << CHUNK_BITS) | at;
  }

  private boolean sameBytes(int position, byte[] bytes) {
    byte[] chunk = chunks[position >>> CHUNK_BITS];
    int at = position & (CHUNK_SIZE - 1);
    int length = ((chunk[at + 4] & 0xff) << 8) | (chunk[at + 5] & 0xff);
    return length == bytes.length
        && Arrays.equals(chunk, at + 6, at + 6 + length, bytes, 0, length);
  }

  private int lineAt(int position) {
    byte[] chunk = chunks[position >>> CHUNK_BITS];
    int at = position & (CHUNK_SIZE - 1);
    return ((chunk[at] & 0xff) << 24)
        | ((chunk[at + 1] & 0xff) << 16)
        | ((chunk[at + 2] & 0xff) << 8)
        | (chunk[at + 3] & 0xff);
  }

  private void grow() {
    long[] bigger = new long[slots.length * 2];
    int mask = bigger.length - 1;
    for (long slot : slots) {
      if (slot != 0) {
        int i = spread((int) (slot >>> 32)) & mask;
        while (bigger[i] != 0) {
          i = (i + 1) & mask;
        }
        bigger[i] = slot;
      }
    }
    slots = bigger;
  }

  /** Mixes the hash so that similar ids (seq1, seq2, ...) spread over the table. */
  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }
}
