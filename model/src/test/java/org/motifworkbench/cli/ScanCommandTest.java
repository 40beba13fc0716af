package org.motifworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.cli.MainTest.Run;
import org.motifworkbench.genome.SyntheticGenome;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.network.SequenceClassifier;
import org.motifworkbench.scan.SiteTrainedModel;

/** {@code mwb scan} end to end: the files it writes and its plain errors. */
class ScanCommandTest {

  @TempDir static Path dir;

  @BeforeAll
  static void writeInputs() throws Exception {
    SyntheticGenome.generate(4, 2, 14_000, 8).writeFasta(dir.resolve("genome.fa"));
    try (SequenceClassifier c =
        SequenceClassifier.create(
            NetworkPreset.TEACHING.spec(), SiteTrainedModel.CLASSES, 100, 2)) {
      SiteTrainedModel.save(c, dir.resolve("m.mwb"));
    }
  }

  private static String p(String name) {
    return dir.resolve(name).toString();
  }

  @Test
  void writesASortedBedGraphAndPeaks() throws Exception {
    Run run =
        MainTest.run(
            "scan",
            "-m",
            p("m.mwb"),
            "-g",
            p("genome.fa"),
            "--region",
            "chr2:5,001-5,400",
            "--region",
            "chr1:2,001-2,200",
            "--step",
            "3",
            "--threshold",
            "0",
            "--peaks",
            p("peaks.bed"),
            "-o",
            p("track.bedGraph"));
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("Scanned 600 bases"), run.out());
    assertTrue(run.out().contains("peaks (windows with probability >= 0.0 merged)"), run.out());
    List<String> lines = Files.readAllLines(dir.resolve("track.bedGraph"));
    assertTrue(
        lines
            .get(0)
            .startsWith(
                "track type=bedGraph name=\"m.mwb\" description=\"P(peak) of each"
                    + " 100-bp window at its centre, step 3, forward strand\" visibility=full"),
        lines.get(0));
    String previous = null;
    long previousEnd = -1;
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t");
      assertEquals(4, f.length, line);
      long start = Long.parseLong(f[1]);
      long end = Long.parseLong(f[2]);
      assertTrue(end > start && (end - start) % 3 == 0, line); // merged windows: steps of 3
      assertTrue(Double.parseDouble(f[3]) >= 0 && Double.parseDouble(f[3]) <= 1, line);
      if (f[0].equals(previous)) {
        assertTrue(start >= previousEnd, "unsorted at " + line);
      }
      previous = f[0];
      previousEnd = end;
    }
    assertTrue(lines.get(1).startsWith("chr1\t2000\t"), lines.get(1)); // first centre on the grid
    assertTrue(lines.get(lines.size() - 1).startsWith("chr2\t"));
    // threshold 0: every window is in a peak, one per region, as wide as its windows reach
    assertEquals(
        List.of("chr1\t1950\t2248\tpeak_1", "chr2\t4950\t5449\tpeak_2"),
        Files.readAllLines(dir.resolve("peaks.bed")).stream()
            .map(l -> String.join("\t", List.of(l.split("\t")).subList(0, 4)))
            .toList());
  }

  @Test
  void badRegionsContigsAndModelsArePlainErrors() throws Exception {
    String[][] cases = {
      {"--region", "chr3:1-100", "chromosome 'chr3' is not in the genome genome.fa"},
      {"--region", "2:1-100", "which names it 'chr2'"},
      {"--region", "chr2:500-100", "starts at 500, after its end 100"},
      {"--class", "bound", "the model has no class 'bound'"},
      {"--score", "odds", "unknown score 'odds'"},
      {"--step", "0", "the step must be at least 1 base"},
      {"--threshold", "2", "is not a probability"},
    };
    for (String[] c : cases) {
      Run run =
          MainTest.run(
              "scan", "-m", p("m.mwb"), "-g", p("genome.fa"), c[0], c[1], "-o", p("bad.bedGraph"));
      assertEquals(Main.BAD_INPUT, run.code(), String.join(" ", c) + ": " + run.err());
      assertTrue(run.err().startsWith("Error: "), run.err());
      assertTrue(run.err().contains(c[2]), run.err());
      assertFalse(run.err().contains("\tat "), run.err());
    }
    assertFalse(Files.exists(dir.resolve("bad.bedGraph")));
    Run noModel =
        MainTest.run("scan", "-m", p("none.mwb"), "-g", p("genome.fa"), "-o", p("t.bedGraph"));
    assertEquals(Main.BAD_INPUT, noModel.code());
    assertTrue(noModel.err().contains("none.mwb: there is no model file here"), noModel.err());
    Run notModel =
        MainTest.run("scan", "-m", p("genome.fa"), "-g", p("genome.fa"), "-o", p("t.bedGraph"));
    assertEquals(Main.BAD_INPUT, notModel.code());
    assertTrue(notModel.err().contains("not a Motif Workbench model file"), notModel.err());
    Run intoInput =
        MainTest.run("scan", "-m", p("m.mwb"), "-g", p("genome.fa"), "-o", p("genome.fa"));
    assertEquals(Main.BAD_INPUT, intoInput.code());
    Run noGenome =
        MainTest.run("scan", "-m", p("m.mwb"), "-g", p("missing.fa"), "-o", p("t.bedGraph"));
    assertEquals(Main.BAD_INPUT, noGenome.code());
    assertTrue(noGenome.err().contains("missing.fa"), noGenome.err());
  }
}
