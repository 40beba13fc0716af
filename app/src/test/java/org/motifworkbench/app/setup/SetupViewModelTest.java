package org.motifworkbench.app.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.app.background.SameThreadBackgroundRunner;
import org.motifworkbench.app.session.ModelSettings;
import org.motifworkbench.app.session.OpenedData;
import org.motifworkbench.app.session.Workspace;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.workflow.RunConfig;

/** The Model screen's logic without the FX toolkit: edits, presets, problems, config files. */
class SetupViewModelTest {

  @TempDir Path dir;

  private final ReadOnlyObjectWrapper<OpenedData> data = new ReadOnlyObjectWrapper<>();
  private final Workspace workspace = new Workspace(data);
  private final SetupViewModel vm = new SetupViewModel(new SameThreadBackgroundRunner(), workspace);

  @Test
  void theFormShowsTheWorkspaceSettings() {
    assertEquals("3, 7, 15, 25", input("kernelSizes").getText());
    assertEquals("64", input("filters").getText());
    assertEquals("0.001", input("learningRate").getText());
    assertEquals("auto", input("length").getText());
    assertEquals("64", input("trainFraction").getText());
    assertEquals("16", input("validationFraction").getText());
    assertEquals("20", input("testFraction").getText());
    assertEquals(true, choice("attention").getValue());
    assertTrue(vm.problems().isEmpty(), vm.problems().toString());
    assertEquals(NetworkPreset.DEFAULT, vm.presetProperty().get());
  }

  @Test
  void validEditsReachTheWorkspace() {
    input("kernelSizes").setText("5; 9 ,21");
    input("epochs").setText("7");
    input("length").setText("120");
    input("trainFraction").setText("70 %");
    input("validationFraction").setText("10");
    choice("lengthMode").setValue(LengthPolicy.Mode.LEFT);
    choice("attention").setValue(false);

    ModelSettings s = workspace.getSettings();
    assertEquals(List.of(5, 9, 21), s.network().kernelSizes());
    assertFalse(s.network().attention());
    assertEquals(7, s.training().epochs());
    assertEquals(120, s.length());
    assertEquals(LengthPolicy.Mode.LEFT, s.lengthMode());
    assertEquals(0.70, s.split().trainFraction(), 0);
    assertEquals(0.10, s.split().validationFraction(), 0);
    assertTrue(vm.networkChangedProperty().get());
    // the form keeps what was typed, not a reformatted copy
    assertEquals("5; 9 ,21", input("kernelSizes").getText());
  }

  @Test
  void theSplitSeedFollowsTheTrainingSeed() {
    input("seed").setText("7");
    assertEquals(7, workspace.getSettings().split().seed());
  }

  @Test
  void unreadableTextGivesAMessageAndLeavesTheSettingsAlone() {
    ModelSettings before = workspace.getSettings();

    input("filters").setText("sixty");
    input("learningRate").setText("0,01");

    assertSame(before, workspace.getSettings());
    assertEquals(
        List.of(
            "Filters per branch: 'sixty' is not a whole number.",
            "Learning rate: '0,01' is not a number (use a point as the decimal separator, e.g. 0.5)."),
        vm.problems());
    assertEquals(
        "Filters per branch: 'sixty' is not a whole number.", input("filters").getProblem());
    assertNull(input("epochs").getProblem());
  }

  @Test
  void aWholeNumberTooLargeToHoldIsCalledOutOfRange() {
    input("epochs").setText("4294967298");
    input("kernelSizes").setText("3, -99999999999");
    assertEquals(
        "Epochs: '4294967298' is out of range (whole numbers here go from -2147483648 to"
            + " 2147483647).",
        input("epochs").getProblem());
    assertEquals(
        "Kernel sizes: '-99999999999' is out of range (whole numbers here go from"
            + " -2147483648 to 2147483647).",
        input("kernelSizes").getProblem());
    assertEquals(50, workspace.getSettings().training().epochs());
  }

  @Test
  void outOfRangeValuesGiveTheSettingsOwnMessages() {
    ModelSettings before = workspace.getSettings();

    input("filters").setText("0");
    input("testFraction").setText("30");

    assertSame(before, workspace.getSettings());
    assertTrue(
        vm.problems().contains("Filters per branch must be between 1 and 1024 (got 0)."),
        vm.problems().toString());
    assertTrue(
        vm.problems().contains("The training, validation and test fractions must add up to 1."),
        vm.problems().toString());

    input("filters").setText("32");
    input("testFraction").setText("20");
    assertTrue(vm.problems().isEmpty(), vm.problems().toString());
    assertEquals(32, workspace.getSettings().network().filters());
  }

