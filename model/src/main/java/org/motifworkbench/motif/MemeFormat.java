package org.motifworkbench.motif;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.motifworkbench.sequence.DnaAlphabet;
import org.motifworkbench.sequence.InvalidInputException;
import org.motifworkbench.sequence.TextFile;

/** Reads and writes the MEME minimal motif format, version 4 (DNA only). */
public final class MemeFormat {

  private MemeFormat() {}

  /** The largest MEME file read: the biggest public collections (CIS-BP) are tens of MB. */
  static final long MAX_BYTES = 256L << 20;

  /** The site count MEME assumes when a matrix header has no {@code nsites=}. */
  static final int DEFAULT_SITES = 20;

  /**
   * Reads a MEME file, plain or gzip-compressed.
   *
   * @throws InvalidInputException naming file and line when the content is not valid MEME, or the
   *     file when it is missing, a folder, empty, binary or not readable
   */
  public static MemeFile read(Path file) {
    return parse(TextFile.read(file, "MEME motif", MAX_BYTES), file.toString());
  }

  /** Parses MEME text; {@code fileName} is used in error messages. */
  public static MemeFile parse(String text, String fileName) {
    return new MemeParser(fileName).parse(text);
  }

  /**
   * MEME v4 text for motifs that do not come from data: uniform background.
   *
   * @see #format(List, Background)
   */
  public static String format(List<Motif> motifs) {
    return format(motifs, Background.UNIFORM);
  }

  /**
   * MEME v4 text for the motifs against {@code background}, every row scaled to sum to 1. Each
   * motif's header carries its real site count ({@code nsites=}) and E-value ({@code E=}); where
   * they are unknown it carries what MEME reads as its defaults, 20 and 0, because Biopython's and
   * other readers require both keys. Whitespace inside a name becomes '_', so that readers keep the
   * whole name (MEME takes the first word after the id as the alternate name).
   */
  public static String format(List<Motif> motifs, Background background) {
    StringBuilder sb = new StringBuilder();
    sb.append("MEME version 4\n\nALPHABET= ").append(DnaAlphabet.ACGT);
    sb.append("\n\nstrands: + -\n\n");
    sb.append("Background letter frequencies (from ")
        .append(oneLine(background.source()))
        .append("):\n");
    for (int b = 0; b < 4; b++) {
      sb.append(b == 0 ? "" : " ").append(DnaAlphabet.ACGT.charAt(b));
      sb.append(String.format(Locale.ROOT, " %.6f", background.frequency(b)));
    }
    sb.append("\n\n");
    for (Motif motif : motifs) {
      appendMotif(sb, motif.normalized());
    }
    return sb.toString();
  }

  private static void appendMotif(StringBuilder sb, Motif motif) {
    sb.append("MOTIF ").append(word(motif.id()));
    if (!motif.altName().isBlank()) {
      sb.append(' ').append(word(motif.altName()));
    }
    sb.append("\n\nletter-probability matrix: alength= 4 w= ").append(motif.width());
    sb.append(" nsites= ").append(motif.hasSites() ? motif.sites() : DEFAULT_SITES);
    sb.append(" E= ").append(motif.hasEValue() ? eValue(motif.eValue()) : "0").append('\n');
    for (int i = 0; i < motif.width(); i++) {
      for (int b = 0; b < 4; b++) {
        sb.append(String.format(Locale.ROOT, " %.6f", motif.probability(i, b)));
      }
      sb.append('\n');
    }
    sb.append('\n');
    if (!motif.url().isEmpty()) {
      sb.append("URL ").append(motif.url()).append("\n\n");
    }
  }

  /** The shortest decimal that reads back as the same double: 0, 4.1e-09 as 4.1e-9, 12.5. */
  private static String eValue(double e) {
    return e == 0 ? "0" : Double.toString(e).toLowerCase(Locale.ROOT);
  }

  private static String word(String name) {
    return name.strip().replaceAll("\\s+", "_");
  }

  private static String oneLine(String text) {
    return text.replaceAll("[\\r\\n]+", " ").strip();
  }
}
