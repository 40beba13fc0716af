package org.motifworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code mwb train} does with a newcomer's own files and no options: which network and strands
 * it chose (said in the output), and a warning with what to try when the model ends at chance.
 */
class TrainDefaultsTest {

  @TempDir Path dir;

  private Path randomFasta(String name, int n, long seed) throws IOException {
    SplittableRandom r = new SplittableRandom(seed);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append('>').append(name).append(i).append('\n');
      int length = 150 + r.nextInt(101);
      for (int j = 0; j < length; j++) {
        sb.append("ACGT".charAt(r.nextInt(4)));
      }
      sb.append('\n');
    }
    Path file = dir.resolve(name + ".fa");
    Files.writeString(file, sb);
    return file;
  }

  @Test
  void twoFilesOfNoSignalSaySoAndNameTheNetworkChosen() throws IOException {
    Path a = randomFasta("first", 120, 1);
    Path b = randomFasta("second", 120, 2);
    MainTest.Run train =
        MainTest.run(
            "train",
            "-f",
            a.toString(),
            "-f",
            b.toString(),
            "--epochs",
            "2",
            "-o",
            dir.resolve("m.mwb").toString());
    assertEquals(0, train.code(), train.err());
    // 64% of 240 in a stratified split, rounded per class
    assertTrue(
        train
            .out()
            .contains(
                "Network: default, sized for 154 training sequences (fewer "
                    + "than 1,000) (kernels 3, 7, 15, 25 bp x 32 filters, attention, dense 64)."),
        train.out());
    assertTrue(train.out().contains("Reverse complements on"), train.out());
    assertTrue(train.out().contains("Warning: Accuracy "), train.out());
    assertTrue(train.out().contains("is no better than always answering"), train.out());
    assertTrue(train.out().contains("What to try"), train.out());
  }

  @Test
  void forwardStrandTeachingDataTrainsOnOneStrand() {
    Path fasta = dir.resolve("primer.fa");
    assertEquals(
        0,
        MainTest.run("simulate", "primer", "-n", "200", "--seed", "3", "-o", fasta.toString())
            .code());
    MainTest.Run train =
        MainTest.run(
            "train",
            "-f",
            fasta.toString(),
            "--preset",
            "teaching",
            "--epochs",
            "1",
            "-o",
            dir.resolve("p.mwb").toString());
    assertEquals(0, train.code(), train.err());
    assertTrue(
        train
            .out()
            .contains(
                "Reverse complements off: the headers say every planted motif "
                    + "is on the forward strand"),
        train.out());
    assertTrue(train.out().contains("Network: as set (kernels 7, 15 bp x 16 filters"), train.out());
    MainTest.Run both =
        MainTest.run(
            "train",
            "-f",
            fasta.toString(),
            "--preset",
            "teaching",
            "--epochs",
            "1",
            "--rc-augment",
            "-o",
            dir.resolve("q.mwb").toString());
    assertEquals(0, both.code(), both.err());
    assertFalse(both.out().contains("Reverse complements off"), both.out());
  }
}
