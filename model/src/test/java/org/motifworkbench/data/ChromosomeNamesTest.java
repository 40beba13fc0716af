package org.motifworkbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.motifworkbench.sequence.SequenceRecord;

class ChromosomeNamesTest {

  @Test
  void findsChromosomeInCommonNameStyles() {
    assertEquals("chr3", ChromosomeNames.chromosomeOf("chr3:100-201"));
    assertEquals("chrX", ChromosomeNames.chromosomeOf("chrX:5-9"));
    assertEquals("chr3", ChromosomeNames.chromosomeOf("chr3:100-201(+)"));
    assertEquals("chr3", ChromosomeNames.chromosomeOf("chr3:100-201(-)"));
    assertEquals("3", ChromosomeNames.chromosomeOf("3:100-201"));
    assertEquals("chr1", ChromosomeNames.chromosomeOf("chr1:1-101_shuf"));
    assertEquals("chrUn_gl000220", ChromosomeNames.chromosomeOf("chrUn_gl000220:10-20"));
    assertEquals("chr2", ChromosomeNames.chromosomeOf("chr2:1,000-2,000"));
  }

  @Test
  void namesWithoutCoordinatesGiveNull() {
    assertNull(ChromosomeNames.chromosomeOf("seq17"));
    assertNull(ChromosomeNames.chromosomeOf("chr3"));
    assertNull(ChromosomeNames.chromosomeOf("chr3:100"));
    assertNull(ChromosomeNames.chromosomeOf("peak_12"));
  }

  @Test
  void fallsBackToFirstWordOfDescription() {
    SequenceRecord r = new SequenceRecord("peak1", "chr5:10-110 strong", "ACGT", null, null);
    assertEquals("chr5", ChromosomeNames.chromosomeOf(r));
    assertNull(ChromosomeNames.chromosomeOf(new SequenceRecord("p", "", "ACGT", null, null)));
  }

  @Test
  void keysIgnoreChrPrefixAndCase() {
    assertTrue(ChromosomeNames.sameChromosome("chr8", "8"));
    assertTrue(ChromosomeNames.sameChromosome("ChrX", "chrx"));
    assertEquals("x", ChromosomeNames.key("chrX"));
  }
}
