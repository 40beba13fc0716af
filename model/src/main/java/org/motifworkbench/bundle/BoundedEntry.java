package org.motifworkbench.bundle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.motifworkbench.sequence.InvalidInputException;
import org.motifworkbench.sequence.SourceLocation;

/**
 * Reads one zip entry into memory, counting the bytes as they are unpacked and stopping at a cap:
 * the sizes a zip declares are not trusted, so a small file that unpacks to gigabytes is refused
 * instead of filling the memory.
 */
final class BoundedEntry {

  private BoundedEntry() {}

  /** The entry's bytes; a plain error naming the file when it unpacks to more than {@code cap}. */
  static byte[] read(ZipFile zip, ZipEntry entry, long cap, SourceLocation where, String what)
      throws IOException {
    if (entry.getSize() > cap) {
      throw tooLarge(where, entry, entry.getSize(), cap, what);
    }
    ByteArrayOutputStream out =
        new ByteArrayOutputStream((int) Math.min(Math.max(entry.getSize(), 8192), 1 << 20));
    byte[] buffer = new byte[1 << 16];
    long total = 0;
    try (InputStream in = zip.getInputStream(entry)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        total += n;
        if (total > cap) {
          throw tooLarge(where, entry, total, cap, what);
        }
        out.write(buffer, 0, n);
      }
    }
    return out.toByteArray();
  }

  private static InvalidInputException tooLarge(
      SourceLocation where, ZipEntry entry, long size, long cap, String what) {
    return new InvalidInputException(
        where,
        String.format(
            Locale.ROOT,
            "the model file is "
                + "damaged: its entry '%s' unpacks to more than %s; %s cannot take more than %s. It "
                + "may be another file renamed to %s; it was not loaded.",
            entry.getName(),
            megabytes(size),
            what,
            megabytes(cap),
            ModelBundle.EXTENSION));
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
  }
}
