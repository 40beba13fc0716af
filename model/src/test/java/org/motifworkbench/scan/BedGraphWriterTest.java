package org.motifworkbench.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BedGraphWriterTest {

  @ParameterizedTest
  @CsvSource({
    "0.5, 0.5",
    "0.123456, 0.1235",
    "0.000012344, 0.00001234",
    "1, 1",
    "0, 0",
    "-3.14159, -3.142",
    "12345.6, 12350",
    "0.99999, 1"
  })
  void valuesHaveFourSignificantDigits(double value, String text) {
    assertEquals(text, BedGraphWriter.format(value));
  }

  @Test
  void writesATrackLineThenTabSeparatedIntervalsAtWindowCentresMergingEqualNeighbours() {
    StringWriter out = new StringWriter();
    BedGraphWriter w =
        new BedGraphWriter(
            out,
            BedGraphWriter.trackLine("m \"1\".mwb", "P(peak)", 0.5),
            2,
            c -> c.equals("chr1") ? 107 : 1000);
    for (WindowScore s :
        List.of(
            new WindowScore("chr1", 0, 50, 0.1),
            new WindowScore("chr1", 2, 52, 0.10001), // same at 4 digits, touching: merged
            new WindowScore("chr1", 4, 54, 0.2),
            new WindowScore("chr1", 10, 60, 0.2), // a gap before it: not merged
            new WindowScore("chr1", 56, 106, 0.3), // clipped to the contig's end
            new WindowScore("chr2", 0, 50, 0.3))) {
      w.accept(s);
    }
    w.finish();
    assertEquals(
        "track type=bedGraph name=\"m '1'.mwb\" description=\"P(peak)\" visibility=full"
            + " autoScale=on alwaysZero=on graphType=bar color=31,119,180 yLineMark=0.5"
            + " yLineOnOff=on\n"
            + "chr1\t50\t54\t0.1\n"
            + "chr1\t54\t56\t0.2\n"
            + "chr1\t60\t62\t0.2\n"
            + "chr1\t106\t107\t0.3\n"
            + "chr2\t50\t52\t0.3\n",
        out.toString());
    assertEquals(5, w.lines());
    assertTrue(BedGraphWriter.trackLine("a", "b", Double.NaN).endsWith("color=31,119,180"));
  }
}
