package org.motifworkbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.motifworkbench.app.background.SameThreadBackgroundRunner;
import org.motifworkbench.app.session.OpenedData;
import org.motifworkbench.app.session.TrainedModel;
import org.motifworkbench.app.session.Workspace;
import org.motifworkbench.bundle.BundleManifest;
import org.motifworkbench.bundle.ModelBundle;

/** The status bar's word on who computes the current model. */
class MainWindowViewModelTest {

  private static MainWindowViewModel viewModel(Workspace workspace) {
    return new MainWindowViewModel(
        new SameThreadBackgroundRunner(),
        () -> {
          throw new IllegalStateException("the engine is not started in this test");
        },
        workspace);
  }

  private static Workspace workspace() {
    return new Workspace(new SimpleObjectProperty<OpenedData>());
  }

  @Test
  void withoutAModelTheStatusBarSaysNothingOfIt() {
    assertEquals("", viewModel(workspace()).modelBackendBinding().get());
  }

  @Test
  void aTrainedModelNamesItsBackend() {
    ModelBundle bundle = OneEpochModel.get();
    Workspace workspace = workspace();
    MainWindowViewModel vm = viewModel(workspace);
    workspace.setModel(TrainedModel.trained(bundle, null, null));
    assertEquals(
        "Model trained by the " + bundle.classifier().backend().label(),
        vm.modelBackendBinding().get());
  }

  @Test
  void aModelFileFromBeforeTheBackendWasRecordedSaysNothing() {
    BundleManifest recorded = OneEpochModel.get().manifest();
    Map<String, String> versions = new LinkedHashMap<>(recorded.versions());
    versions.remove("backend");
    ModelBundle older = new ModelBundle(recorded.toBuilder().setVersions(versions).build(), null);
    Workspace workspace = workspace();
    MainWindowViewModel vm = viewModel(workspace);
    workspace.setModel(TrainedModel.trained(older, null, null));
    assertEquals("", vm.modelBackendBinding().get());
  }
}
