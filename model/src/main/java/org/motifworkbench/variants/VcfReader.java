package org.motifworkbench.variants;

import htsjdk.tribble.TribbleException;
import htsjdk.tribble.readers.LineIterator;
import htsjdk.variant.variantcontext.Allele;
import htsjdk.variant.variantcontext.VariantContext;
import htsjdk.variant.vcf.VCFCodec;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;
import org.motifworkbench.sequence.InvalidInputException;
import org.motifworkbench.sequence.SourceLocation;

/**
 * Reads a VCF file ({@code .vcf}, or {@code .vcf.gz} compressed with bgzip or plain gzip; no index
 * needed) one data line at a time, with htsjdk's VCF parser ({@link VCFCodec}) for the header and
 * the records. The lines are counted here rather than in htsjdk, whose counter runs ahead of the
 * line it reports, so every problem names its exact line. Genotype columns are not read.
 */
public final class VcfReader implements AutoCloseable {

  private final Path file;
  private final BufferedReader reader;
  private final CountedLines lines;
  private final VCFCodec codec = new VCFCodec();

  private VcfReader(Path file, BufferedReader reader) {
    this.file = file;
    this.reader = reader;
    this.lines = new CountedLines(reader);
  }

  /**
   * Opens a VCF file and reads its header.
   *
   * @throws InvalidInputException naming the file (and line) when it is missing, binary (BCF) or
   *     has no valid header
   */
  public static VcfReader open(Path file) {
    SourceLocation where = SourceLocation.of(file, 0);
    if (!Files.isRegularFile(file)) {
      throw new InvalidInputException(where, "the VCF file does not exist or is a folder.");
    }
    BufferedReader reader;
    try {
      InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
      in.mark(2);
      boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
      in.reset();
      // GZIPInputStream reads every member of a multi-member file, and bgzip writes exactly that.
      InputStream text = gzip ? new GZIPInputStream(in, 1 << 16) : in;
      reader = new BufferedReader(new InputStreamReader(text, StandardCharsets.UTF_8), 1 << 16);
    } catch (IOException e) {
      throw new InvalidInputException(where, "could not be read: " + e.getMessage(), e);
    }
    VcfReader vcf = new VcfReader(file, reader);
    try {
      vcf.readHeader();
    } catch (UncheckedIOException e) {
      vcf.close();
      throw vcf.unreadable(e);
    } catch (RuntimeException e) {
      vcf.close();
      throw e;
    }
    return vcf;
  }

  /** Reads every data line of a (small) VCF file into memory. */
  public static List<VcfVariant> readAll(Path file) {
    try (VcfReader reader = open(file)) {
      List<VcfVariant> out = new ArrayList<>();
      for (VcfVariant v = reader.next(); v != null; v = reader.next()) {
        out.add(v);
      }
      return out;
    }
  }

  public Path file() {
    return file;
  }

  private void readHeader() {
    String first = lines.hasNext() ? lines.peek() : null;
    if (first == null) {
      throw new InvalidInputException(SourceLocation.of(file, 0), "the VCF file is empty.");
    }
    if (first.startsWith("BCF")) {
      throw new InvalidInputException(
          SourceLocation.of(file, 1),
          "is a BCF (binary VCF) file; convert it with 'bcftools view -Oz -o out.vcf.gz'.");
    }
    if (!first.startsWith("##fileformat=VCF")) {
      throw new InvalidInputException(
          SourceLocation.of(file, 1),
          "a VCF file starts with a '##fileformat=VCFv4.x' line, but this one starts with '"
              + shorten(first)
              + "'.");
    }
    try {
      codec.readActualHeader(lines);
    } catch (TribbleException | IllegalArgumentException e) {
      throw new InvalidInputException(
          SourceLocation.of(file, lines.count + 1),
          "the VCF header is not valid: " + plain(e.getMessage()),
          e);
    }
  }

  /**
   * The next data line, or null at the end of the file. Blank lines are passed over.
   *
   * @throws InvalidInputException naming the file and line of a record htsjdk cannot parse or read
   *     (a truncated gzip file, an I/O error)
   */
  public VcfVariant next() {
    try {
      return nextRecord();
    } catch (UncheckedIOException e) {
      throw unreadable(e);
    }
  }

  private InvalidInputException unreadable(UncheckedIOException e) {
    return new InvalidInputException(
        SourceLocation.of(file, lines.count + 1),
        "could not be read (a truncated or damaged file?): " + e.getCause().getMessage(),
        e);
  }

  private VcfVariant nextRecord() {
    while (lines.hasNext()) {
      String line = lines.next();
      if (line.isBlank()) {
        continue;
      }
      SourceLocation where = SourceLocation.of(file, lines.count);
      if (line.startsWith("#")) {
        throw new InvalidInputException(
            where, "a header line ('#...') after the data lines started; the header comes first.");
      }
      int tabs = 0;
      for (int i = 0; i < line.length() && tabs < 7; i++) {
        tabs += line.charAt(i) == '\t' ? 1 : 0;
      }
      if (tabs < 7) {
        throw new InvalidInputException(
            where,
            "a VCF data line has at least 8 tab-separated columns (CHROM POS ID REF ALT QUAL"
                + " FILTER INFO), this one has "
                + (tabs + 1)
                + ".");
      }
      VariantContext vc;
      try {
        vc = codec.decode(line);
      } catch (TribbleException | IllegalArgumentException e) {
        throw new InvalidInputException(
            where, "is not a valid VCF record: " + plain(e.getMessage()), e);
      }
      if (vc == null) {
        continue;
      }
      List<String> alts = new ArrayList<>();
      for (Allele a : vc.getAlternateAlleles()) {
        alts.add(a.getDisplayString());
      }
      return new VcfVariant(
          lines.count,
          vc.getID(),
          vc.getContig(),
          vc.getStart(),
          vc.getReference().getBaseString().toUpperCase(Locale.ROOT),
          alts);
    }
    return null;
  }

  /** htsjdk's message without its own (approximate) line number. */
  private static String plain(String message) {
    if (message == null) {
      return "unreadable";
    }
    String m = message.replaceFirst("(?s)^.*?at approximately line number \\d+:?\\s*", "");
    m = m.replaceFirst("(?s),? for input source: .*$", "");
    return m.strip();
  }

  private static String shorten(String line) {
    return line.length() > 40 ? line.substring(0, 40) + "..." : line;
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      // opened for reading only: nothing to lose
    }
  }

  /** htsjdk's line iterator over the reader, counting the lines it hands out. */
  private static final class CountedLines implements LineIterator {
    private final BufferedReader reader;
    private String peeked;
    private boolean done;
    int count;

    CountedLines(BufferedReader reader) {
      this.reader = reader;
    }

    @Override
    public boolean hasNext() {
      if (peeked == null && !done) {
        try {
          peeked = reader.readLine();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        done = peeked == null;
      }
      return peeked != null;
    }

    @Override
    public String peek() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return peeked;
    }

    @Override
    public String next() {
      String line = peek();
      peeked = null;
      count++;
      return line;
    }
  }
}
