package org.motifworkbench.genome;

import htsjdk.samtools.util.BlockCompressedInputStream;
import htsjdk.samtools.util.GZIIndex;
import htsjdk.samtools.util.IOUtil;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.motifworkbench.sequence.InvalidInputException;
import org.motifworkbench.sequence.SourceLocation;

/**
 * A reference genome read through its FASTA index, as samtools faidx and IGV read it: only the
 * bases asked for are read, so a 3 GB genome costs a few kilobytes of memory. The index ({@code
 * .fai}, samtools' format) is built beside the file when it is missing or older than the file (kept
 * in memory when the folder is read-only), checking that lines inside each sequence have one
 * length. A bgzip-compressed genome ({@code .fa.gz} from {@code bgzip}) is read through htsjdk's
 * BGZF reader with its {@code .fai} and {@code .gzi}, built when missing; a plain gzip file cannot
 * be read at random and is refused with what to do. Bases come back as in the file: soft-masked
 * (lower case) repeats stay lower case, N stays N. Safe for use from several threads (reads are
 * serialised).
 */
public final class ReferenceGenome implements AutoCloseable {

  private final Path file;
  private final FastaIndex index;
  private final FileChannel plain;
  private final BlockCompressedInputStream bgzf;
  private final GZIIndex gzi;

  private ReferenceGenome(
      Path file,
      FastaIndex index,
      FileChannel plain,
      BlockCompressedInputStream bgzf,
      GZIIndex gzi) {
    this.file = file;
    this.index = index;
    this.plain = plain;
    this.bgzf = bgzf;
    this.gzi = gzi;
  }

  /**
   * Opens a genome FASTA file, building its index when needed.
   *
   * @throws InvalidInputException naming the file (and line) and the problem: missing, not FASTA,
   *     plain gzip, lines of unequal length inside a sequence, a name used twice
   */
  public static ReferenceGenome open(Path file) {
    SourceLocation where = new SourceLocation(file.toString(), 0);
    if (!Files.isRegularFile(file)) {
      throw new InvalidInputException(where, "the genome file does not exist or is a folder.");
    }
    try {
      if (isGzip(file)) {
        if (!IOUtil.isBlockCompressed(file)) {
          throw new InvalidInputException(
              where,
              "is compressed with plain gzip, which cannot be read at random. Decompress it"
                  + " (gunzip) or recompress it with bgzip and index it (samtools faidx).");
        }
        FastaIndex index;
        try (InputStream in = new BlockCompressedInputStream(file)) {
          index = index(file, in);
        }
        GZIIndex gzi = gzIndex(file);
        return new ReferenceGenome(file, index, null, new BlockCompressedInputStream(file), gzi);
      }
      FastaIndex index;
      try (InputStream in = Files.newInputStream(file)) {
        index = index(file, in);
      }
      return new ReferenceGenome(
          file, index, FileChannel.open(file, StandardOpenOption.READ), null, null);
    } catch (IOException e) {
      throw new InvalidInputException(where, "could not be read: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      if (e instanceof InvalidInputException) {
        throw e;
      }
      throw new InvalidInputException(where, "could not be read as a genome: " + e.getMessage(), e);
    }
  }

  private static Path faiOf(Path file) {
    return file.resolveSibling(file.getFileName() + ".fai");
  }

  private static boolean isCurrent(Path index, Path file) throws IOException {
    return Files.isRegularFile(index)
        && Files.getLastModifiedTime(index).compareTo(Files.getLastModifiedTime(file)) >= 0;
  }

