package org.motifworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.network.EngineCpuCheck;

/**
 * The engine prints nothing on stderr in a normal run. libtorch writes its warnings to the
 * process's own stderr, which Java cannot capture, so the commands run in a child JVM.
 */
class EngineQuietTest {

  /** libtorch's notice where the processor's caches are hidden ({@link EngineCpuCheck}). */
  static final Pattern NNPACK =
      Pattern.compile(
          "(?m)^\\[W[^\\]]*NNPACK\\.cpp:\\d+\\] Could not initialize NNPACK! Reason: Unsupported"
              + " hardware\\.$");

  private static final Path SAMPLE = Path.of("..", "samples", "primer-motif.fa");

  @TempDir Path dir;

  /** Child JVM: runs the mwb commands separated by "+" one after another, stops at a failure. */
  public static void main(String[] args) {
    List<String> command = new ArrayList<>();
    for (int i = 0; i <= args.length; i++) {
      if (i == args.length || args[i].equals("+")) {
        int code = Main.commandLine().execute(command.toArray(String[]::new));
        if (code != 0) {
          System.exit(code);
        }
        command.clear();
      } else {
        command.add(args[i]);
      }
    }
    System.exit(0);
  }

  @Test
  void trainingRestoringWeightsAndExplainingLeaveStderrEmpty() throws Exception {
    Path model = dir.resolve("primer.mwb");
    // train: the Java kernels copy weights into the engine each epoch and the best epoch's weights
    // are restored; explain: the engine computes gradients from staged input.
    Process child =
        new ProcessBuilder(
                java(),
                "--add-modules=jdk.incubator.vector",
                "-Dai.djl.offline=true",
                "-DOPT_OUT_TRACKING=true",
                "-cp",
                System.getProperty("java.class.path"),
                EngineQuietTest.class.getName(),
                "train",
                "-f",
                SAMPLE.toString(),
                "--preset",
                "teaching",
                "--epochs",
                "2",
                "-o",
                model.toString(),
                "+",
                "explain",
                "-m",
                model.toString(),
                "-i",
                SAMPLE.toString(),
                "--ids",
                "seq1",
                "--method",
                "integrated-gradients",
                "-o",
                dir.resolve("why.tsv").toString())
            .redirectOutput(dir.resolve("out.txt").toFile())
            .redirectError(dir.resolve("err.txt").toFile())
            .start();
    assertTrue(child.waitFor(5, TimeUnit.MINUTES), "child JVM did not finish");
    String err = read("err.txt");
    assertEquals(0, child.exitValue(), read("out.txt") + err);
    assertTrue(Files.size(dir.resolve("why.tsv")) > 0);
    assertFalse(err.contains("AutoNonVariableTypeMode"), err);
    // The JVM's own notice about the incubating vector module is the one line allowed; on a machine
    // that hides its processor's caches libtorch also says it cannot start NNPACK (EngineCpuCheck),
    // and bin/mwb leaves both out of what the user sees.
    String rest = err.replace("WARNING: Using incubator modules: jdk.incubator.vector", "");
    if (EngineCpuCheck.problem().isPresent()) {
      rest = NNPACK.matcher(rest).replaceAll("");
    }
    assertEquals("", rest.strip(), err);
  }

  private String read(String name) throws IOException {
    return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
