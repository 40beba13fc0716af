package org.motifworkbench.variants;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The effects table's exact text. */
class EffectsTsvTest {

  @TempDir Path dir;

  @Test
  void writesOneRowPerAlleleWithFourDecimalsAndEmptyScoresWhenNotScored() throws Exception {
    VcfVariant v = new VcfVariant(9, "rs7", "chr2", 1234, "G", List.of("T", "GA"));
    List<VariantEffect> effects =
        List.of(
            new VariantEffect(v, "T", VariantStatus.OK, "", 2.5f, -1.25f, 0.92414f, 0.22270f),
            VariantEffect.skipped(v, "GA", VariantStatus.INDEL, ""));
    Path out = dir.resolve("effects.tsv");
    EffectsTsv.write(out, effects);
    assertEquals(
        "id\tchrom\tpos\tref\talt\tref_score\talt_score\tdelta\tstatus\tref_probability"
            + "\talt_probability\n"
            + "rs7\tchr2\t1234\tG\tT\t2.5000\t-1.2500\t-3.7500\tok\t0.9241\t0.2227\n"
            + "rs7\tchr2\t1234\tG\tGA\t\t\t\tskipped: indel\t\t\n",
        Files.readString(out));
  }
}
