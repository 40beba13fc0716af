package org.motifworkbench.app.variants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.motifworkbench.app.background.SameThreadBackgroundRunner;
import org.motifworkbench.variants.VariantEffect;
import org.motifworkbench.variants.VariantStatus;
import org.motifworkbench.variants.VcfVariant;

/** The Variants view model without the FX toolkit: what enables Score, and unscored clicks. */
class VariantsViewModelTest {

  private final VariantsViewModel viewModel =
      new VariantsViewModel(() -> null, new SameThreadBackgroundRunner(), Runnable::run);

  @Test
  void scoreNeedsAGenomeAndAVcfAndThenAModel() {
    assertFalse(viewModel.canScoreBinding().get());
    viewModel.genomeProperty().set(Path.of("genome.fa"));
    assertFalse(viewModel.canScoreBinding().get());
    viewModel.vcfProperty().set(Path.of("variants.vcf"));
    assertTrue(viewModel.canScoreBinding().get());
    viewModel.score();
    assertEquals(
        "Train or open a model first: the variants are scored with it.",
        viewModel.summaryProperty().get());
    assertFalse(viewModel.busyProperty().get());
    assertTrue(viewModel.rows().isEmpty());
    assertFalse(viewModel.canSaveBinding().get());
  }

  @Test
  void clickingARowThatWasNotScoredSaysWhyAndShowsNoTracks() {
    VcfVariant v = new VcfVariant(12, "rs9", "chr2", 1234, "G", List.of("T"));
    VariantEffect mismatch =
        new VariantEffect(
            v,
            "T",
            VariantStatus.REF_MISMATCH,
            "REF G, genome A",
            Float.NaN,
            Float.NaN,
            Float.NaN,
            Float.NaN);
    viewModel.select(new VariantRow(mismatch));
    assertNull(viewModel.comparisonProperty().get());
    assertEquals(
        "chr2:1,234 G>T was not scored: ref mismatch (REF G, genome A).",
        viewModel.noteProperty().get());
    assertEquals("\u2013", VariantRow.format(new VariantRow(mismatch).delta()));

    viewModel.modelReplaced();
    assertEquals("", viewModel.noteProperty().get());
    assertEquals(List.of(VariantsViewModel.ALL), viewModel.statuses());
  }
}
