package org.motifworkbench.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.sequence.InvalidInputException;

/** Settings files are read as written: every key known, every value of its type, or refused. */
class RunConfigTest {

  @TempDir Path dir;

  private RunConfig read(String json) throws Exception {
    Path file = dir.resolve("settings.json");
    Files.writeString(file, json);
    return RunConfig.read(file, NetworkPreset.DEFAULT);
  }

  private String refusal(String json) {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(json));
    assertTrue(e.getMessage().startsWith(dir.resolve("settings.json").toString()), e.getMessage());
    return e.getMessage();
  }

  @Test
  void givenKeysOverlayThePresetAndTheRestIsKept() throws Exception {
    RunConfig c =
        read(
            "{\"preset\": \"teaching\", \"training\": {\"epochs\": 7, "
                + "\"learningRate\": 0.01, \"reverseComplement\": true}, "
                + "\"network\": {\"kernelSizes\": [9, 21], \"denseDropouts\": [0.25]}}");
    assertEquals(7, c.training().epochs());
    assertEquals(0.01, c.training().learningRate());
    assertTrue(c.training().reverseComplement());
    assertEquals(List.of(9, 21), c.network().kernelSizes());
    assertEquals(List.of(0.25), c.network().denseDropouts());
    assertEquals(16, c.network().filters(), "the teaching preset's value");
    assertEquals(64, c.training().batchSize(), "the default training value");
  }

  @Test
  void aSavedConfigReadsBackEqual() throws Exception {
    RunConfig saved = RunConfig.of(NetworkPreset.DEEPBIND);
    assertEquals(saved, read(saved.toJson()));
  }

  /** Each bad file as "json | part of the message". */
  static Stream<Arguments> badSettings() {
    return Stream.of(
        row("{'trainin': {'epochs': 1}} | unknown section 'trainin'. Did you mean 'training'?"),
        row(
            "{'training': {'epoch': 1}} | unknown setting 'epoch' in the 'training' section."
                + " Did you mean 'epochs'?"),
        row("{'network': {'kernelSize': [7]}} | Did you mean 'kernelSizes'?"),
        row("{'training': {'epochs': 4294967298}} | 'training.epochs' is 4294967298, far"),
        row("{'training': {'seed': -4294967298}} | 'training.seed' is -4294967298, far"),
        row("{'training': {'epochs': 7.5}} | 'training.epochs' must be a whole number (got 7.5)"),
        row("{'network': {'kernelSizes': [7, 15.5]}} | 'network.kernelSizes' must be a whole"),
        row("{'training': {'epochs': null}} | 'training.epochs' is null"),
        row("{'training': {'classWeights': null}} | 'training.classWeights' is null"),
        row("{'network': {'kernelSizes': null}} | 'network.kernelSizes' is null"),
        row("{'network': {'kernelSizes': [7, null]}} | 'network.kernelSizes' is null"),
        row("{'training': null} | 'training' must be a JSON object"),
        row("{'preset': null} | 'preset' must be text in quotes (got null)"),
        row("{'preset': 'huge'} | Unknown model preset 'huge'"),
        row("{'training': {'epochs': '3'}} | 'training.epochs' must be a number (without quotes)"),
        row("{'training': {'reverseComplement': 'yes'}} | must be true or false (got \"yes\")"),
        row("{'network': {'kernelSizes': 7}} | 'network.kernelSizes' must be a list in brackets"),
        row("{'training': {'epochs': 1, 'epochs': 2}} | 'training.epochs' is given twice"),
        row("{'training': {'learningRate': NaN}} | not valid JSON (column 31)"),
        row("{'training': {'learningRate': 1e999}} | 'training.learningRate' is 1E+999, far"),
        row("{'training': {'epochs': 1e999999999}} | 'training.epochs' is 1E+999999999, far"),
        row("[1] | the settings must be a JSON object"),
        row("{'training': {'epochs': 0}} | Epochs must be between 1 and 10000 (got 0)"));
  }

  /** JSON with ' for " (the message part keeps its quotes) and the expected message part. */
  private static Arguments row(String row) {
    int bar = row.indexOf(" | ");
    return Arguments.of(row.substring(0, bar).replace('\'', '"'), row.substring(bar + 3));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badSettings")
  void refusesNamingFileAndKey(String json, String expected) {
    String message = refusal(json);
    assertTrue(message.contains(expected), message);
  }

  @Test
  void aFolderIsRefusedByName() {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> RunConfig.read(dir, NetworkPreset.DEFAULT));
    assertEquals(
        dir + ": this is a folder, not a file. Choose a settings (JSON) file inside it.",
        e.getMessage());
  }
}
