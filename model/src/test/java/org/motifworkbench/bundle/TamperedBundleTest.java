package org.motifworkbench.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.network.NetworkSpec;
import org.motifworkbench.network.SequenceClassifier;
import org.motifworkbench.sequence.InvalidInputException;

/**
 * Model files rewritten from a real saved bundle: a description that does not fit its weights, a
 * value out of range, a null or an unknown field, or an entry that unpacks to far more than the
 * network holds is refused with the file and the field named, never loaded.
 */
class TamperedBundleTest {

  @TempDir Path dir;

  private Path saved;
  private byte[] manifest;
  private byte[] parameters;

  @BeforeEach
  void saveARealBundle() throws IOException {
    saved = dir.resolve("real.mwb");
    try (ModelBundle bundle =
        new ModelBundle(
            ModelBundleTest.manifest(1),
            SequenceClassifier.create(
                NetworkPreset.TEACHING.spec(), List.of("neg", "pos"), 30, 3))) {
      bundle.save(saved);
    }
    try (ZipFile zip = new ZipFile(saved.toFile())) {
      manifest = zip.getInputStream(zip.getEntry("manifest.json")).readAllBytes();
      parameters = zip.getInputStream(zip.getEntry("parameters.bin")).readAllBytes();
    }
  }

  static Stream<Arguments> descriptionsThatDoNotFitTheWeights() {
    return Stream.of(
        Arguments.of(
            "32 filters over 16-filter weights",
            edit(m -> network(m).addProperty("filters", 32)),
            "'01conv7_weight' has shape (16, 4, 7), the network described needs" + " (32, 4, 7)"),
        Arguments.of(
            "other kernel sizes",
            edit(m -> network(m).add("kernelSizes", ints(9, 15))),
            "'01conv9_weight' has shape (16, 4, 7), the network described needs " + "(16, 4, 9)"),
        Arguments.of(
            "three class names over two-class weights",
            edit(m -> m.add("classNames", strings("a", "b", "c"))),
            "'09output_weight' has shape (1, 32), the network described " + "needs (3, 32)"),
        Arguments.of(
            "wider dense layer",
            edit(m -> network(m).add("denseUnits", ints(64))),
            "'07dense0_weight' has shape (32, 32), the network described needs (64, 32)"),
        Arguments.of(
            "attention switched off",
            edit(m -> network(m).addProperty("attention", false)),
            "the stored arrays are not those of the network described"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("descriptionsThatDoNotFitTheWeights")
  void weightsOfAnotherShapeAreRefused(String what, Consumer<JsonObject> change, String expected)
      throws IOException {
    Path file = rewrite(change, parameters);
    assertRefused(file, "its weights do not fit its network description (the stored");
    assertRefused(file, expected);
  }

  @Test
  void aBundleWithoutWeightsOrWithOneClassIsRefused() throws IOException {
    Path noWeights = dir.resolve("no-weights.mwb");
    try (OutputStream out = Files.newOutputStream(noWeights);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("manifest.json"));
      zip.write(manifest);
    }
    assertRefused(noWeights, "the model file is damaged: it holds no parameters.bin");
    assertRefused(
        rewrite(m -> m.add("classNames", strings("pos")), parameters),
        "'classNames' names 1 class; a classifier has 2 to 10000.");
  }

  @Test
  void weightsThatEndEarlyOrRunOnAreRefused() throws IOException {
    byte[] longer = java.util.Arrays.copyOf(parameters, parameters.length + 64);
    assertRefused(rewrite(m -> {}, longer), "more data is stored than the network holds");
    byte[] shorter = java.util.Arrays.copyOf(parameters, parameters.length - 64);
    assertRefused(rewrite(m -> {}, shorter), "the stored weights end early");
  }

  static Stream<Arguments> descriptionsOutOfRange() {
    return Stream.of(
        Arguments.of(
            edit(m -> m.add("classNames", strings("pos", "pos"))),
            "'classNames' names the class 'pos' twice."),
        Arguments.of(
            edit(m -> m.add("classNames", strings("pos", " "))),
            "'classNames' holds an empty class name."),
        Arguments.of(
            edit(m -> m.get("classNames").getAsJsonArray().add(JsonNull.INSTANCE)),
            "'classNames[2]' is null."),
        Arguments.of(edit(m -> m.add("network", JsonNull.INSTANCE)), "'network' is null."),
        Arguments.of(edit(m -> network(m).remove("filters")), "'network.filters' is missing."),
        Arguments.of(
            edit(m -> network(m).addProperty("filters", 16.5)),
            "'network.filters' is 16.5, not a whole number."),
        Arguments.of(
            edit(m -> network(m).addProperty("filters", "16")),
            "'network.filters' is \"16\", not a whole number."),
        Arguments.of(
            edit(m -> training(m).addProperty("epochs", 4294967298L)),
            "'training.epochs' is 4294967298, outside -2147483648 to 2147483647."),
        Arguments.of(
            edit(m -> training(m).addProperty("epochs", -3)),
            "training: Epochs must be between 1 and 10000 (got -3)."),
        Arguments.of(
            edit(m -> network(m).addProperty("convDropout", -0.5)),
            "network: Convolution dropout must be at least 0 and below 1 (got -0.5)."),
        Arguments.of(
            edit(m -> network(m).add("kernelSizes", ints(7, 7))),
            "network: a kernel size is given twice [7, 7]."),
        Arguments.of(
            edit(m -> policy(m).addProperty("length", -5)),
            "'lengthPolicy.length' is -5; an input length is 1 to 1000000 bases."),
        Arguments.of(
            edit(m -> policy(m).addProperty("mode", "MIDDLE")),
            "'lengthPolicy.mode' is \"MIDDLE\"; the workbench knows FIXED, CENTER, LEFT."),
        Arguments.of(
            edit(m -> policy(m).add("mode", JsonNull.INSTANCE)), "'lengthPolicy.mode' is null."),
        Arguments.of(
            edit(m -> m.getAsJsonObject("split").addProperty("mode", "RANDOM")),
            "'split.mode' is \"RANDOM\"; the workbench knows STRATIFIED, CHROMOSOME."),
        Arguments.of(
            edit(m -> m.getAsJsonObject("versions").add("djl", JsonNull.INSTANCE)),
            "'versions.djl' is null."),
        Arguments.of(
            edit(m -> m.addProperty("formatVersion", 0)), "'formatVersion' is 0; it starts at 1."),
        Arguments.of(
            edit(m -> m.addProperty("stopReason", "EXPLODED")),
            "'stopReason' is 'EXPLODED'; the workbench knows [COMPLETED, EARLY_STOPPED, "
                + "CANCELLED]."),
        Arguments.of(
            edit(m -> m.addProperty("ceiling", 2)),
            "'ceiling' is 2.0; an accuracy is between 0 and 1."),
        Arguments.of(
            edit(m -> m.addProperty("trainin", 1)),
            "'trainin' is not a field the workbench knows."));
  }

  @ParameterizedTest
  @MethodSource("descriptionsOutOfRange")
  void aDescriptionOutOfRangeIsRefusedNamingTheField(Consumer<JsonObject> change, String expected)
      throws IOException {
    Path file = rewrite(change, parameters);
    InvalidInputException e = assertRefused(file, expected);
    assertTrue(
        e.getMessage()
            .startsWith(
                file
                    + ": the model file is damaged: its description "
                    + "(manifest.json) is not one the workbench writes."),
        e.getMessage());
    assertFalse(e.getMessage().contains("constructor"), e.getMessage());
  }

  @Test
  void anEntryThatUnpacksToFarMoreThanTheNetworkHoldsIsRefusedWithoutReadingIt()
      throws IOException {
    Path bomb = dir.resolve("bomb.mwb");
    try (OutputStream out = Files.newOutputStream(bomb);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("manifest.json"));
      zip.write(manifest);
      zip.putNextEntry(new ZipEntry("parameters.bin"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 256; i++) {
        zip.write(zeros);
      }
    }
    assertTrue(Files.size(bomb) < 1 << 20, "a small file");
    long cap = ParameterBudget.maxBytes(NetworkPreset.TEACHING.spec(), List.of("neg", "pos"));
    InvalidInputException e =
        assertRefused(bomb, "its entry 'parameters.bin' unpacks to more " + "than ");
    assertTrue(
        e.getMessage()
            .contains(
                String.format(
                    java.util.Locale.ROOT,
                    "the weights of the " + "network it describes cannot take more than %.1f MB",
                    cap / 1e6)),
        e.getMessage());
  }

  @Test
  void aDescriptionThatUnpacksToMoreThanTheCapIsRefused() throws IOException {
    Path bomb = dir.resolve("manifest-bomb.mwb");
    try (OutputStream out = Files.newOutputStream(bomb);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("manifest.json"));
      byte[] spaces = new byte[1 << 20];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (long i = 0; i <= ModelBundle.MAX_MANIFEST_BYTES >> 20; i++) {
        zip.write(spaces);
      }
      zip.putNextEntry(new ZipEntry("parameters.bin"));
      zip.write(parameters);
    }
    assertRefused(bomb, "its entry 'manifest.json' unpacks to more than");
  }

  @Test
  void theBudgetCountsExactlyTheNetworksWeights() {
    for (NetworkPreset preset : NetworkPreset.values()) {
      for (boolean attention : new boolean[] {true, false}) {
        for (int classes : new int[] {2, 3}) {
          NetworkSpec spec = preset.spec().withAttention(attention);
          List<String> names = classes == 2 ? List.of("a", "b") : List.of("a", "b", "c");
          try (SequenceClassifier c = SequenceClassifier.create(spec, names, 40, 1)) {
            assertEquals(
                c.parameterCount(),
                ParameterBudget.count(spec, classes),
                preset + " attention " + attention + " classes " + classes);
          }
        }
      }
    }
  }

  @Test
  void theRealBundleStillLoads() {
    try (ModelBundle loaded = ModelBundle.load(saved)) {
      assertEquals(List.of("neg", "pos"), loaded.manifest().classNames());
    }
    assertEquals(0, ManifestReader.problems(ModelBundleTest.manifest(1)).size());
  }

  private Path rewrite(Consumer<JsonObject> change, byte[] weights) throws IOException {
    JsonObject json =
        JsonParser.parseString(new String(manifest, StandardCharsets.UTF_8)).getAsJsonObject();
    change.accept(json);
    Path file = Files.createTempFile(dir, "tampered", ".mwb");
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("manifest.json"));
      zip.write(json.toString().getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("parameters.bin"));
      zip.write(weights);
    }
    return file;
  }

  private static InvalidInputException assertRefused(Path file, String expected) {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> ModelBundle.load(file).close());
    assertTrue(e.getMessage().contains(expected), e.getMessage());
    assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    return e;
  }

  private static Consumer<JsonObject> edit(Consumer<JsonObject> change) {
    return change;
  }

  private static JsonObject network(JsonObject m) {
    return m.getAsJsonObject("network");
  }

  private static JsonObject training(JsonObject m) {
    return m.getAsJsonObject("training");
  }

  private static JsonObject policy(JsonObject m) {
    return m.getAsJsonObject("lengthPolicy");
  }

  private static JsonArray ints(int... values) {
    JsonArray a = new JsonArray();
    for (int v : values) {
      a.add(new JsonPrimitive(v));
    }
    return a;
  }

  private static JsonArray strings(String... values) {
    JsonArray a = new JsonArray();
    for (String v : values) {
      a.add(v);
    }
    return a;
  }
}
