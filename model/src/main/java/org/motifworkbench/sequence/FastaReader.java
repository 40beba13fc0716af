package org.motifworkbench.sequence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Streams {@link SequenceRecord}s from a FASTA file, plain or gzip-compressed, one record at a
 * time, so files of any size can be read; errors name the file, line and column at fault.
 */
public final class FastaReader implements Iterator<SequenceRecord>, AutoCloseable {

  private static final int BUFFER_SIZE = 1 << 20;
  private static final int MAX_RECORD_LENGTH = Integer.MAX_VALUE - 8;

  /** Far above any real header; a longer "header" is a file without line breaks, not FASTA. */
  private static final int MAX_HEADER_LENGTH = 1 << 20;

  private static final byte INVALID = 0;
  private static final byte BASE = 1;
  private static final byte SPACE = 2;
  private static final byte CR = 3;
  private static final byte NEWLINE = 4;
  private static final byte[] KIND = kinds();

  /** The ASCII characters {@link Character#isWhitespace} accepts, by code. */
  private static final boolean[] ASCII_SPACE = asciiSpaces();

  private final InputStream in;
  private final String name;
  private final boolean skipEmptyRecords;
  private final byte[] buf = new byte[BUFFER_SIZE];
  private final List<InputWarning> warnings = new ArrayList<>();

  /** Ids seen so far, to reject a repeated one; null when repeats are allowed. */
  private final IdRegistry ids;

  private int pos;
  private int limit;
  private long bufStart;
  private boolean eof;
  private int line = 1;
  private long lineStartOffset;
  private boolean atLineStart = true;
  private boolean sawCr;
  private boolean warnedCr;

  private byte[] seq = new byte[1 << 16];
  private int seqLen;
  private byte[] header = new byte[256];

  private boolean started;
  private boolean hasPendingHeader;
  private String pendingId;
  private String pendingDescription;
  private int pendingLine;
  private SequenceRecord lookahead;
  private boolean finished;
  private long recordsRead;

  private FastaReader(InputStream in, String name, boolean skipEmptyRecords, boolean uniqueIds) {
    this.in = in;
    this.name = name;
    this.skipEmptyRecords = skipEmptyRecords;
    this.ids = uniqueIds ? new IdRegistry() : null;
  }

  /** Opens a FASTA file; gzip compression is detected from the content, not the file name. */
  public static FastaReader open(Path file) {
    return open(file, true);
  }

  /**
   * Reads FASTA from a stream (plain or gzip); {@code name} names the source in messages. The
   * reader closes the stream when it is closed.
   */
  public static FastaReader of(InputStream in, String name) {
    return new FastaReader(InputFiles.open(in, name, "FASTA"), name, true, true);
  }

  /**
   * Opens a FASTA file; with {@code skipEmptyRecords} false, records without bases are returned
   * (with empty bases) instead of skipped, so they can be matched with a separate labels file.
   */
  static FastaReader open(Path file, boolean skipEmptyRecords) {
    return new FastaReader(InputFiles.open(file, "FASTA"), file.toString(), skipEmptyRecords, true);
  }

  /**
   * Opens a FASTA file to score its records one by one: as {@link #open(Path)}, but ids are not
   * remembered, so memory stays the same however long the file is, and a repeated id is not an
   * error (each record is scored as its own row). Records without bases are returned too (with
   * empty bases), so every record gets its row and no row shifts.
   */
  public static FastaReader openForScoring(Path file) {
    return new FastaReader(InputFiles.open(file, "FASTA"), file.toString(), false, false);
  }

  /** Reads a whole FASTA file into memory. */
  public static FastaContents readAll(Path file) {
    try (FastaReader reader = open(file)) {
      List<SequenceRecord> records = new ArrayList<>();
      reader.forEachRemaining(records::add);
      return new FastaContents(records, reader.warnings());
    }
  }

  @Override
  public boolean hasNext() {
    if (lookahead == null && !finished) {
      lookahead = readRecord();
      finished = lookahead == null;
    }
    return lookahead != null;
  }

