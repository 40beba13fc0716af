package org.motifworkbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The printed table README quotes: fixed columns, a ratio only with a baseline, met or MISSED. */
class BenchTableTest {

  @Test
  void rowsLineUpUnderTheHeader() {
    StringWriter text = new StringWriter();
    BenchTable table = new BenchTable(new PrintWriter(text));
    table.header();
    table.row("training epoch", "1.75 s", "PyTorch 6.97 s", 0.2511, "<= 0.5 x", true);
    table.row("peak RSS", "315 MB", "", Double.NaN, "< 1000 MB", false);
    table.row("no target", BenchTable.fmt("%,d seq", 1_000_000), "", Double.NaN, "", null);
    table.note("a note");
    List<String> lines = text.toString().lines().toList();
    assertEquals(
        List.of(
            "figure                                            workbench  baseline (same run)        "
                + "     ratio  target           ",
            "training epoch                                       1.75 s  PyTorch 6.97 s             "
                + "    0.25 x  <= 0.5 x         met",
            "peak RSS                                             315 MB                             "
                + "            < 1000 MB        MISSED",
            "no target                                     1,000,000 seq                             "
                + "                             ",
            "  a note"),
        lines);
  }
}