  @Test
  void aPresetResetsTheNetworkAndKeepsTheRest() {
    input("epochs").setText("3");
    input("filters").setText("200");
    input("denseUnits").setText("x"); // a half-typed bad value is dropped by the preset

    vm.applyPreset(NetworkPreset.TEACHING);

    ModelSettings s = workspace.getSettings();
    assertEquals(NetworkPreset.TEACHING, s.preset());
    assertEquals(NetworkPreset.TEACHING.spec(), s.network());
    assertEquals(3, s.training().epochs());
    assertEquals("7, 15", input("kernelSizes").getText());
    assertEquals("16", input("filters").getText());
    assertEquals("32", input("denseUnits").getText());
    assertNull(input("denseUnits").getProblem());
    assertTrue(vm.problems().isEmpty(), vm.problems().toString());
    assertFalse(vm.networkChangedProperty().get());
    assertEquals(NetworkPreset.TEACHING, vm.presetProperty().get());
  }

  @Test
  void theParameterCountFollowsTheNetwork() {
    vm.applyPreset(NetworkPreset.TEACHING);
    // by hand: branches 7 and 15 with 16 filters: conv 4*7*16+16 and 4*15*16+16, batch norm 2*16
    // each, attention 16+1 each = 1538; dense 32*32+32 + batch norm 64 = 1120; output 32+1 = 33.
    assertEquals(
        "About 2,691 trainable weights (for two classes)", vm.parameterTextProperty().get());
    assertEquals(2691, ParameterCount.of(NetworkPreset.TEACHING.spec(), 2));
    // three classes: the output has three units
    assertEquals(2691 - 33 + 3 * 32 + 3, ParameterCount.of(NetworkPreset.TEACHING.spec(), 3));
  }

  @Test
  void saveThenLoadRoundTrips() {
    Path file = dir.resolve("run.json");
    vm.applyPreset(NetworkPreset.DEEPBIND);
    input("kernelSizes").setText("11, 19");
    input("epochs").setText("12");
    input("learningRate").setText("0.0005");
    choice("reverseComplement").setValue(true);
    ModelSettings saved = workspace.getSettings();

    vm.save(file);
    assertTrue(Files.isRegularFile(file));
    assertEquals(
        "Saved the network and training settings to run.json.", vm.fileMessageProperty().get());
    vm.applyPreset(NetworkPreset.TUTORIAL);
    input("epochs").setText("50");
    assertNotEquals(saved, workspace.getSettings());

    vm.load(file);

    assertNull(vm.getErrorMessage());
    assertEquals(saved.network(), workspace.getSettings().network());
    assertEquals(saved.training(), workspace.getSettings().training());
    assertEquals("11, 19", input("kernelSizes").getText());
    assertEquals("12", input("epochs").getText());
    assertEquals(true, choice("reverseComplement").getValue());
  }

  @Test
  void loadingAPresetsNetworkShowsThatPreset() throws IOException {
    Path file = Files.writeString(dir.resolve("teaching.json"), "{\"preset\": \"teaching\"}");
    vm.load(file);
    assertEquals(NetworkPreset.TEACHING, vm.presetProperty().get());
    assertEquals(NetworkPreset.TEACHING.spec(), workspace.getSettings().network());
  }

  @Test
  void aBadFileNamesTheFileAndChangesNothing() throws IOException {
    ModelSettings before = workspace.getSettings();
    Path notJson = Files.writeString(dir.resolve("bad.json"), "{ epochs: ");
    Path unknownKey =
        Files.writeString(dir.resolve("typo.json"), "{\"network\": {\"filterz\": 3}}");
    Path outOfRange =
        Files.writeString(dir.resolve("range.json"), "{\"training\": {\"epochs\": 0}}");

    for (Path file : List.of(notJson, unknownKey, outOfRange, dir.resolve("missing.json"))) {
      vm.load(file);
      String message = vm.getErrorMessage();
      assertTrue(message.startsWith(file.toString()), message);
      assertSame(before, workspace.getSettings());
    }
    vm.load(unknownKey);
    assertTrue(vm.getErrorMessage().contains("unknown setting 'filterz'"), vm.getErrorMessage());
    vm.load(outOfRange);
    assertTrue(
        vm.getErrorMessage().contains("Epochs must be between 1 and 10000 (got 0)."),
        vm.getErrorMessage());
  }

  @Test
  void invalidSettingsAreNotSaved() {
    Path file = dir.resolve("never.json");
    input("batchSize").setText("1");
    vm.save(file);
    assertFalse(Files.exists(file));
    assertTrue(vm.getErrorMessage().startsWith("Nothing was saved"), vm.getErrorMessage());
  }

