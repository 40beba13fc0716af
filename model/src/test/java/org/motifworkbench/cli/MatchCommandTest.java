package org.motifworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.motif.MatchTsv;
import org.motifworkbench.motif.MemeFile;
import org.motifworkbench.motif.MemeFormat;
import org.motifworkbench.motif.Motif;

/** {@code mwb match} through the real command line, against the JASPAR file the project ships. */
class MatchCommandTest {

  private static final Path JASPAR =
      Path.of("..", "samples", "motif-databases", "JASPAR_CORE_2016_vertebrates.meme");

  @TempDir Path dir;

  /** Two JASPAR motifs as queries: each finds itself first, then its relatives. */
  private Path queries() throws IOException {
    MemeFile jaspar = MemeFormat.read(JASPAR);
    List<Motif> two = List.of(jaspar.find("MA0139.1"), jaspar.find("MA0047.2"));
    Path file = dir.resolve("queries.meme");
    Files.writeString(file, MemeFormat.format(two));
    return file;
  }

  @Test
  void writesTomtomsMatchesPerQuery() throws IOException {
    Path out = dir.resolve("matches.tsv");
    MainTest.Run run =
        MainTest.run(
            "match",
            "--query",
            queries().toString(),
            "--db",
            JASPAR.toString(),
            "-o",
            out.toString());
    assertEquals(0, run.code(), run.err());
    List<String> lines = Files.readAllLines(out);
    assertEquals(MatchTsv.HEADER, lines.get(0));
    assertTrue(
        lines.get(1).startsWith("MA0139.1\tMA0139.1\tCTCF\t0\t+\t19\t0.0000\t"), lines.get(1));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("MA0047.2\tMA0047.2\tFoxa2\t0\t+\t12\t")));
    for (String line : lines.subList(1, lines.size())) {
      assertTrue(Double.parseDouble(line.split("\t")[9]) <= 0.5, line);
    }
    assertTrue(run.out().contains("Compared 2 query motifs with 518 database motifs (euclidean"));
    assertTrue(run.out().contains("CTCF") && run.out().contains("best MA0139.1 CTCF"), run.out());
  }

  @Test
  void topPValueAndPearsonOptions() throws IOException {
    Path out = dir.resolve("m.tsv");
    MainTest.Run run =
        MainTest.run(
            "match",
            "-q",
            queries().toString(),
            "--db",
            JASPAR.toString(),
            "-o",
            out.toString(),
            "--distance",
            "pearson",
            "--max-pvalue",
            "1",
            "--top",
            "3");
    assertEquals(0, run.code(), run.err());
    List<String> lines = Files.readAllLines(out);
    assertEquals(1 + 2 * 3, lines.size(), String.join("\n", lines));
    assertTrue(
        lines.get(1).startsWith("MA0139.1\tMA0139.1\tCTCF\t0\t+\t19\t19.0000\t"), lines.get(1));
    assertTrue(run.out().contains("(pearson distance)"), run.out());
  }

  @Test
  void badInputIsAMessageNamingTheProblem() throws IOException {
    Path q = queries();
    Path out = dir.resolve("m.tsv");
    assertError(
        "--distance must be euclidean or pearson, not 'cosine'",
        "match",
        "-q",
        q.toString(),
        "--db",
        JASPAR.toString(),
        "-o",
        out.toString(),
        "--distance",
        "cosine");
    assertError(
        "--max-qvalue and --max-pvalue exclude each other",
        "match",
        "-q",
        q.toString(),
        "--db",
        JASPAR.toString(),
        "-o",
        out.toString(),
        "--max-qvalue",
        "0.1",
        "--max-pvalue",
        "0.01");
    assertError(
        "--max-pvalue must be a probability",
        "match",
        "-q",
        q.toString(),
        "--db",
        JASPAR.toString(),
        "-o",
        out.toString(),
        "--max-pvalue",
        "2");
    Path broken = dir.resolve("broken.meme");
    Files.writeString(
        broken,
        "MEME version 4\n\nALPHABET= ACGT\n\nMOTIF m1\nletter-probability matrix: alength= 4 w= 2\n"
            + "0.25 0.25 0.25 0.25\n0.5 0.5 x 0\n");
    assertError(
        "broken.meme:8",
        "match",
        "-q",
        broken.toString(),
        "--db",
        JASPAR.toString(),
        "-o",
        out.toString());
    assertError(
        "none.meme: the file does not exist",
        "match",
        "-q",
        dir.resolve("none.meme").toString(),
        "--db",
        JASPAR.toString(),
        "-o",
        out.toString());
    // the output may not be one of the inputs
    MainTest.Run same =
        MainTest.run("match", "-q", q.toString(), "--db", JASPAR.toString(), "-o", q.toString());
    assertEquals(2, same.code(), same.err());
    assertTrue(Files.readString(q).startsWith("MEME version"), "the query file is untouched");
    assertFalse(Files.exists(out));
  }

  private static void assertError(String expected, String... args) {
    MainTest.Run run = MainTest.run(args);
    assertEquals(2, run.code(), run.out() + run.err());
    assertTrue(run.err().contains(expected), run.err());
    assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
  }
}
