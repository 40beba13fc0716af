package org.motifworkbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.cli.Main;
import picocli.CommandLine;

/**
 * {@code mwb bench} through the core's real command line: found as an extension when this module is
 * on the class path, with its usage, and quick runs of the parts that need no PyTorch.
 */
class BenchCommandTest {

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    CommandLine cli = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void mwbListsBenchBeforeHelp() {
    List<String> names = List.copyOf(Main.commandLine().getSubcommands().keySet());
    assertTrue(names.contains("bench"), names.toString());
    assertEquals(names.indexOf("engine") + 1, names.indexOf("bench"), names.toString());
    assertEquals("help", names.get(names.size() - 1), names.toString());
    Run help = run("--help");
    assertTrue(help.out().contains("\n  bench     Measure training, prediction"), help.out());
  }

  @Test
  void usageWithTheToolsOptionsAndWidth() {
    Run help = run("bench", "--help");
    assertEquals(0, help.code(), help.err());
    assertTrue(help.out().startsWith("Usage: mwb bench "), help.out());
    for (String option :
        List.of(
            "-h, --help",
            "-V, --version",
            "--parts=",
            "--threads=",
            "--epochs=",
            "--sequences=",
            "--python=",
            "--reference=",
            "--repeats=",
            "--parse-mb=",
            "--rss-sizes=",
            "--work-dir=")) {
      assertTrue(help.out().contains(option), option + ":\n" + help.out());
    }
    for (String line : help.out().split("\n")) {
      assertTrue(line.length() <= 100, "too long: " + line);
    }
    assertEquals(help.out(), run("help", "bench").out());
  }

  @Test
  void parsePartPrintsItsRowInTheTable() {
    Run run = run("bench", "--parts", "parse", "--parse-mb", "2", "--work-dir", dir.toString());
    assertEquals(0, run.code(), run.err());
    List<String> lines = run.out().lines().toList();
    assertTrue(lines.get(0).startsWith("Motif Workbench benchmark: "), run.out());
    assertTrue(lines.get(1).startsWith("figure "), run.out());
    assertTrue(lines.get(2).startsWith("FASTA parse + one-hot encode, 2 MB "), run.out());
    assertTrue(lines.get(2).contains("plain read "), run.out());
    assertTrue(lines.get(3).startsWith("Load average at the end: "), run.out());
    assertEquals(4, lines.size(), run.out());
  }

  @Test
  void memoryPartRunsPredictInAChildJvm() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/time")), "needs GNU time in /usr/bin");
    // one size keeps the test quick: each size is a JVM and engine start (7 s on a busy machine)
    Run run = run("bench", "--parts", "memory", "--rss-sizes", "50", "--work-dir", dir.toString());
    assertEquals(0, run.code(), run.err());
    List<String> lines = run.out().lines().toList();
    assertTrue(lines.get(2).startsWith("peak RSS, mwb predict 50 seq "), run.out());
    assertTrue(lines.get(2).matches(".* \\d+ MB .*< 1000 MB .*"), run.out());
    assertTrue(lines.get(3).startsWith("  50 sequences in "), run.out());
    // a work folder given by the user is kept, emptied of what the part generated
    try (var left = Files.list(dir)) {
      assertEquals(List.of(), left.toList());
    }
  }

  @Test
  void referenceScriptAndSampleAreFoundFromTheModule() {
    Path script = PytorchReference.defaultScript();
    assertTrue(Files.isRegularFile(script), script.toString());
    assertEquals("bench", script.toAbsolutePath().getParent().getFileName().toString());
    Path sample =
        script
            .toAbsolutePath()
            .getParent()
            .getParent()
            .resolve("samples")
            .resolve("primer-motif.fa");
    assertTrue(Files.isRegularFile(sample), sample.toString());
  }
}