  @Test
  void settingsChangedElsewhereRefillTheForm() {
    workspace.settingsProperty().set(ModelSettings.of(NetworkPreset.DEEPBIND));
    assertEquals("24", input("kernelSizes").getText());
    assertEquals("128", input("filters").getText());
    assertEquals(false, choice("attention").getValue());
    assertEquals(NetworkPreset.DEEPBIND, vm.presetProperty().get());
  }

  @Test
  void editingANetworkValueMakesThePresetCustomAndChoosingItAgainResetsIt() {
    assertEquals("Default (fast to converge)", vm.presetTextProperty().get());
    assertEquals(NetworkPreset.DEFAULT, vm.presetInUseProperty().get());

    input("epochs").setText("9"); // not a preset value: the box still names the preset
    assertEquals(NetworkPreset.DEFAULT, vm.presetInUseProperty().get());
    input("filters").setText("32");
    assertEquals("custom (from Default)", vm.presetTextProperty().get());
    assertNull(vm.presetInUseProperty().get());
    input("filters").setText("64"); // back to the preset's value
    assertEquals("Default (fast to converge)", vm.presetTextProperty().get());
    input("kernelSizes").setText("3, 7,"); // half-typed, still readable
    input("convDropout").setText("0."); // half-typed, still readable
    input("denseUnits").setText("256 x"); // unreadable
    assertEquals("custom (from Default)", vm.presetTextProperty().get());

    vm.applyPreset(NetworkPreset.DEFAULT);

    assertEquals(NetworkPreset.DEFAULT.spec(), workspace.getSettings().network());
    assertEquals("3, 7, 15, 25", input("kernelSizes").getText());
    assertEquals("0.2", input("convDropout").getText());
    assertEquals("256, 128", input("denseUnits").getText());
    assertEquals(9, workspace.getSettings().training().epochs());
    assertEquals("Default (fast to converge)", vm.presetTextProperty().get());
    assertEquals(NetworkPreset.DEFAULT, vm.presetInUseProperty().get());

    vm.applyPreset(NetworkPreset.TEACHING);
    input("filters").setText("8");
    assertEquals("custom (from Small and fast)", vm.presetTextProperty().get());
  }

  @Test
  void aKernelLongerThanTheOpenDatasInputLengthIsMarkedAndKeptFromTheWorkspace()
      throws IOException {
    assertNull(input("kernelSizes").getProblem()); // no data: no input length yet
    data.set(OpenedData.open(List.of(fasta("short.fa", 12, 20))));
    // the default network leaves out its 25-base kernel on 20 bases, and the screen says so
    assertTrue(vm.problems().isEmpty(), vm.problems().toString());
    assertTrue(
        vm.parameterTextProperty()
            .get()
            .contains("kernels longer than the 20-bp input left out (kernels 3, 7, 15 bp"),
        vm.parameterTextProperty().get());
    input("filters").setText("48"); // an edited network is checked as set

    String tooWide =
        "Kernel size 25 is longer than the input length of 20 bases: use kernel"
            + " sizes of at most 20, or a longer input length.";
    assertEquals(List.of(tooWide), vm.problems());
    assertEquals(tooWide, input("kernelSizes").getProblem());

    input("length").setText("30"); // a longer input: centre-padded sequences fit the kernels
    assertTrue(vm.problems().isEmpty(), vm.problems().toString());
    assertNull(input("kernelSizes").getProblem());
    assertEquals(30, workspace.getSettings().length());

    input("length").setText("12");
    ModelSettings twelve = workspace.getSettings();
    assertEquals(30, twelve.length()); // refused: the workspace keeps the last usable settings
    assertEquals(
        "Kernel sizes 15, 25 are longer than the input length of 12 bases: use kernel"
            + " sizes of at most 12, or a longer input length.",
        input("kernelSizes").getProblem());

    input("kernelSizes").setText("3, 7, 11");
    assertTrue(vm.problems().isEmpty(), vm.problems().toString());
    assertEquals(List.of(3, 7, 11), workspace.getSettings().network().kernelSizes());
    assertEquals(12, workspace.getSettings().length());

    input("length").setText("auto"); // the longest sequence, 20 bases: 3, 7, 11 fit
    input("kernelSizes").setText("21");
    assertEquals(
        "Kernel size 21 is longer than the input length of 20 bases: use kernel sizes"
            + " of at most 20, or a longer input length.",
        input("kernelSizes").getProblem());
    data.set(OpenedData.open(List.of(fasta("long.fa", 30, 30))));
    assertNull(input("kernelSizes").getProblem()); // other data, longer input: it fits now
    assertEquals(List.of(21), workspace.getSettings().network().kernelSizes());
  }

