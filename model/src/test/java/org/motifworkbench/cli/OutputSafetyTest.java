package org.motifworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.bundle.BundleManifest;
import org.motifworkbench.bundle.ModelBundle;
import org.motifworkbench.data.SplitPlan;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.network.SequenceClassifier;
import org.motifworkbench.training.TrainingSpec;

/** No command overwrites its own input or model, and unwritable outputs stop it before any work. */
class OutputSafetyTest {

  @TempDir Path dir;

  private final Map<String, byte[]> inputs = new LinkedHashMap<>();

  @BeforeEach
  void writeInputs() throws Exception {
    assertEquals(0, MainTest.run("simulate", "primer", "-n", "60", "-o", path("p.fa")).code());
    Files.writeString(dir.resolve("c.json"), "{\"training\": {\"epochs\": 1}}");
    Files.createDirectories(dir.resolve("motifs"));
    Files.writeString(
        dir.resolve("motifs/discovered.meme"),
        "MEME version 4\n\nALPHABET= ACGT\n\n"
            + "MOTIF A\nletter-probability matrix: alength= 4 w= 2\n0.25 0.25 0.25 0.25\n"
            + "0.7 0.1 0.1 0.1\n");
    List<String> classes = List.of("negative", "positive");
    BundleManifest manifest =
        BundleManifest.builder()
            .optCreatedAt("2026-01-01T00:00:00Z")
            .setVersions(Map.of("workbench", "test"))
            .setNetwork(NetworkPreset.TEACHING.spec())
            .setTraining(TrainingSpec.defaults())
            .setLengthPolicy(new LengthPolicy(LengthPolicy.Mode.FIXED, 50))
            .setClassNames(classes)
            .optSplit(SplitPlan.stratified(1))
            .build();
    try (ModelBundle bundle =
        new ModelBundle(
            manifest, SequenceClassifier.create(NetworkPreset.TEACHING.spec(), classes, 50, 3))) {
      bundle.save(dir.resolve("m.mwb"));
    }
    Files.createSymbolicLink(dir.resolve("link.fa"), dir.resolve("p.fa"));
    Files.createDirectories(dir.resolve("sub"));
    for (String name : List.of("p.fa", "c.json", "m.mwb", "motifs/discovered.meme")) {
      inputs.put(name, Files.readAllBytes(dir.resolve(name)));
    }
  }

  @Test
  void anOutputThatIsAnInputOrTheModelIsRefusedAndLeftIntact() throws Exception {
    String[][] cases = {
      {"predict", "-m", "m.mwb", "-i", "p.fa", "-o", "p.fa"},
      {"predict", "-m", "m.mwb", "-i", "p.fa", "-o", "m.mwb"},
      {"predict", "-m", "m.mwb", "-i", "p.fa", "-o", "sub/../p.fa"},
      {"predict", "-m", "m.mwb", "-i", "p.fa", "-o", "link.fa"},
      {"train", "-f", "p.fa", "--epochs", "1", "-o", "p.fa"},
      {"train", "-f", "p.fa", "--epochs", "1", "-o", "new.mwb", "--history", "p.fa"},
      {"train", "-f", "p.fa", "--epochs", "1", "-o", "new.mwb", "--metrics", "link.fa"},
      {"train", "-f", "p.fa", "--config", "c.json", "-o", "c.json"},
      {"evaluate", "-m", "m.mwb", "--json", "m.mwb"},
      {"evaluate", "-m", "m.mwb", "-f", "p.fa", "--tsv", "p.fa"},
      {"explain", "-m", "m.mwb", "-i", "p.fa", "-o", "m.mwb"},
      {"motifs", "-m", "m.mwb", "--db", "motifs/discovered.meme", "-o", "motifs"},
      {
        "simulate",
        "pwm",
        "--meme",
        "motifs/discovered.meme",
        "--motif",
        "A",
        "-o",
        "motifs/discovered.meme"
      },
    };
    for (String[] args : cases) {
      // motifs writes into its folder: the file that would replace the database is refused
      String output = args[0].equals("motifs") ? "motifs/discovered.meme" : args[args.length - 1];
      MainTest.Run r = MainTest.run(resolved(args));
      String command = String.join(" ", args);
      assertEquals(Main.BAD_INPUT, r.code(), command + "\n" + r.out() + r.err());
      assertTrue(
          r.err()
              .contains(
                  "Cannot write '" + path(output) + "': it is the same file as " + "the input '"),
          command + "\n" + r.err());
      assertFalse(r.out().contains("Engine:") || r.out().contains("Scored"), r.out());
      assertInputsUnchanged(command);
    }
  }

