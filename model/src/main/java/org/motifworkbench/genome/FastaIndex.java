package org.motifworkbench.genome;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.motifworkbench.files.AtomicFile;
import org.motifworkbench.sequence.InvalidInputException;
import org.motifworkbench.sequence.SourceLocation;

/**
 * A FASTA index in samtools' {@code .fai} format: per sequence its name, length, the byte offset of
 * its first base and its line layout, so that any stretch is read with one seek. Built as samtools
 * faidx builds it, and as strict: inside a sequence every line but the last must have the same
 * length, else offsets would point at the wrong bases (the line at fault is named).
 */
final class FastaIndex {

  /** One sequence: offsets are in the uncompressed bytes of the file. */
  record Entry(String name, long length, long offset, int lineBases, int lineBytes) {

    /** The byte offset of base i (0-based) of this sequence. */
    long byteOf(long i) {
      return lineBases == 0 ? offset : offset + (i / lineBases) * lineBytes + i % lineBases;
    }
  }

  private final Map<String, Entry> entries;

  private FastaIndex(Map<String, Entry> entries) {
    this.entries = entries;
  }

  List<Entry> entries() {
    return new ArrayList<>(entries.values());
  }

  Entry entry(String name) {
    return entries.get(name);
  }

  /** Reads the whole FASTA text once and indexes it; {@code file} names it in errors. */
  static FastaIndex build(InputStream raw, Path file) throws IOException {
    Map<String, Entry> entries = new LinkedHashMap<>();
    InputStream in = new BufferedInputStream(raw, 1 << 16);
    long pos = 0;
    int lineNumber = 0;
    String name = null;
    int nameLine = 0;
    long offset = 0;
    long length = 0;
    int lineBases = -1;
    int lineBytes = -1;
    boolean shortLineSeen = false;
    int shortLine = 0;
    byte[] buffer = new byte[1 << 16];
    StringBuilder header = null;
    int bases = 0;
    int bytes = 0;
    boolean atLineStart = true;
    while (true) {
      int n = in.read(buffer);
      if (n < 0) {
        break;
      }
      for (int i = 0; i < n; i++) {
        byte b = buffer[i];
        pos++;
        if (atLineStart) {
          lineNumber++;
          atLineStart = false;
          bases = 0;
          bytes = 0;
          if (b == '>') {
            if (name != null) {
              put(entries, file, nameLine, name, length, offset, lineBases, lineBytes);
            }
            header = new StringBuilder();
            continue;
          }
          if (name == null && header == null && b != '\n' && b != '\r') {
            throw new InvalidInputException(
                new SourceLocation(file.toString(), lineNumber),
                "a FASTA genome starts with a '>' header line; this line holds something else.");
          }
        }
        if (header != null) {
          if (b == '\n') {
            name = firstWord(header.toString());
            if (name.isEmpty()) {
              throw new InvalidInputException(
                  new SourceLocation(file.toString(), lineNumber), "the header has no name.");
            }
            nameLine = lineNumber;
            header = null;
            offset = pos;
            length = 0;
            lineBases = -1;
            lineBytes = -1;
            shortLineSeen = false;
            atLineStart = true;
          } else if (b != '\r') {
            header.append((char) (b & 0xff));
          }
          continue;
        }
        bytes++;
        if (b == '\n') {
          atLineStart = true;
          if (bases == 0) {
            if (length == 0) {
              offset = pos; // a blank line before the first bases: they start after it
            } else if (!shortLineSeen) {
              shortLineSeen = true;
              shortLine = lineNumber;
            }
            continue;
          }
          if (shortLineSeen) {
            throw ragged(file, shortLine, lineBases);
          }
          if (lineBases < 0) {
            lineBases = bases;
            lineBytes = bytes;
          } else if (bases > lineBases || bytes - bases != lineBytes - lineBases) {
            throw ragged(file, lineNumber, lineBases);
          } else if (bases < lineBases) {
            shortLineSeen = true;
            shortLine = lineNumber;
          }
          length += bases;
        } else if (b != '\r') {
          bases++;
        }
      }
    }
    if (header != null) {
      throw new InvalidInputException(
          new SourceLocation(file.toString(), lineNumber), "the file ends inside a header line.");
    }
    if (!atLineStart && bases > 0) {
      // A last line without a line break.
      if (shortLineSeen) {
        throw ragged(file, shortLine, lineBases);
      }
      if (lineBases < 0) {
        lineBases = bases;
        lineBytes = bases + 1;
      } else if (bases > lineBases) {
        throw ragged(file, lineNumber, lineBases);
      }
      length += bases;
    }
    if (name != null) {
      put(entries, file, nameLine, name, length, offset, lineBases, lineBytes);
    }
    if (entries.isEmpty()) {
      throw new InvalidInputException(
          new SourceLocation(file.toString(), 1),
          "holds no FASTA sequence (a genome file starts with a '>' header line).");
    }
    return new FastaIndex(entries);
  }

  private static InvalidInputException ragged(Path file, int line, int lineBases) {
    return new InvalidInputException(
        new SourceLocation(file.toString(), line),
        "this line breaks the sequence's line length of "
            + lineBases
            + " bases: inside each sequence every line but the last must have the same length, as"
            + " samtools faidx requires. Rewrite the file with fixed-width lines (for example"
            + " seqkit seq -w 60).");
  }

  private static void put(
      Map<String, Entry> entries,
      Path file,
      int line,
      String name,
      long length,
      long offset,
      int lineBases,
      int lineBytes) {
    if (entries.containsKey(name)) {
      throw new InvalidInputException(
          new SourceLocation(file.toString(), line),
          "the sequence name '" + name + "' appears twice; each chromosome needs its own name.");
    }
    entries.put(
        name, new Entry(name, length, offset, Math.max(0, lineBases), Math.max(0, lineBytes)));
  }

  private static String firstWord(String header) {
    String h = header.strip();
    int space = 0;
    while (space < h.length() && !Character.isWhitespace(h.charAt(space))) {
      space++;
    }
    return h.substring(0, space);
  }

  /** Reads a {@code .fai} file (name, length, offset, line bases, line bytes, tab-separated). */
  static FastaIndex read(Path fai) throws IOException {
    Map<String, Entry> entries = new LinkedHashMap<>();
    try (BufferedReader r = Files.newBufferedReader(fai, StandardCharsets.US_ASCII)) {
      String line;
      int number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t");
        try {
          entries.put(
              f[0],
              new Entry(
                  f[0],
                  Long.parseLong(f[1]),
                  Long.parseLong(f[2]),
                  Integer.parseInt(f[3]),
                  Integer.parseInt(f[4])));
        } catch (RuntimeException e) {
          throw new InvalidInputException(
              new SourceLocation(fai.toString(), number),
              "not a FASTA index line (name, length, offset, line bases, line bytes); delete the"
                  + " .fai file and it will be rebuilt.");
        }
      }
    }
    return new FastaIndex(entries);
  }

  /** Writes the index as samtools does, atomically. */
  void write(Path fai) throws IOException {
    StringBuilder text = new StringBuilder();
    for (Entry e : entries.values()) {
      text.append(
          String.format(
              Locale.ROOT,
              "%s\t%d\t%d\t%d\t%d%n",
              e.name(),
              e.length(),
              e.offset(),
              e.lineBases(),
              e.lineBytes()));
    }
    AtomicFile.writeString(fai, text.toString());
  }
}