  @Test
  void openingDataLeavesSettingsTheFormDidNotChangeAlone() throws IOException {
    ModelSettings d = ModelSettings.defaults(); // as a lesson sets them: the split keeps seed 42
    ModelSettings lesson =
        new ModelSettings(
            d.preset(),
            d.network(),
            d.training().withSeed(7),
            d.lengthMode(),
            d.length(),
            d.split());
    workspace.settingsProperty().set(lesson);

    data.set(OpenedData.open(List.of(fasta("long.fa", 30, 30))));

    // only the strands follow the new data (both: its headers plant no motif); the split keeps
    // the lesson's seed
    assertEquals(
        lesson.with(new RunConfig(lesson.network(), lesson.training().withReverseComplement(true))),
        workspace.getSettings());
    assertEquals(42, workspace.getSettings().split().seed());
    assertTrue(vm.problems().isEmpty(), vm.problems().toString());
  }

  @Test
  void aSettingsFileWithKernelsWiderThanTheDataIsRefused() throws IOException {
    data.set(OpenedData.open(List.of(fasta("short.fa", 20, 20))));
    input("kernelSizes").setText("5, 9");
    ModelSettings before = workspace.getSettings();
    Path wide =
        Files.writeString(
            dir.resolve("wide.json"),
            "{\"network\": {\"kernelSizes\": [5, 31]}, \"training\": {\"epochs\": 3}}");

    vm.load(wide);

    assertEquals(
        wide
            + ": Kernel size 31 is longer than the input length of 20 bases: use kernel"
            + " sizes of at most 20, or a longer input length.",
        vm.getErrorMessage());
    assertSame(before, workspace.getSettings());
    assertEquals("5, 9", input("kernelSizes").getText());
  }

  @Test
  void outOfRangeValuesMarkTheirInputsAsUnreadableOnesDo() {
    input("epochs").setText("0");
    input("convDropout").setText("1.5");
    input("filters").setText("5000");
    input("learningRate").setText("fast");

    assertEquals("Epochs must be between 1 and 10000 (got 0).", input("epochs").getProblem());
    assertEquals(
        "Convolution dropout must be at least 0 and below 1 (got 1.5).",
        input("convDropout").getProblem());
    assertEquals(
        "Filters per branch must be between 1 and 1024 (got 5000).", input("filters").getProblem());
    assertEquals("Learning rate: 'fast' is not a number.", input("learningRate").getProblem());
    // the stand-in for the unreadable learning rate must not mark the minimum learning rate
    assertNull(input("minLearningRate").getProblem());
    assertEquals(
        List.of(
            "Learning rate: 'fast' is not a number.",
            "Filters per branch must be between 1 and 1024 (got 5000).",
            "Convolution dropout must be at least 0 and below 1 (got 1.5).",
            "Epochs must be between 1 and 10000 (got 0)."),
        vm.problems());

    // a problem of two inputs marks both; of the three shares, all three
    input("denseUnits").setText("64");
    String perLayer = "Give one dropout rate per dense layer (1 layers, 2 rates).";
    assertEquals(perLayer, input("denseUnits").getProblem());
    assertEquals(perLayer, input("denseDropouts").getProblem());
    input("testFraction").setText("30");
    for (String share : List.of("trainFraction", "validationFraction", "testFraction")) {
      assertEquals(
          "The training, validation and test fractions must add up to 1.",
          input(share).getProblem());
    }

    input("epochs").setText("20");
    input("convDropout").setText("0.1");
    input("filters").setText("32");
    input("learningRate").setText("0.002");
    input("denseDropouts").setText("0.4");
    input("testFraction").setText("20");
    assertTrue(vm.problems().isEmpty(), vm.problems().toString());
    assertTrue(
        vm.sections().stream()
            .flatMap(s -> s.inputs().stream())
            .filter(TextInput.class::isInstance)
            .map(i -> ((TextInput) i).getProblem())
            .allMatch(p -> p == null));
  }

  /** Forty labelled sequences of {@code min} to {@code max} bases. */
  private Path fasta(String name, int min, int max) throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      int length = min + i % (max - min + 1);
      text.append(">s")
          .append(i)
          .append(" label=")
          .append(i % 2 == 0 ? "a" : "b")
          .append('\n')
          .append("ACGT".repeat(length).substring(0, length))
          .append('\n');
    }
    return Files.writeString(dir.resolve(name), text);
  }

  private TextInput input(String id) {
    return (TextInput) find(id);
  }

  @SuppressWarnings("unchecked")
  private <T> ChoiceInput<T> choice(String id) {
    return (ChoiceInput<T>) find(id);
  }

  private FormInput find(String id) {
    return vm.sections().stream()
        .flatMap(s -> s.inputs().stream())
        .filter(i -> i.id().equals(id))
        .findFirst()
        .orElseThrow();
  }
}
