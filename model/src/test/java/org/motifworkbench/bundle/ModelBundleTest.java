package org.motifworkbench.bundle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.data.SplitPlan;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.network.SequenceClassifier;
import org.motifworkbench.sequence.InvalidInputException;
import org.motifworkbench.sequence.SequenceRecord;
import org.motifworkbench.training.TrainingSpec;

class ModelBundleTest {

  @TempDir Path dir;

  private static final List<String> CLASSES = List.of("neg", "pos");

  static BundleManifest manifest(int formatVersion) {
    return BundleManifest.builder()
        .optFormatVersion(formatVersion)
        .optCreatedAt("2026-01-01T00:00:00Z")
        .setVersions(Map.of("workbench", "test"))
        .setNetwork(NetworkPreset.TEACHING.spec())
        .setTraining(TrainingSpec.defaults())
        .setLengthPolicy(new LengthPolicy(LengthPolicy.Mode.CENTER, 30))
        .setClassNames(CLASSES)
        .optSplit(SplitPlan.stratified(1))
        .optTestIds(List.of("a"))
        .build();
  }

  static List<SequenceRecord> records() {
    return List.of(
        new SequenceRecord("a", "", "ACGTACGTACGTTTTTGGGGCCCCAAAATT", null, null),
        new SequenceRecord("b", "", "NNNNACGTRYACGTAAAAAAAAAAAAAAAAAAAACCCCGT", null, null),
        new SequenceRecord("c", "", "acgt", null, null));
  }

  @Test
  void roundTripPredictsExactlyTheSame() throws Exception {
    Path file = dir.resolve("m.mwb");
    float[][] before;
    try (ModelBundle bundle =
        new ModelBundle(
            manifest(1),
            SequenceClassifier.create(NetworkPreset.TEACHING.spec(), CLASSES, 30, 3))) {
      before = bundle.predict(records(), 8);
      bundle.save(file);
    }
    try (ModelBundle loaded = ModelBundle.load(file)) {
      float[][] after = loaded.predict(records(), 8);
      for (int i = 0; i < before.length; i++) {
        assertArrayEquals(before[i], after[i], 0f);
      }
      assertEquals(
          new LengthPolicy(LengthPolicy.Mode.CENTER, 30), loaded.manifest().lengthPolicy());
      assertEquals(CLASSES, loaded.manifest().classNames());
      assertEquals(SplitPlan.stratified(1), loaded.manifest().split());
    }
    try (var files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
    }
  }

  @Test
  void foreignFilesGetAClearError() throws Exception {
    Path text = dir.resolve("notes.mwb");
    Files.writeString(text, "just text");
    assertMessage(text, "not a Motif Workbench model file");

    Path otherZip = dir.resolve("other.mwb");
    zip(otherZip, "readme.txt", "hello");
    assertMessage(otherZip, "not a Motif Workbench model file");

    assertMessage(dir.resolve("missing.mwb"), "there is no model file here");
  }

  @Test
  void damagedOrNewerBundlesGetAClearError() throws Exception {
    Path file = dir.resolve("m.mwb");
    try (ModelBundle bundle =
        new ModelBundle(
            manifest(1),
            SequenceClassifier.create(NetworkPreset.TEACHING.spec(), CLASSES, 30, 3))) {
      bundle.save(file);
    }
    byte[] bytes = Files.readAllBytes(file);
    Path truncated = dir.resolve("truncated.mwb");
    Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> ModelBundle.load(truncated).close());
    assertTrue(e.getMessage().startsWith(truncated.toString()), e.getMessage());

    Path newer = dir.resolve("newer.mwb");
    zipManifest(newer, ModelBundle.GSON.toJson(manifest(99)));
    assertMessage(newer, "newer version of Motif Workbench");
  }

  private static void assertMessage(Path file, String expected) {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> ModelBundle.load(file).close());
    assertTrue(e.getMessage().contains(expected), e.getMessage());
    assertTrue(e.getMessage().contains(file.getFileName().toString()), e.getMessage());
  }

  private static void zipManifest(Path file, String json) throws Exception {
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("manifest.json"));
      zip.write(json.getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("parameters.bin"));
      zip.write(new byte[] {1, 2, 3});
    }
  }

  private static void zip(Path file, String name, String text) throws Exception {
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }
}
