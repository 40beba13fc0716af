package org.motifworkbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.motifworkbench.sequence.SequenceRecord;

class FastaWriterTest {

  @Test
  void wrapsAtEightyColumns() {
    String bases = "A".repeat(80) + "C".repeat(81);
    String text =
        FastaWriter.format(
            List.of(
                new SequenceRecord("s1", "label=x", bases, "x", null),
                new SequenceRecord("s2", "", "GT", null, null)));
    assertEquals(">s1 label=x\n" + "A".repeat(80) + "\n" + "C".repeat(80) + "\nC\n>s2\nGT\n", text);
    assertEquals(bases, TestFasta.parse(text).get(0).bases());
  }
}
