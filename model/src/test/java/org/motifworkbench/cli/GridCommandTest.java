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
import org.motifworkbench.cli.MainTest.Run;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.project.Project;
import org.motifworkbench.workflow.GridSpec;

/** {@code mwb grid}: a 2 x 2 grid into a new project, ranked, and run again to resume. */
class GridCommandTest {

  private static final Path SAMPLE = Path.of("..", "samples", "primer-motif.fa");

  @TempDir Path dir;

  private Path sample(int n) throws IOException {
    Path file = dir.resolve("primer.fa");
    Files.write(file, Files.readAllLines(SAMPLE).subList(0, 2 * n));
    return file;
  }

  private Path gridFile(String json) throws IOException {
    Path file = dir.resolve("grid.json");
    Files.writeString(file, json.replace('\'', '"'));
    return file;
  }

  @Test
  void theSampleGridIsTwoByTwo() {
    GridSpec grid = GridSpec.read(Path.of("..", "samples", "grid-example.json"), null);
    assertEquals(NetworkPreset.TEACHING, grid.preset());
    assertEquals(4, grid.size());
  }

  @Test
  void fourCombinationsRankedThenResumed() throws IOException {
    Path fasta = sample(400);
    Path grid =
        gridFile(
            "{'preset': 'teaching', 'base': {'training': {'epochs': 2, 'batchSize': 32}},"
                + " 'grid': {'network.filters': [8, 16], 'training.learningRate': [0.003, 0.01]}}");
    Path project = dir.resolve("study");
    String[] args = {
      "grid", "--config", grid.toString(), "-f", fasta.toString(), "--project", project.toString()
    };
    Run run = MainTest.run(args);
    assertEquals(0, run.code(), run.err());
    String out = run.out();
    assertTrue(out.contains("Grid "), out);
    assertTrue(out.contains("4 combinations of filters x learningRate, preset teaching"), out);
    assertTrue(out.contains("Training combination 1/4: filters=8, learningRate=0.003"), out);
    assertTrue(out.contains("Training combination 4/4: filters=16, learningRate=0.01"), out);
    assertTrue(out.contains("Time left for 4 combinations: at most ~"), out);
    assertTrue(out.contains("(early stopping may end runs sooner)"), out);
    assertTrue(out.contains("rank   name"), out);
    assertTrue(out.contains("test acc [95% CI]"), out);
    assertTrue(out.contains("\n1*     filters="), out);
    assertTrue(out.contains("\n4      filters="), out);
    assertTrue(out.contains("* best by validation accuracy"), out);
    // each test accuracy with its 95% bootstrap interval
    assertEquals(
        4,
        java.util.regex.Pattern.compile("\\d\\.\\d{4} \\[\\d\\.\\d{3}-\\d\\.\\d{3}\\]\n")
            .matcher(out.substring(out.indexOf("rank   name")))
            .results()
            .count(),
        out);
    assertTrue(Project.exists(project));
    assertEquals(4, Project.open(project).runs().size());

    Run again = MainTest.run(args);
    assertEquals(0, again.code(), again.err());
    assertTrue(again.out().contains("Skipped combination 1/4 (filters=8, learningRate=0.003)"));
    assertFalse(again.out().contains("Training combination"), again.out());
    assertEquals(4, Project.open(project).runs().size());
    // the same table both times
    String table = out.substring(out.indexOf("rank   name"));
    assertEquals(table, again.out().substring(again.out().indexOf("rank   name")));
  }

  @Test
  void aBadGridFileIsAPlainErrorAndMakesNoProject() throws IOException {
    Path fasta = sample(50);
    Path grid = gridFile("{'grid': {'network.filters': [16, 16]}}");
    Path project = dir.resolve("study");
    Run run =
        MainTest.run(
            "grid",
            "--config",
            grid.toString(),
            "-f",
            fasta.toString(),
            "--project",
            project.toString());
    assertEquals(Main.BAD_INPUT, run.code());
    assertTrue(
        run.err()
            .startsWith(
                "Error: " + grid + ": grid.\"network.filters\"[1]: 16 is already given at [0]"),
        run.err());
    assertFalse(Files.exists(project));
  }

  @Test
  void theProjectOptionIsRequired() throws IOException {
    Run run = MainTest.run("grid", "--config", "g.json", "-f", "x.fa");
    assertTrue(run.code() != 0);
    assertTrue(run.err().contains("--project"), run.err());
    assertEquals(List.of(), List.of(dir.toFile().list()));
  }
}
