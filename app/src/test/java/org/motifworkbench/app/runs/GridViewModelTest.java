package org.motifworkbench.app.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.app.background.SameThreadBackgroundRunner;
import org.motifworkbench.app.session.ModelSettings;
import org.motifworkbench.app.session.OpenedData;
import org.motifworkbench.app.session.Workspace;
import org.motifworkbench.network.NetworkParameter;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.training.TrainingParameter;
import org.motifworkbench.workflow.GridSpec;

class GridViewModelTest {

  private final Workspace workspace = new Workspace(new SimpleObjectProperty<OpenedData>());
  private final List<String> finished = new ArrayList<>();
  private final GridViewModel viewModel =
      new GridViewModel(
          workspace,
          new SameThreadBackgroundRunner(),
          Runnable::run,
          new RunsViewModelTest.ListSource(FXCollections.observableArrayList()),
          finished::add);

  @Test
  void valuesAreTypedAsListsAndCounted() {
    workspace.settingsProperty().set(ModelSettings.of(NetworkPreset.TEACHING));
    axis(0, NetworkParameter.KERNEL_SIZES, "5,9 | 9,15");
    axis(1, NetworkParameter.FILTERS, "16, 32");
    axis(2, TrainingParameter.LEARNING_RATE, "0.001|0.003");
    assertEquals(8, viewModel.combinationsProperty().get());
    assertTrue(viewModel.summaryProperty().get().startsWith("8 combinations"));
    JsonObject grid = viewModel.grid().getAsJsonObject("grid");
    assertEquals("[[5,9],[9,15]]", grid.get("network.kernelSizes").toString());
    assertEquals("[16,32]", grid.get("network.filters").toString());
    assertEquals("[0.001,0.003]", grid.get("training.learningRate").toString());
    assertEquals("teaching", viewModel.grid().get("preset").getAsString());
    // a row whose values are emptied is left out
    viewModel.axes().get(2).valuesProperty().set(" ");
    assertEquals(4, viewModel.combinationsProperty().get());
    // without data the grid cannot start, and says why
    assertTrue(viewModel.problems().stream().anyMatch(p -> p.contains("Open a data set")));
  }

  @Test
  void badValuesAndRepeatedSettingsAreNamed() {
    axis(0, NetworkParameter.FILTERS, "16, lots");
    assertEquals(
        "Filters per branch: 'lots' is not a number.",
        viewModel.axes().get(0).problemProperty().get());
    axis(1, NetworkParameter.FILTERS, "8");
    assertTrue(viewModel.axes().get(1).problemProperty().get().contains("chosen twice"));
    axis(0, NetworkParameter.ATTENTION, "on, off");
    assertEquals("", viewModel.axes().get(0).problemProperty().get());
    assertEquals(
        "[true,false]",
        viewModel.grid().getAsJsonObject("grid").get("network.attention").toString());
  }

  @Test
  void theSavedGridFileIsOneMwbGridReads(@TempDir Path folder) {
    workspace.settingsProperty().set(ModelSettings.of(NetworkPreset.TEACHING));
    axis(0, NetworkParameter.FILTERS, "8, 16");
    axis(1, TrainingParameter.EPOCHS, "1, 2");
    Path file = folder.resolve("grid.json");
    viewModel.saveGridFile(file);
    GridSpec spec = GridSpec.read(file, NetworkPreset.DEFAULT);
    assertEquals(4, spec.size());
    assertEquals(NetworkPreset.TEACHING, spec.preset());
    assertEquals("filters=16, epochs=1", spec.combinations().get(2).label());
    assertEquals(
        workspace.getSettings().training().learningRate(),
        spec.combinations().get(0).config().training().learningRate());
  }

  private void axis(int row, org.motifworkbench.setting.Parameter parameter, String values) {
    GridSetting setting =
        viewModel.settings().stream().filter(s -> s.parameter() == parameter).findFirst().get();
    viewModel.axes().get(row).settingProperty().set(setting);
    viewModel.axes().get(row).valuesProperty().set(values);
  }
}