  @Override
  public SequenceRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more records in " + name);
    }
    SequenceRecord record = lookahead;
    lookahead = null;
    return record;
  }

  /** The warnings raised so far (all of them once the last record has been read). */
  public List<InputWarning> warnings() {
    return List.copyOf(warnings);
  }

  /** The file name used in messages. */
  public String sourceName() {
    return name;
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw InputFiles.unreadable(name, e);
    }
  }

  private SequenceRecord readRecord() {
    if (!started) {
      started = true;
      skipToFirstHeader();
    }
    while (hasPendingHeader) {
      hasPendingHeader = false;
      String id = pendingId;
      String description = pendingDescription;
      SourceLocation location = new SourceLocation(name, pendingLine);
      seqLen = 0;
      if (scanSequence()) {
        readHeader();
      }
      warnOnceAboutCr();
      if (seqLen == 0 && skipEmptyRecords) {
        warnings.add(
            new InputWarning(
                location, "the record '" + id + "' has a header but no sequence; it was skipped."));
        continue;
      }
      if (ids != null) {
        ids.add(id, location);
      }
      recordsRead++;
      String bases = new String(seq, 0, seqLen, StandardCharsets.ISO_8859_1);
      return new SequenceRecord(id, description, bases, null, location);
    }
    if (recordsRead == 0) {
      throw new InvalidInputException(
          new SourceLocation(name, 0),
          "the file contains no sequences: every record has a header line but no bases. Check"
              + " that this is the right file.");
    }
    return null;
  }

  /** Skips blank lines up to the first header and reads it; anything else is an error. */
  private void skipToFirstHeader() {
    while (true) {
      if (pos >= limit && !fill()) {
        throw new InvalidInputException(
            new SourceLocation(name, 0),
            "the file contains only blank lines, no sequences. Choose a FASTA file with"
                + " sequences.");
      }
      byte c = buf[pos];
      if (c == '>' && atLineStart) {
        readHeader();
        return;
      }
      if (c == '\n') {
        newLine(pos + 1);
      } else if (c == ' ' || c == '\t' || c == '\r') {
        sawCr |= c == '\r';
        atLineStart = false;
      } else {
        throw dataBeforeHeader(c);
      }
      pos++;
    }
  }

  private InvalidInputException dataBeforeHeader(byte c) {
    String hint =
        c == '@'
            ? " The line starts with '@', so this may be a FASTQ file; convert it to FASTA first"
                + " (for example with 'seqkit fq2fa')."
            : " A FASTA file must start with a header line such as '>sequence1'; add one, or if"
                + " the file holds one sequence per line, load it as a plain sequence list.";
    return new InvalidInputException(
        new SourceLocation(name, line),
        "this line has sequence data before the first header line (a line starting with '>')."
            + hint);
  }

  /**
   * Appends bases to {@code seq} until a header line or the end of the input; returns true when it
   * stopped at a header ({@code buf[pos] == '>'}).
   */
  private boolean scanSequence() {
    while (true) {
      if (pos >= limit && !fill()) {
        return false;
      }
      if (atLineStart && buf[pos] == '>') {
        return true;
      }
      ensureSeqCapacity(seqLen + (limit - pos));
      final byte[] b = buf;
      final byte[] s = seq;
      final int lim = limit;
      int p = pos;
      int n = seqLen;
      final byte[] kinds = KIND;
      while (p < lim) {
        // Copy each run of bases at once: finding its end is one table look-up per byte.
        int run = p;
        while (p < lim && kinds[b[p] & 0xff] == BASE) {
          p++;
        }
        if (p > run) {
          System.arraycopy(b, run, s, n, p - run);
          n += p - run;
          if (p == lim) {
            break;
          }
        }
        byte kind = kinds[b[p] & 0xff];
        if (kind == NEWLINE) {
          p++;
          newLine(p);
          if (p < lim && b[p] == '>') {
            pos = p;
            seqLen = n;
            atLineStart = true;
            return true;
          }
        } else if (kind == SPACE) {
          p++;
        } else if (kind == CR) {
          sawCr = true;
          p++;
        } else {
          pos = p;
          seqLen = n;
          throw invalidCharacter(p);
        }
      }
      pos = p;
      seqLen = n;
      atLineStart = b[p - 1] == '\n';
    }
  }

  private void newLine(int nextLineStart) {
    line++;
    lineStartOffset = bufStart + nextLineStart;
    atLineStart = true;
  }

  private InvalidInputException invalidCharacter(int p) {
    int column = (int) (bufStart + p - lineStartOffset) + 1;
    return BaseLetters.invalidCharacter(
        new SourceLocation(name, line), "column", column, codePointAt(p));
  }

  /** Decodes the UTF-8 character starting at {@code buf[p]} as far as the buffer allows. */
  private int codePointAt(int p) {
    int first = buf[p] & 0xff;
    int extra = first >= 0xf0 ? 3 : first >= 0xe0 ? 2 : first >= 0xc0 ? 1 : 0;
    if (first < 0x80 || extra == 0 || p + extra >= limit) {
      return first;
    }
    String decoded = new String(buf, p, extra + 1, StandardCharsets.UTF_8);
    return decoded.codePointAt(0);
  }

  /** Reads the header line at {@code buf[pos] == '>'} into the pending id and description. */
  private void readHeader() {
    int headerLine = line;
    pos++;
    int n = 0;
    boolean done = false;
    while (!done) {
      if (pos >= limit && !fill()) {
        break;
      }
      int start = pos;
      int p = pos;
      while (p < limit && buf[p] != '\n') {
        p++;
      }
      int len = p - start;
      if (n + len > MAX_HEADER_LENGTH) {
        throw new InvalidInputException(
            new SourceLocation(name, headerLine),
            "this header line is longer than "
                + MAX_HEADER_LENGTH
                + " characters. A FASTA header is one line: '>' and the id, then a description."
                + " Check that this is a FASTA file with line breaks.");
      }
      if (n + len > header.length) {
        header = Arrays.copyOf(header, Math.max(header.length * 2, n + len));
      }
      System.arraycopy(buf, start, header, n, len);
      n += len;
      if (p < limit) {
        pos = p + 1;
        newLine(pos);
        done = true;
      } else {
        pos = p;
      }
    }
    atLineStart = true;
    if (n > 0 && header[n - 1] == '\r') {
      sawCr = true;
      n--;
    }
    if (!splitAsciiHeader(n)) {
      splitHeader(new String(header, 0, n, StandardCharsets.UTF_8), headerLine);
    }
    pendingLine = headerLine;
    hasPendingHeader = true;
  }

  /**
   * Splits an all-ASCII header straight from its bytes into the pending id and description, with
   * the same rules as {@link #splitHeader}; returns false for other headers (left to that method).
   */
  private boolean splitAsciiHeader(int n) {
    final byte[] h = header;
    int start = 0;
    int idEnd = -1;
    int end = 0;
    for (int i = 0; i < n; i++) {
      int c = h[i];
      if (c < 0 || c == '\r') {
        return false;
      }
      if (ASCII_SPACE[c]) {
        if (start == i) {
          start++;
        } else if (idEnd < 0) {
          idEnd = i;
        }
      } else {
        end = i + 1;
      }
    }
    if (start >= end) {
      return false;
    }
    if (idEnd < 0) {
      idEnd = end;
    }
    int description = idEnd;
    while (description < end && ASCII_SPACE[h[description]]) {
      description++;
    }
    pendingId = new String(h, start, idEnd - start, StandardCharsets.ISO_8859_1);
    pendingDescription =
        description == end
            ? ""
            : new String(h, description, end - description, StandardCharsets.ISO_8859_1);
    return true;
  }

  /** Splits a header's text (without '>') into the pending id and description, or rejects it. */
  private void splitHeader(String text, int headerLine) {
    SourceLocation location = new SourceLocation(name, headerLine);
    if (text.indexOf('\r') >= 0) {
      throw new InvalidInputException(
          location,
          "the file uses old Mac line ends (carriage returns only), so it reads as one long line."
              + " Save it with Unix (LF) or Windows (CRLF) line ends, then load it again.");
    }
    text = text.strip();
    int space = 0;
    while (space < text.length() && !Character.isWhitespace(text.charAt(space))) {
      space++;
    }
    if (space == 0) {
      throw new InvalidInputException(
          location,
          "this header line has no sequence id. Write an id right after '>' (for example"
              + " '>seq1'), then load the file again.");
    }
    pendingId = text.substring(0, space);
    pendingDescription = text.substring(space).strip();
  }

  private void warnOnceAboutCr() {
    if (sawCr && !warnedCr) {
      warnedCr = true;
      warnings.add(
          new InputWarning(
              new SourceLocation(name, 0),
              "the file has Windows (CRLF) line ends; they were accepted."));
    }
  }

  private boolean fill() {
    if (eof) {
      return false;
    }
    bufStart += limit;
    pos = 0;
    limit = 0;
    try {
      int read;
      do {
        read = in.read(buf, 0, buf.length);
      } while (read == 0);
      if (read < 0) {
        eof = true;
        return false;
      }
      limit = read;
      return true;
    } catch (IOException e) {
      throw InputFiles.unreadable(name, e);
    }
  }

  private void ensureSeqCapacity(int needed) {
    if (needed > seq.length) {
      if (needed > MAX_RECORD_LENGTH) {
        throw new InvalidInputException(
            new SourceLocation(name, pendingLine),
            "this record is longer than "
                + MAX_RECORD_LENGTH
                + " bases, more than can be held"
                + " in memory as one sequence. Split it into smaller pieces first.");
      }
      long grown = Math.max((long) seq.length * 2, needed);
      seq = Arrays.copyOf(seq, (int) Math.min(grown, MAX_RECORD_LENGTH));
    }
  }

  private static boolean[] asciiSpaces() {
    boolean[] spaces = new boolean[128];
    for (int c = 0; c < 128; c++) {
      spaces[c] = Character.isWhitespace(c);
    }
    return spaces;
  }

  private static byte[] kinds() {
    byte[] kinds = new byte[256];
    for (int c = 0; c < 256; c++) {
      kinds[c] = BaseLetters.isValid(c) ? BASE : INVALID;
    }
    kinds[' '] = SPACE;
    kinds['\t'] = SPACE;
    kinds['\r'] = CR;
    kinds['\n'] = NEWLINE;
    return kinds;
  }
}
