package org.motifworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.cli.MainTest.Run;
import org.motifworkbench.project.Project;
import org.motifworkbench.project.RunRecord;

/** {@code mwb train --project} adds runs a server made; {@code mwb runs} lists them. */
class RunsCommandTest {

  private static final String SAMPLE = Path.of("..", "samples", "primer-motif.fa").toString();

  @TempDir Path dir;

  @Test
  void runsTrainedIntoAProjectAreListedAndTabulated() throws Exception {
    Path project = dir.resolve("study");
    Run first = train(project, "--epochs", "1");
    assertEquals(0, first.code(), first.err());
    assertTrue(first.out().contains("Run 'Run 1'"), first.out());
    Run second =
        train(
            project,
            "--epochs",
            "2",
            "--filters",
            "12",
            "--name",
            "wider",
            "-o",
            dir.resolve("wider.mwb").toString());
    assertEquals(0, second.code(), second.err());
    assertTrue(Files.isRegularFile(dir.resolve("wider.mwb")), "-o still writes its file");

    List<RunRecord> runs = Project.open(project).runs();
    assertEquals(List.of("Run 1", "wider"), runs.stream().map(RunRecord::name).toList());
    assertEquals("command line", runs.get(0).origin());
    assertEquals("12", runs.get(1).changed().get("network.filters"));

    Path tsv = dir.resolve("runs.tsv");
    Run listed = MainTest.run("runs", "--project", project.toString(), "-o", tsv.toString());
    assertEquals(0, listed.code(), listed.err());
    assertTrue(listed.out().contains("test acc [95% CI]"), listed.out());
    assertTrue(listed.out().contains("filters=12"), listed.out());
    List<String> lines = Files.readAllLines(tsv);
    assertEquals(3, lines.size());
    List<String> header = List.of(lines.get(0).split("\t"));
    assertTrue(header.containsAll(RunsCommand.COLUMNS));
    assertTrue(header.contains("network.filters"));
    String[] wider = lines.get(2).split("\t", -1);
    assertEquals("wider", wider[header.indexOf("name")]);
    assertEquals("12", wider[header.indexOf("network.filters")]);
    assertFalse(wider[header.indexOf("test_accuracy")].isEmpty());
  }

  @Test
  void trainNeedsAnOutputAndAProjectIsNeverMadeOverOtherFiles() throws Exception {
    Run none = MainTest.run("train", "-f", SAMPLE, "--epochs", "1");
    assertEquals(2, none.code());
    assertTrue(none.err().contains("--project"), none.err());
    Files.writeString(dir.resolve("notes.txt"), "mine");
    Run busy = train(dir, "--epochs", "1");
    assertEquals(2, busy.code());
    assertTrue(busy.err().contains("is not empty"), busy.err());
    Run missing = MainTest.run("runs", "--project", dir.resolve("nothing").toString());
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("does not exist"), missing.err());
  }

  private static Run train(Path project, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "train",
                "-f",
                SAMPLE,
                "--preset",
                "teaching",
                "--batch-size",
                "32",
                "--project",
                project.toString()));
    args.addAll(List.of(more));
    return MainTest.run(args.toArray(String[]::new));
  }
}
