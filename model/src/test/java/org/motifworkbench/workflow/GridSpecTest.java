package org.motifworkbench.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.sequence.InvalidInputException;

/** Grid files: the combinations in order, and every mistake named by file, key and position. */
class GridSpecTest {

  @TempDir Path dir;

  static final String EXAMPLE =
      "{ 'preset': 'teaching',"
          + "  'base': { 'training': { 'epochs': 5 } },"
          + "  'grid': { 'network.kernelSizes': [[5, 9], [9, 15]],"
          + "            'network.filters': [16, 32],"
          + "            'training.learningRate': [0.001, 0.003] } }";

  private GridSpec read(String json) throws Exception {
    Path file = dir.resolve("grid.json");
    Files.writeString(file, json.replace('\'', '"'));
    return GridSpec.read(file, NetworkPreset.DEFAULT);
  }

  @Test
  void combinationsRunInTheFilesKeyOrderLastKeyFastest() throws Exception {
    GridSpec grid = read(EXAMPLE);
    assertEquals(NetworkPreset.TEACHING, grid.preset());
    assertEquals(8, grid.size());
    assertEquals(
        List.of("network.kernelSizes", "network.filters", "training.learningRate"),
        grid.axes().stream().map(GridSpec.Axis::key).toList());
    List<String> labels = grid.combinations().stream().map(GridCombination::label).toList();
    assertEquals("kernelSizes=[5, 9], filters=16, learningRate=0.001", labels.get(0));
    assertEquals("kernelSizes=[5, 9], filters=16, learningRate=0.003", labels.get(1));
    assertEquals("kernelSizes=[5, 9], filters=32, learningRate=0.001", labels.get(2));
    assertEquals("kernelSizes=[9, 15], filters=16, learningRate=0.001", labels.get(4));
    assertEquals("kernelSizes=[9, 15], filters=32, learningRate=0.003", labels.get(7));
    for (int i = 0; i < grid.size(); i++) {
      assertEquals(i, grid.combinations().get(i).index());
    }
    GridCombination last = grid.combinations().get(7);
    assertEquals(
        Map.of(
            "network.kernelSizes", "[9, 15]",
            "network.filters", "32",
            "training.learningRate", "0.003"),
        last.values());
    assertEquals(List.of(9, 15), last.config().network().kernelSizes());
    assertEquals(32, last.config().network().filters());
    assertEquals(0.003, last.config().training().learningRate());
    // the base and the preset's other values are kept
    assertEquals(5, last.config().training().epochs());
    assertEquals(NetworkPreset.TEACHING.spec().denseUnits(), last.config().network().denseUnits());
  }

  @Test
  void idIsStableAndFollowsTheContent() throws Exception {
    String id = read(EXAMPLE).id();
    assertEquals(12, id.length());
    assertEquals(id, read(EXAMPLE).id());
    // the same content written otherwise: numbers with trailing zeros, other spacing
    assertEquals(id, read(EXAMPLE.replace("0.003", "0.0030").replace("  ", " ")).id());
    assertNotEquals(id, read(EXAMPLE.replace("0.003", "0.01")).id());
    assertNotEquals(id, read(EXAMPLE.replace("'epochs': 5", "'epochs': 6")).id());
    assertNotEquals(id, read(EXAMPLE.replace("teaching", "deepbind")).id());
  }

  @Test
  void seedMayBeAnAxisForRepeats() throws Exception {
    GridSpec grid = read("{'preset': 'teaching', 'grid': {'training.seed': [1, 2, 3]}}");
    assertEquals(3, grid.size());
    assertEquals(
        List.of(1, 2, 3),
        grid.combinations().stream().map(c -> c.config().training().seed()).toList());
    assertEquals("seed=2", grid.combinations().get(1).label());
  }

  @Test
  void presetFallsBackAndBaseMayBeLeftOut() throws Exception {
    GridSpec grid = read("{'grid': {'network.filters': [8]}}");
    assertEquals(NetworkPreset.DEFAULT, grid.preset());
    assertEquals(1, grid.size());
    assertEquals(8, grid.combinations().get(0).config().network().filters());
    assertEquals(NetworkPreset.DEFAULT.spec().kernelSizes(), grid.base().network().kernelSizes());
  }