  @Test
  void twoOutputsOfOneCommandMayNotBeOneFile() throws Exception {
    MainTest.Run r =
        MainTest.run(
            resolved("evaluate", "-m", "m.mwb", "--json", "x.json", "--tsv", "sub/../x.json"));
    assertEquals(Main.BAD_INPUT, r.code(), r.err());
    assertTrue(r.err().contains("same file as the output '" + path("x.json") + "'"), r.err());
    assertFalse(Files.exists(dir.resolve("x.json")));
  }

  @Test
  void unwritableOutputsAreRefusedBeforeTraining() throws Exception {
    Map<String, String> reasons = new LinkedHashMap<>();
    reasons.put("motifs", "it is a folder");
    reasons.put("nowhere/m.mwb", "the folder '" + path("nowhere") + "' does not exist");
    reasons.put("p.fa/m.mwb", "'" + path("p.fa") + "' is a file, not a folder");
    if (Files.isDirectory(Path.of("/sys"))) {
      reasons.put("/sys/m.mwb", "it cannot be written in '/sys'");
    }
    for (Map.Entry<String, String> e : reasons.entrySet()) {
      MainTest.Run r =
          MainTest.run(
              resolved(
                  "train",
                  "-f",
                  "p.fa",
                  "--preset",
                  "teaching",
                  "--epochs",
                  "1",
                  "-o",
                  e.getKey()));
      assertEquals(Main.BAD_INPUT, r.code(), e.getKey() + ": " + r.err());
      assertTrue(r.err().contains(e.getValue()), r.err());
      assertFalse(r.out().contains("Engine:"), "refused before training: " + r.out());
    }
    assertInputsUnchanged("train");
  }

  @Test
  void aFigureFolderThatIsAFileIsRefused() throws Exception {
    for (String[] args :
        List.of(
            new String[] {"figure", "evaluation", "-m", "m.mwb", "-o", "m.mwb"},
            new String[] {"figure", "logos", "--meme", "motifs/discovered.meme", "-o", "p.fa"},
            new String[] {"motifs", "-m", "m.mwb", "-o", "p.fa"})) {
      MainTest.Run r = MainTest.run(resolved(args));
      assertEquals(Main.BAD_INPUT, r.code(), r.err());
      assertTrue(
          r.err()
              .contains(
                  "Cannot write '" + path(args[args.length - 1]) + "': it is a file, not a folder"),
          r.err());
    }
    assertInputsUnchanged("figure");
  }

  @Test
  void aReadOnlyFolderIsNamed() throws Exception {
    assumeTrue(Files.isDirectory(Path.of("/sys")), "needs a folder nobody may write");
    MainTest.Run r =
        MainTest.run(resolved("predict", "-m", "m.mwb", "-i", "p.fa", "-o", "/sys/p.tsv"));
    assertEquals(Main.BAD_INPUT, r.code(), r.err());
    assertTrue(
        r.err()
            .matches(
                "(?s)Error: Cannot write '/sys/p.tsv': it cannot be written in "
                    + "'/sys' \\((permission denied|Read-only file system)\\)\\.\\s*"),
        r.err());
  }

  private void assertInputsUnchanged(String command) throws Exception {
    for (Map.Entry<String, byte[]> e : inputs.entrySet()) {
      assertArrayEquals(
          e.getValue(),
          Files.readAllBytes(dir.resolve(e.getKey())),
          e.getKey() + " changed by " + command);
    }
    assertTrue(Files.isSymbolicLink(dir.resolve("link.fa")), "link.fa was replaced");
  }

  private static final java.util.Set<String> FILE_OPTIONS =
      java.util.Set.of(
          "-m",
          "-i",
          "-o",
          "-f",
          "--config",
          "--json",
          "--tsv",
          "--history",
          "--metrics",
          "--db",
          "--meme");

  /** The arguments with the file after each file option resolved in the test folder. */
  private String[] resolved(String... args) {
    String[] out = args.clone();
    for (int i = 1; i < out.length; i++) {
      if (FILE_OPTIONS.contains(args[i - 1]) && !args[i].startsWith("/")) {
        out[i] = path(args[i]);
      }
    }
    return out;
  }

  private String path(String name) {
    return dir.resolve(name).toString();
  }
}
