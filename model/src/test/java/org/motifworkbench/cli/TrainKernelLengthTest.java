package org.motifworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.bundle.ModelBundle;
import org.motifworkbench.cli.MainTest.Run;

/**
 * {@code mwb train} refuses kernels wider than the input before training, whether they come from
 * {@code --kernels}, a preset or a settings file, and whether the length comes from the data or
 * from {@code --length}.
 */
class TrainKernelLengthTest {

  @TempDir Path dir;
  private Path fasta;
  private Path model;

  @BeforeEach
  void twentyBaseSequences() throws IOException {
    Random random = new Random(3);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      StringBuilder bases = new StringBuilder();
      for (int j = 0; j < 20; j++) {
        bases.append("ACGT".charAt(random.nextInt(4)));
      }
      text.append(">s")
          .append(i)
          .append(" label=")
          .append(i % 2 == 0 ? "a" : "b")
          .append('\n')
          .append(bases)
          .append('\n');
    }
    fasta = Files.writeString(dir.resolve("short.fa"), text);
    model = dir.resolve("m.mwb");
  }

  @Test
  void theDefaultNetworkLeavesOutItsWidestKernelOnTwentyBases() {
    Run r = train();
    assertEquals(0, r.code(), r.err());
    assertTrue(
        r.out()
            .contains(
                "kernels longer than the 20-bp input left out (kernels 3, 7, 15"
                    + " bp x 32 filters"),
        r.out());
  }

  @Test
  void anExplicitDefaultPresetKernelListIsStillChecked() {
    Run r = train("--kernels", "3,7,15,25");
    assertRefused(
        r,
        "Error: Kernel size 25 is longer than the input length of 20 bases: use"
            + " kernel sizes of at most 20, or a longer input length. (The input length is the"
            + " longest sequence in the data; --length sets another.)");
  }

  @Test
  void kernelsFromTheCommandLineAreCheckedAgainstLength() {
    Run r = train("--kernels", "3,31,41", "--length", "30");
    assertRefused(
        r,
        "Error: Kernel sizes 31, 41 are longer than the input length of 30 bases:"
            + " use kernel sizes of at most 30, or a longer input length. (The input length is"
            + " --length 30.)");
  }

  @Test
  void kernelsFromAPresetAreCheckedAgainstLength() {
    Run r = train("--preset", "teaching", "--length", "10", "--length-policy", "left");
    assertRefused(
        r,
        "Error: Kernel size 15 is longer than the input length of 10 bases: use"
            + " kernel sizes of at most 10, or a longer input length. (The input length is"
            + " --length 10.)");
  }

  @Test
  void kernelsFromASettingsFileAreCheckedAgainstTheData() throws IOException {
    Path config =
        Files.writeString(dir.resolve("wide.json"), "{\"network\": {\"kernelSizes\": [5, 21]}}");
    Run r = train("--config", config.toString());
    assertRefused(
        r,
        "Error: Kernel size 21 is longer than the input length of 20 bases: use"
            + " kernel sizes of at most 20, or a longer input length. (The input length is the"
            + " longest sequence in the data; --length sets another.)");
  }

  @Test
  void kernelsThatFitAreTrainedAsGiven() {
    Run r = train("--kernels", "5,20", "--epochs", "1", "--batch-size", "16");
    assertEquals(0, r.code(), r.err());
    try (ModelBundle bundle = ModelBundle.load(model)) {
      assertEquals(List.of(5, 20), bundle.manifest().network().kernelSizes());
    }
  }

  private Run train(String... options) {
    List<String> args =
        new java.util.ArrayList<>(List.of("train", "-f", fasta.toString(), "-o", model.toString()));
    args.addAll(List.of(options));
    return MainTest.run(args.toArray(String[]::new));
  }

  private void assertRefused(Run r, String message) {
    assertEquals(Main.BAD_INPUT, r.code(), r.out() + r.err());
    assertEquals(message, r.err().strip());
    assertFalse(r.out().contains("Engine:"), "refused before the engine starts: " + r.out());
    assertFalse(r.out().contains("epoch"), r.out());
    assertFalse(Files.exists(model));
  }
}