  @Test
  void twoHundredCombinationsAreAllowedMoreAreRefused() throws Exception {
    String ten = "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]";
    assertEquals(
        200,
        read("{'grid': {'training.seed': " + ten + ", 'network.filters': " + range(20) + "}}")
            .size());
    String message =
        refusal("{'grid': {'training.seed': " + ten + ", 'network.filters': " + range(21) + "}}");
    assertTrue(message.contains("this grid has 210 combinations (10 x 21)"), message);
    assertTrue(message.contains("at most 200"), message);
  }

  private static String range(int n) {
    return Stream.iterate(1, i -> i + 1).limit(n).map(String::valueOf).toList().toString();
  }

  private String refusal(String json) {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(json));
    assertTrue(e.getMessage().startsWith(dir.resolve("grid.json").toString()), e.getMessage());
    return e.getMessage();
  }

  /** Each bad file as "json | part of the message". */
  static Stream<Arguments> badGrids() {
    return Stream.of(
        row(
            "{'grid': {'network.filters': [16, 32, 7.5]}} | grid.\"network.filters\"[2]:"
                + " 'network.filters' must be a whole number (got 7.5)"),
        row("{'grid': {'network.filters': [16, 0]}} | grid.\"network.filters\"[1]: "),
        row(
            "{'grid': {'network.filters': [16, 32, 16]}} | grid.\"network.filters\"[2]: 16 is"
                + " already given at [0]"),
        row("{'grid': {'training.learningRate': [0.001, 0.0010]}} | already given at [0]"),
        row(
            "{'grid': {'network.filters': []}} | grid.\"network.filters\" must be a list of the"
                + " values to try, like [16, 32], with at least one value"),
        row("{'grid': {'network.filters': 16}} | must be a list of the values to try"),
        row(
            "{'grid': {'network.filter': [16]}} | unknown setting 'network.filter' in the 'grid'"
                + " section. Did you mean 'network.filters'?"),
        row(
            "{'grid': {'filters': [16]}} | the grid key 'filters' needs its section: write"
                + " \"network.filters\""),
        row(
            "{'grid': {'training.epochs': [2, '3']}} | grid.\"training.epochs\"[1]:"
                + " 'training.epochs' must be a number (without quotes)"),
        row("{'grid': {}} | the 'grid' section is empty"),
        row("{'base': {'training': {'epochs': 2}}} | there is no 'grid' section"),
        row(
            "{'grid': {'network.filters': [8]}, 'bass': {}} | unknown section 'bass'. Did you"
                + " mean 'base'?"),
        row(
            "{'base': {'training': {'epoch': 2}}, 'grid': {'network.filters': [8]}} | unknown"
                + " setting 'epoch' in the 'training' section. Did you mean 'epochs'?"),
        row(
            "{'base': {'preset': 'teaching'}, 'grid': {'network.filters': [8]}} | unknown"
                + " setting 'preset' in the 'base' section"),
        row("{'preset': 'huge', 'grid': {'network.filters': [8]}} | Unknown model preset"),
        row(
            "{'grid': {'network.denseUnits': [[32], [32, 16]]}} | grid.\"network.denseUnits\"[0]:"
                + " Give one dropout rate per dense layer (1 layers, 2 rates)"),
        row(
            "{'grid': {'network.denseUnits': [[32], [32, 16]], 'network.denseDropouts': [[0.2,"
                + " 0.1]]}} | the combination denseUnits=[32], denseDropouts=[0.2, 0.1] does not"
                + " work: Give one dropout rate per dense layer"),
        row("{'grid': {'network.filters': [8]} | not valid JSON"));
  }

  private static Arguments row(String spec) {
    String[] parts = spec.split(" \\| ");
    return Arguments.of(parts[0], parts[1]);
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("badGrids")
  void badGridsAreRefusedNamingFileKeyAndPosition(String json, String expected) {
    String message = refusal(json);
    assertTrue(message.contains(expected), message);
  }
}
