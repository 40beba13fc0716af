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

  /** MEME v4 text for the motifs, uniform background, every row scaled to sum to 1. */
  public static String format(List<Motif> motifs) {
    StringBuilder sb = new StringBuilder();
    sb.append("MEME version 4\n\nALPHABET= ").append(DnaAlphabet.ACGT);
    sb.append("\n\nstrands: + -\n\n");
    sb.append("Background letter frequencies\nA 0.25 C 0.25 G 0.25 T 0.25\n\n");
    for (Motif motif : motifs) {
      appendMotif(sb, motif.normalized());
    }
    return sb.toString();
  }

  private static void appendMotif(StringBuilder sb, Motif motif) {
    sb.append("MOTIF ").append(motif.id());
    if (!motif.altName().isEmpty()) {
      sb.append(' ').append(motif.altName());
    }
    sb.append("\n\nletter-probability matrix: alength= 4 w= ").append(motif.width());
    sb.append(" nsites= 20 E= 0\n");
    for (int i = 0; i < motif.width(); i++) {
      for (int b = 0; b < 4; b++) {
        sb.append(String.format(Locale.ROOT, " %.6f", motif.probability(i, b)));
      }
      sb.append('\n');
    }
    sb.append('\n');
  }
}
