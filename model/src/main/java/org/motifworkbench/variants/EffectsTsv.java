package org.motifworkbench.variants;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.motifworkbench.files.AtomicFile;

/**
 * The effects table: one row per ALT allele in the order of the VCF, tab-separated, with the
 * columns {@link #COLUMNS}. Scores and probabilities have 4 decimals; they are empty for rows that
 * were not scored (R and pandas read empty as missing).
 */
public final class EffectsTsv {

  /** The header's columns. The first nine are those of the issue; the probabilities follow. */
  public static final List<String> COLUMNS =
      List.of(
          "id",
          "chrom",
          "pos",
          "ref",
          "alt",
          "ref_score",
          "alt_score",
          "delta",
          "status",
          "ref_probability",
          "alt_probability");

  private EffectsTsv() {}

  public static String header() {
    return String.join("\t", COLUMNS);
  }

  /** One row, without its line end. */
  public static String row(VariantEffect e) {
    VcfVariant v = e.variant();
    return String.join(
        "\t",
        v.id(),
        v.contig(),
        Long.toString(v.position()),
        v.ref(),
        e.alt(),
        number(e.refScore()),
        number(e.altScore()),
        number(e.delta()),
        e.status().label(),
        number(e.refProbability()),
        number(e.altProbability()));
  }

  /** Writes {@code effects} to {@code out} as a whole file, atomically. */
  public static void write(Path out, List<VariantEffect> effects) throws IOException {
    AtomicFile.write(
        out,
        stream -> {
          Writer w =
              new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
          w.write(header());
          w.write('\n');
          for (VariantEffect e : effects) {
            w.write(row(e));
            w.write('\n');
          }
          w.flush();
        });
  }

  private static String number(float x) {
    return Float.isNaN(x) ? "" : String.format(Locale.ROOT, "%.4f", x);
  }
}
