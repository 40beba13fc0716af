package org.motifworkbench.motif;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchTsvTest {

  private static final MotifMatch CTCF =
      new MotifMatch("MA0139.1", "CTCF", 0, '+', 19, 19, 1.2514827e-31, 6.4826806e-29, 6.48e-29);
  private static final MotifMatch HOX =
      new MotifMatch("MA0485.1", "Hox\tc9", -14, '-', 5, 4.68618414, 0.0043962, 2.2772, 0.77544);

  @Test
  void oneQuery() {
    assertEquals(
        "query\ttarget_id\ttarget_name\toffset\tstrand\toverlap\tscore\tp_value\te_value\tq_value\n"
            + "learned_1\tMA0139.1\tCTCF\t0\t+\t19\t19.0000\t1.251e-31\t6.483e-29\t6.480e-29\n"
            + "learned_1\tMA0485.1\tHox c9\t-14\t-\t5\t4.6862\t4.396e-03\t2.277e+00\t7.754e-01\n",
        MatchTsv.format("learned_1", List.of(CTCF, HOX)));
  }

  @Test
  void severalQueriesInOrder(@TempDir Path dir) throws Exception {
    Map<String, List<MotifMatch>> byQuery = new LinkedHashMap<>();
    byQuery.put("b", List.of(HOX));
    byQuery.put("a", List.of(CTCF));
    String[] lines = MatchTsv.format(byQuery).split("\n");
    assertEquals(3, lines.length);
    assertEquals(MatchTsv.HEADER, lines[0]);
    assertEquals("b", lines[1].split("\t")[0]);
    assertEquals("a", lines[2].split("\t")[0]);

    Path file = dir.resolve("matches.tsv");
    MatchTsv.write(file, "q", List.of(CTCF));
    assertEquals(MatchTsv.format("q", List.of(CTCF)), Files.readString(file));
  }
}
