package org.motifworkbench.sequence;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Opens user input files: detects gzip by its magic bytes, skips a UTF-8 byte order mark, and
 * rejects empty and binary files with a message saying what the file seems to be.
 */
final class InputFiles {

  /** How much of the (decompressed) start of a file is inspected for binary content. */
  static final int SNIFF_BYTES = 8192;

  private static final int BUFFER = 1 << 16;

  private InputFiles() {}

  /**
   * Opens a file holding text of the given kind (e.g. "FASTA", "labels"), decompressing gzip. The
   * stream is positioned at the first character of the text.
   */
  static InputStream open(Path file, String kind) {
    if (Files.isDirectory(file)) {
      // on Linux a folder opens like a file and fails only on the first read
      throw new InvalidInputException(
          new SourceLocation(file.toString(), 0),
          "this is a folder, not a file. Choose a " + kind + " file inside it.");
    }
    InputStream raw;
    try {
      raw = Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(
          new SourceLocation(file.toString(), 0),
          "the file does not exist. Check the name and folder, then choose it again.",
          e);
    } catch (AccessDeniedException e) {
      throw new InvalidInputException(
          new SourceLocation(file.toString(), 0),
          "the file cannot be read (permission denied). Check its permissions or copy it to a"
              + " folder you own.",
          e);
    } catch (IOException e) {
      throw new InvalidInputException(
          new SourceLocation(file.toString(), 0),
          "the file cannot be opened (" + e.getMessage() + "). Check the name and permissions.",
          e);
    }
    try {
      return open(raw, file.toString(), kind);
    } catch (RuntimeException e) {
      closeQuietly(raw, e);
      throw e;
    }
  }

  /** As {@link #open(Path, String)}, for a stream already open; {@code name} names it in errors. */
  static InputStream open(InputStream raw, String name, String kind) {
    SourceLocation where = new SourceLocation(name, 0);
    try {
      BufferedInputStream in = new BufferedInputStream(raw, BUFFER);
      byte[] magic = peek(in, 2);
      if (magic.length == 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
        in = new BufferedInputStream(new GZIPInputStream(in, BUFFER), BUFFER);
      }
      byte[] head = peek(in, SNIFF_BYTES);
      if (head.length == 0) {
        throw new InvalidInputException(
            where, "the file is empty. Choose a " + kind + " file that contains data.");
      }
      String binary = BinarySniffer.describeBinary(head);
      if (binary != null) {
        throw new InvalidInputException(
            where,
            "this is not a "
                + kind
                + " text file: "
                + binary
                + ". Choose the plain-text "
                + kind
                + " file itself (it may be gzip-compressed); if it is inside an archive, extract"
                + " it first.");
      }
      if (head.length >= 3
          && (head[0] & 0xff) == 0xef
          && (head[1] & 0xff) == 0xbb
          && (head[2] & 0xff) == 0xbf) {
        in.skipNBytes(3);
      }
      return in;
    } catch (IOException e) {
      throw unreadable(name, e);
    }
  }

  /** A line reader over a text file of the given kind, as UTF-8. */
  static BufferedReader openText(Path file, String kind) {
    return new BufferedReader(
        new InputStreamReader(open(file, kind), StandardCharsets.UTF_8), BUFFER);
  }

  /** The error for a read failure: a damaged gzip file is the user's to fix, the rest is ours. */
  static RuntimeException unreadable(String name, IOException e) {
    if (e instanceof java.util.zip.ZipException || e instanceof java.io.EOFException) {
      return new InvalidInputException(
          new SourceLocation(name, 0),
          "the compressed (gzip) file is damaged or incomplete ("
              + e.getMessage()
              + "). Download"
              + " or copy it again, or decompress it with another tool to check it.",
          e);
    }
    return new UncheckedIOException("Could not read " + name + ": " + e.getMessage(), e);
  }

  private static byte[] peek(BufferedInputStream in, int n) throws IOException {
    in.mark(n);
    byte[] head = in.readNBytes(n);
    in.reset();
    return head;
  }

  private static void closeQuietly(InputStream in, Exception primary) {
    try {
      in.close();
    } catch (IOException suppressed) {
      primary.addSuppressed(suppressed);
    }
  }
}
