package org.motifworkbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.sequence.SequenceRecord;

class SyntheticDatasetTest {

  @TempDir Path dir;

  @Test
  void writesFastaAndCeilingSidecar() throws Exception {
    SyntheticDataset d = SyntheticGenerator.generate(PromoterRecipe.tutorial(300, 5));
    Path fasta = dir.resolve("promoter.fa");
    Path sidecar = d.write(fasta);
    assertEquals(dir.resolve("promoter.ceiling.json"), sidecar);

    List<SequenceRecord> back = TestFasta.parse(Files.readString(fasta));
    assertEquals(300, back.size());
    for (int i = 0; i < back.size(); i++) {
      SequenceRecord expected = d.sequences().records().get(i);
      assertEquals(expected.id(), back.get(i).id());
      assertEquals(expected.description(), back.get(i).description());
      assertEquals(expected.bases(), back.get(i).bases());
    }

    JsonObject json = JsonParser.parseString(Files.readString(sidecar)).getAsJsonObject();
    assertEquals("promoter", json.get("task").getAsString());
    assertEquals(300, json.get("n").getAsInt());
    assertEquals(5, json.get("seed").getAsLong());
    assertEquals(d.ceiling(), json.get("ceiling").getAsDouble(), 0);
    assertEquals(150, json.getAsJsonObject("classCounts").get("positive").getAsInt());
    assertEquals(200, json.getAsJsonObject("parameters").get("length").getAsInt());
    assertEquals(0.3, json.getAsJsonObject("parameters").get("decoyFraction").getAsDouble(), 0);
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(2, files.count(), "no temporary files left behind");
    }
  }

  @Test
  void rewritingReplacesFiles() throws Exception {
    Path fasta = dir.resolve("p.fasta");
    SyntheticGenerator.generate(PrimerRecipe.defaults(20, 1)).write(fasta);
    SyntheticGenerator.generate(PrimerRecipe.defaults(10, 1)).write(fasta);
    assertEquals(10, TestFasta.parse(Files.readString(fasta)).size());
    assertTrue(Files.readString(dir.resolve("p.ceiling.json")).contains("\"n\": 10"));
  }

  @Test
  void ceilingPathReplacesTheExtension() {
    assertEquals(Path.of("a/b.ceiling.json"), SyntheticDataset.ceilingPath(Path.of("a/b.fa")));
    assertEquals(Path.of("b.ceiling.json"), SyntheticDataset.ceilingPath(Path.of("b")));
  }

  @Test
  void classSizesFollowPriorsExactly() {
    int[] thirds = SyntheticGenerator.classSizes(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, 1000);
    assertEquals(1000, thirds[0] + thirds[1] + thirds[2]);
    for (int size : thirds) {
      assertTrue(size == 333 || size == 334, "" + size);
    }
    int[] skewed = SyntheticGenerator.classSizes(new double[] {0.7, 0.3}, 11);
    assertEquals(List.of(8, 3), List.of(skewed[0], skewed[1]));
  }
}
