package org.motifworkbench.peaks;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.motifworkbench.genome.GenomicInterval;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.sequence.InvalidInputException;
import org.motifworkbench.sequence.SourceLocation;

/**
 * Reads peak and interval files as bedtools and MACS2 write them: BED with 3 or more columns,
 * narrowPeak and broadPeak, plain or gzip-compressed (streamed). {@code track}, {@code browser},
 * {@code #} and blank lines are skipped. Columns are separated by tabs; a line without any tab is
 * split at runs of spaces instead (as the UCSC browser reads hand-written BED), so a name column
 * may hold spaces only in a tab-separated file. A file whose name does not give its format is read
 * as narrowPeak when its first line has exactly 10 columns (ENCODE ships narrowPeak as {@code
 * .bed.gz}; no BED variant has 10 columns), else as BED. Every problem is an {@link
 * InvalidInputException} naming the file and line.
 */
public final class PeakReader {

  private PeakReader() {}

  /** The peaks of one file and the format they were read in. */
  public record PeakFile(Path file, PeakFormat format, List<Peak> peaks) {
    public PeakFile {
      peaks = List.copyOf(peaks);
    }
  }

  /** Reads a peak file, its format taken from its name or its first line. */
  public static PeakFile read(Path file, CancellationToken cancel) {
    return read(file, PeakFormat.fromName(file.getFileName().toString()), cancel);
  }

  /**
   * Reads intervals (a blacklist, say) from a BED file: only the first three columns count, so any
   * BED-like file will do.
   */
  public static List<GenomicInterval> readIntervals(Path file, CancellationToken cancel) {
    return read(file, PeakFormat.BED, cancel).peaks().stream().map(Peak::interval).toList();
  }

  private static PeakFile read(Path file, PeakFormat given, CancellationToken cancel) {
    List<Peak> peaks = new ArrayList<>();
    PeakFormat format = given;
    try (BufferedReader in = open(file)) {
      int number = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        if (number % 100_000 == 0) {
          cancel.throwIfCancelled();
        }
        String text = line.strip();
        if (text.isEmpty()
            || text.startsWith("#")
            || text.startsWith("track")
            || text.startsWith("browser")) {
          continue;
        }
        String[] fields =
            line.indexOf('\t') >= 0 ? stripAll(text.split("\t", -1)) : text.split("\\s+");
        if (format == null) {
          format = fields.length == 10 ? PeakFormat.NARROW_PEAK : PeakFormat.BED;
        }
        peaks.add(parse(fields, format, new SourceLocation(file.toString(), number)));
      }
    } catch (IOException e) {
      throw unreadable(file, e);
    }
    if (peaks.isEmpty()) {
      throw new InvalidInputException(
          new SourceLocation(file.toString(), 0),
          "holds no peaks: every line is empty, a comment, or a track or browser line.");
    }
    return new PeakFile(file, format == null ? PeakFormat.BED : format, peaks);
  }

  private static String[] stripAll(String[] fields) {
    for (int i = 0; i < fields.length; i++) {
      fields[i] = fields[i].strip();
    }
    return fields;
  }

  static Peak parse(String[] fields, PeakFormat format, SourceLocation where) {
    if (fields.length < format.columns()) {
      throw new InvalidInputException(
          where,
          "has "
              + fields.length
              + (fields.length == 1 ? " column" : " columns")
              + "; a "
              + format.title()
              + " line needs "
              + (format == PeakFormat.BED ? "at least 3" : String.valueOf(format.columns()))
              + " (chromosome, start, end"
              + (format == PeakFormat.BED ? "" : ", ...")
              + ") separated by tabs.");
    }
    String contig = fields[0];
    if (contig.isEmpty()) {
      throw new InvalidInputException(where, "the chromosome name (column 1) is empty.");
    }
    long start = coordinate(fields[1], "start", 2, where);
    long end = coordinate(fields[2], "end", 3, where);
    if (end < start) {
      throw new InvalidInputException(
          where,
          "the end ("
              + end
              + ") is before the start ("
              + start
              + "); BED intervals are 0-based with the end after the start.");
    }
    long summit = -1;
    if (format == PeakFormat.NARROW_PEAK) {
      long offset;
      try {
        offset = Long.parseLong(fields[9]);
      } catch (NumberFormatException e) {
        throw new InvalidInputException(
            where,
            "the summit (column 10) '"
                + fields[9]
                + "' is not a whole number; narrowPeak gives it as an offset from the start, or"
                + " -1 for none.");
      }
      if (offset != -1 && (offset < 0 || offset >= end - start)) {
        throw new InvalidInputException(
            where,
            "the summit offset "
                + offset
                + " (column 10) lies outside the peak, which is "
                + (end - start)
                + " bases long; it must be from 0 to "
                + (end - start - 1)
                + ", or -1 for none.");
      }
      summit = offset < 0 ? -1 : start + offset;
    }
    return new Peak(new GenomicInterval(contig, start, end), summit, where.line());
  }

  private static long coordinate(String text, String what, int column, SourceLocation where) {
    try {
      long value = Long.parseLong(text);
      if (value >= 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidInputException(
        where,
        "the "
            + what
            + " (column "
            + column
            + ") '"
            + text
            + "' is not a whole number of 0 or more"
            + (where.line() == 1 ? " (a header line? start it with #)." : "."));
  }

  private static BufferedReader open(Path file) {
    SourceLocation where = new SourceLocation(file.toString(), 0);
    if (Files.isDirectory(file)) {
      throw new InvalidInputException(where, "this is a folder, not a peak or BED file.");
    }
    try {
      InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
      in.mark(2);
      boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
      in.reset();
      if (gzip) {
        in = new GZIPInputStream(in, 1 << 16);
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(where, "the file does not exist.", e);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  private static RuntimeException unreadable(Path file, IOException e) {
    if (e instanceof ZipException || e instanceof EOFException) {
      return new InvalidInputException(
          new SourceLocation(file.toString(), 0),
          "the gzip file is damaged or incomplete (" + e.getMessage() + ").",
          e);
    }
    return new UncheckedIOException("Could not read " + file + ": " + e.getMessage(), e);
  }
}
