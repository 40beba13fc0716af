package org.motifworkbench.app.genome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.app.background.SameThreadBackgroundRunner;
import org.motifworkbench.app.session.OpenedData;
import org.motifworkbench.app.session.TrainedModel;
import org.motifworkbench.app.session.Workspace;
import org.motifworkbench.bundle.BundleManifest;
import org.motifworkbench.bundle.ModelBundle;
import org.motifworkbench.data.SplitPlan;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.genome.GenomicInterval;
import org.motifworkbench.genome.ReferenceGenome;
import org.motifworkbench.genome.SyntheticGenome;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.network.SequenceClassifier;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.progress.ProgressListener;
import org.motifworkbench.scan.ScanFiles;
import org.motifworkbench.scan.ScanOptions;
import org.motifworkbench.training.TrainingSpec;

/** The region view's state without the FX toolkit: region checks, scan, save, window clicked. */
class RegionViewModelTest {

  private static final int L = 100;

  @TempDir Path dir;

  private final Workspace workspace = new Workspace(new ReadOnlyObjectWrapper<OpenedData>());
  private final List<String> explained = new ArrayList<>();

  private RegionViewModel viewModel() {
    return new RegionViewModel(
        new SameThreadBackgroundRunner(),
        new SameThreadBackgroundRunner(),
        Runnable::run,
        workspace,
        (name, bases) -> explained.add(name + " " + bases));
  }

  private static ModelBundle bundle() {
    List<String> classes = List.of("background", "peak");
    BundleManifest manifest =
        BundleManifest.builder()
            .optCreatedAt("2026-12-04T00:00:00Z")
            .setVersions(Map.of("workbench", "test"))
            .setNetwork(NetworkPreset.TEACHING.spec())
            .setTraining(TrainingSpec.defaults())
            .setLengthPolicy(new LengthPolicy(LengthPolicy.Mode.FIXED, L))
            .setClassNames(classes)
            .optSplit(SplitPlan.stratified(1))
            .build();
    return new ModelBundle(
        manifest, SequenceClassifier.create(NetworkPreset.TEACHING.spec(), classes, L, 4));
  }

  @Test
  void scansARegionSavesWhatMwbScanWritesAndExplainsTheWindowClicked() throws Exception {
    SyntheticGenome synthetic = SyntheticGenome.generate(8, 2, 14_000, 8);
    Path fasta = dir.resolve("genome.fa");
    synthetic.writeFasta(fasta);
    RegionViewModel vm = viewModel();
    assertEquals("Train or open a model first.", vm.statusProperty().get());
    ModelBundle bundle = bundle();
    workspace.setModel(TrainedModel.trained(bundle, null, null));
    assertEquals("peak", vm.classNameProperty().get());
    vm.openGenome(fasta);
    assertEquals(List.of("chr1", "chr2"), vm.contigs());
    assertEquals("chr1", vm.regionProperty().get());
    assertTrue(vm.statusProperty().get().contains("2 sequences, 28,000 bases"));

    vm.regionProperty().set("chr9:1-100");
    assertTrue(vm.regionErrorProperty().get().contains("'chr9' is not in the genome"));
    vm.regionProperty().set("chr2:12,001-20,000");
    assertTrue(vm.regionErrorProperty().get().contains("ends beyond chr2"));
    vm.regionProperty().set("chr2:5,001-5,600");
    assertNull(vm.regionErrorProperty().get());
    vm.stepProperty().set(2);
    vm.scan();
    RegionTrack track = vm.getTrack();
    assertNotNull(track, vm.statusProperty().get());
    assertEquals(300, track.centres().length);
    assertEquals(5_000, track.centres()[0]);
    assertTrue(vm.statusProperty().get().startsWith("chr2:5000-5600: 300 windows"));

    Path saved = dir.resolve("view.bedGraph");
    vm.saveBedGraph(saved, (file, failure) -> assertNull(failure));
    Path cli = dir.resolve("cli.bedGraph");
    try (ReferenceGenome genome = ReferenceGenome.open(fasta)) {
      ScanFiles.write(
          bundle.classifier(),
          "unsaved model",
          genome,
          List.of(new GenomicInterval("chr2", 5_000, 5_600)),
          ScanOptions.defaults().withStep(2).withClassName("peak"),
          0.5,
          cli,
          null,
          ProgressListener.NONE,
          CancellationToken.none());
    }
    assertEquals(Files.readString(cli), Files.readString(saved));

    vm.explainAt(5_300.4);
    vm.explainAt(13_990); // near the end: the window stays inside chr2
    String chr2 = synthetic.bases("chr2");
    assertEquals(
        List.of(
            "chr2:5250-5350 " + chr2.substring(5_250, 5_350),
            "chr2:13900-14000 " + chr2.substring(13_900)),
        explained);
  }

  @Test
  void aGenomeThatCannotBeOpenedKeepsTheOpenOneAndSaysWhy() throws Exception {
    SyntheticGenome.generate(8, 1, 14_000, 8).writeFasta(dir.resolve("g.fa"));
    RegionViewModel vm = viewModel();
    workspace.setModel(TrainedModel.trained(bundle(), null, null));
    vm.openGenome(dir.resolve("g.fa"));
    vm.openGenome(dir.resolve("missing.fa"));
    assertTrue(vm.statusProperty().get().contains("missing.fa"), vm.statusProperty().get());
    assertEquals("g.fa", vm.genomeFileProperty().get().getFileName().toString());
  }
}
