package org.motifworkbench.motif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The MEME files the workbench writes, read by another reader: Biopython's {@code
 * Bio.motifs.parse(handle, "minimal")} must see the names, site counts, E-values and background we
 * wrote. Skipped where no python3 can import Biopython (Debian: python3-biopython); the interpreter
 * may be named by the environment variable MWB_PYTHON.
 */
class BiopythonReadsMemeTest {

  /** Prints the background, then per motif: name, nsites, E, width and the first column. */
  private static final String SCRIPT =
      String.join(
          "\n",
          "import sys",
          "from Bio import motifs",
          "with open(sys.argv[1]) as handle:",
          "    record = motifs.parse(handle, 'minimal')",
          "b = record.background",
          "print('background', repr(b['A']), repr(b['C']), repr(b['G']), repr(b['T']))",
          "for m in record:",
          "    first = [m.counts[base][0] for base in 'ACGT']",
          "    print(m.name, m.num_occurrences, repr(m.evalue), m.length,",
          "          ' '.join(str(int(c)) for c in first))",
          "");

  private static String python;

  @TempDir Path dir;

  @BeforeAll
  static void findPython() {
    List<String> candidates = new ArrayList<>();
    String named = System.getenv("MWB_PYTHON");
    if (named != null && !named.isBlank()) {
      candidates.add(named);
    }
    candidates.addAll(List.of("python3", "/usr/bin/python3", "python"));
    for (String candidate : candidates) {
      if (run(List.of(candidate, "-c", "import Bio.motifs")) != null) {
        python = candidate;
        return;
      }
    }
  }

  /** Standard output of a command that exits with 0 within a minute, else null. */
  private static String run(List<String> command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getOutputStream().close();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return null;
      }
      return p.exitValue() == 0 ? new String(out, StandardCharsets.UTF_8) : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private List<String> readByBiopython(String meme) throws IOException {
    assumeTrue(
        python != null,
        "no python3 with Biopython (import Bio.motifs failed for MWB_PYTHON, python3,"
            + " /usr/bin/python3, python); install python3-biopython to run this check");
    Path file = Files.writeString(dir.resolve("written.meme"), meme);
    Path script = Files.writeString(dir.resolve("read_meme.py"), SCRIPT);
    String out = run(List.of(python, script.toString(), file.toString()));
    assertEquals(true, out != null, "Biopython could not read the file:\n" + meme);
    return out.lines().toList();
  }

  /**
   * Motifs as discovery, filter extraction and a JASPAR import give them, against a data
   * background: Biopython keeps each id, the real nsites (not 20), E and the background; the first
   * column's counts are the probabilities times nsites, rounded.
   */
  @Test
  void biopythonReadsNamesSiteCountsAndBackground() throws IOException {
    double[][] rows = {{0.7, 0.1, 0.1, 0.1}, {0, 0, 1, 0}};
    List<Motif> motifs =
        List.of(
            new Motif("discovered_1", "", rows).withSites(1000),
            new Motif("filter_k7_3", "", rows).withSites(1019),
            new Motif("MA0002.2", "RUNX1", rows)
                .withSites(2000)
                .withEValue(4.1e-9)
                .withUrl("http://jaspar.genereg.net?ID=MA0002.2"),
            new Motif("made_up", "", rows));
    Background data = new Background(new double[] {0.3, 0.2, 0.2, 0.3}, "test data");

    List<String> lines = readByBiopython(MemeFormat.format(motifs, data));

    assertEquals(
        List.of(
            "background 0.3 0.2 0.2 0.3",
            "discovered_1 1000 0.0 2 700 100 100 100",
            "filter_k7_3 1019 0.0 2 713 102 102 102",
            "MA0002.2 2000 4.1e-09 2 1400 200 200 200",
            "made_up 20 0.0 2 14 2 2 2"),
        lines);
  }

  /** All 518 JASPAR motifs, written by the workbench, keep their ids and site counts. */
  @Test
  void biopythonReadsTheWholeJasparCollectionAsWritten() throws IOException {
    MemeFile jaspar = MotifTestData.jaspar();

    List<String> lines =
        readByBiopython(
            MemeFormat.format(
                jaspar.motifs(), new Background(jaspar.background(), "uniform background")));

    assertEquals("background 0.25 0.25 0.25 0.25", lines.get(0));
    assertEquals(jaspar.motifs().size() + 1, lines.size());
    for (int i = 0; i < jaspar.motifs().size(); i++) {
      Motif m = jaspar.motifs().get(i);
      String[] fields = lines.get(i + 1).split(" ");
      assertEquals(m.id(), fields[0]);
      assertEquals(String.valueOf(m.sites()), fields[1], m.id());
      assertEquals(String.valueOf(m.width()), fields[3], m.id());
      assertEquals(
          String.format(
              Locale.ROOT, "%d", Math.round(m.normalized().probability(0, 0) * m.sites())),
          fields[4],
          m.id());
    }
  }
}