  private static boolean isGzip(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.read() == 0x1f && in.read() == 0x8b;
    }
  }

  /** The index beside the file if it is current, else one built from {@code in} and written. */
  private static FastaIndex index(Path file, InputStream in) throws IOException {
    Path fai = faiOf(file);
    if (isCurrent(fai, file)) {
      return FastaIndex.read(fai);
    }
    FastaIndex index = FastaIndex.build(in, file);
    try {
      index.write(fai);
    } catch (IOException | SecurityException e) {
      // A read-only folder: the index serves from memory this time.
    }
    return index;
  }

  private static GZIIndex gzIndex(Path file) throws IOException {
    Path gzi = GZIIndex.resolveIndexNameForBgzipFile(file);
    if (isCurrent(gzi, file)) {
      return GZIIndex.loadIndex(gzi);
    }
    GZIIndex index = GZIIndex.buildIndex(file);
    try {
      index.writeIndex(gzi);
    } catch (IOException | SecurityException e) {
      // A read-only folder: the index serves from memory this time.
    }
    return index;
  }

  public Path file() {
    return file;
  }

  /** The genome's sequences in file order. */
  public List<Contig> contigs() {
    List<Contig> out = new ArrayList<>();
    for (FastaIndex.Entry e : index.entries()) {
      out.add(new Contig(e.name(), e.length()));
    }
    return out;
  }

  public Optional<Contig> contig(String name) {
    FastaIndex.Entry e = index.entry(name);
    return e == null ? Optional.empty() : Optional.of(new Contig(name, e.length()));
  }

  /**
   * Why {@code name} is not a contig of this genome, naming what the user probably meant ({@code
   * chr1} vs {@code 1}), or empty when it is one.
   */
  public Optional<String> missingContig(String name) {
    if (index.entry(name) != null) {
      return Optional.empty();
    }
    String other = name.startsWith("chr") ? name.substring(3) : "chr" + name;
    if (index.entry(other) != null) {
      return Optional.of(
          "chromosome '"
              + name
              + "' is not in the genome "
              + file.getFileName()
              + ", which names it '"
              + other
              + "': the two files use different naming conventions (UCSC 'chr1' vs Ensembl"
              + " '1'); rename the chromosomes in one of them.");
    }
    List<Contig> all = contigs();
    StringBuilder shown = new StringBuilder();
    for (int i = 0; i < Math.min(5, all.size()); i++) {
      shown.append(i == 0 ? "" : ", ").append(all.get(i).name());
    }
    if (all.size() > 5) {
      shown.append(", ... (").append(all.size()).append(" in all)");
    }
    return Optional.of(
        "chromosome '"
            + name
            + "' is not in the genome "
            + file.getFileName()
            + " (it has "
            + shown
            + ").");
  }

  /**
   * The bases of {@code contig} from {@code start} (0-based) to {@code end} (exclusive), as in the
   * file (soft-masked bases lower case).
   *
   * @throws IllegalArgumentException for an unknown contig or an interval outside it
   * @throws UncheckedIOException when the file cannot be read (it changed or went away)
   */
  public synchronized String bases(String contig, long start, long end) {
    FastaIndex.Entry e = index.entry(contig);
    if (e == null) {
      throw new IllegalArgumentException(missingContig(contig).orElseThrow());
    }
    if (start < 0 || end > e.length() || end < start) {
      throw new IllegalArgumentException(
          contig + ":" + start + "-" + end + " lies outside " + contig + " (0-" + e.length() + ")");
    }
    if (end == start) {
      return "";
    }
    long from = e.byteOf(start);
    long to = e.byteOf(end - 1) + 1;
    byte[] raw = new byte[Math.toIntExact(to - from)];
    try {
      if (plain != null) {
        ByteBuffer buffer = ByteBuffer.wrap(raw);
        long at = from;
        while (buffer.hasRemaining()) {
          int n = plain.read(buffer, at);
          if (n < 0) {
            throw new IOException("the file is shorter than its index says; delete the .fai");
          }
          at += n;
        }
      } else {
        bgzf.seek(gzi.getVirtualOffsetForSeek(from));
        int done = 0;
        while (done < raw.length) {
          int n = bgzf.read(raw, done, raw.length - done);
          if (n < 0) {
            throw new IOException("the file is shorter than its index says; delete the .fai");
          }
          done += n;
        }
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(file + ": " + ex.getMessage(), ex);
    }
    StringBuilder out = new StringBuilder(Math.toIntExact(end - start));
    for (byte b : raw) {
      if (b != '\n' && b != '\r') {
        out.append((char) (b & 0xff));
      }
    }
    if (out.length() != end - start) {
      throw new UncheckedIOException(
          new IOException(file + " changed since its index was built; delete its .fai file"));
    }
    return out.toString();
  }

  /** As {@link #bases(String, long, long)} for an interval. */
  public String bases(GenomicInterval interval) {
    return bases(interval.contig(), interval.start(), interval.end());
  }

  @Override
  public synchronized void close() {
    try {
      if (plain != null) {
        plain.close();
      }
      if (bgzf != null) {
        bgzf.close();
      }
    } catch (IOException e) {
      // opened for reading only: nothing to lose
    }
  }
}
