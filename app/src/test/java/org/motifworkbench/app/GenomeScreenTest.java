package org.motifworkbench.app;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.app.data.SampleLibrary;
import org.motifworkbench.app.genome.RegionTrack;
import org.motifworkbench.app.session.TrainedModel;
import org.motifworkbench.bundle.BundleManifest;
import org.motifworkbench.bundle.ModelBundle;
import org.motifworkbench.data.SplitPlan;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.genome.SyntheticGenome;
import org.motifworkbench.network.DjlRuntime;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.network.SequenceClassifier;
import org.motifworkbench.progress.CancellationToken;
import org.motifworkbench.training.ModelTrainer;
import org.motifworkbench.training.TrainingData;
import org.motifworkbench.training.TrainingListener;
import org.motifworkbench.training.TrainingSpec;
import org.motifworkbench.workflow.SequenceExplanation;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Genome screen: a model trained on chr1's planted sites scans chr2 of a synthetic genome, the
 * track shows with peaks, and a click on a planted site opens that window explained on Inspect.
 * With {@code -Dmwb.shots=<folder>} the screen is saved as region-view.png for the README.
 */
@ExtendWith(ApplicationExtension.class)
class GenomeScreenTest {

  private static final int L = 100;

  private AppContext context;
  private Stage stage;

  @TempDir Path dir;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    context = new AppContext(new SampleLibrary(Path.of("..", "samples")), DjlRuntime::start);
    new MainWindow(context).show(stage);
  }

  @AfterEach
  void close() throws TimeoutException {
    context.close();
    FxToolkit.cleanupStages();
  }

  @Test
  void scanChr2ThenClickASiteToExplainItsWindow(FxRobot robot) throws Exception {
    SyntheticGenome synthetic = SyntheticGenome.generate(20, 2, 40_000, 60);
    Path fasta = dir.resolve("genome.fa");
    synthetic.writeFasta(fasta);
    ModelBundle bundle = bundle(train(synthetic));
    robot.interact(
        () -> {
          context.workspace().setModel(TrainedModel.trained(bundle, null, null));
          context.mainWindow().go(Step.GENOME);
          context.genome().openGenome(fasta);
        });
    WaitForAsyncUtils.waitFor(30, SECONDS, () -> !context.genome().contigs().isEmpty());
    robot.interact(() -> context.genome().regionProperty().set("chr2"));
    robot.clickOn("#scan");
    WaitForAsyncUtils.waitFor(120, SECONDS, () -> context.genome().getTrack() != null);
    WaitForAsyncUtils.waitForFxEvents();
    RegionTrack track = context.genome().getTrack();
    assertEquals("chr2:0-40000", track.region().toString());
    ChartViewer viewer = robot.lookup("#regionTrack").queryAs(ChartViewer.class);
    XYPlot plot = viewer.getChart().getXYPlot();
    assertTrue(plot.getDataset().getItemCount(0) > 1_000, "points drawn");
    assertEquals(0, plot.getDomainAxis().getLowerBound());
    assertEquals(40_000, plot.getDomainAxis().getUpperBound());
    int peaks = context.genome().peaks().size();
    assertTrue(peaks >= 50, peaks + " peaks");
    assertEquals(peaks, plot.getDomainMarkers(org.jfree.chart.ui.Layer.BACKGROUND).size());
    String status = robot.lookup("#scanStatus").queryAs(Label.class).getText();
    assertTrue(status.startsWith("chr2:0-40000: "), status);
    WindowShots.save(robot, stage, "region-view.png");

    // a regular site well inside the chromosome, shown at the scale of a few windows
    SyntheticGenome.Site site = synthetic.sites("chr2").get(10);
    robot.interact(
        () -> {
          plot.getDomainAxis().setRange(site.centre() - 1_000.0, site.centre() + 1_000.0);
        });
    WaitForAsyncUtils.waitForFxEvents();
    Point2D at = screenPointOf(robot, viewer, (double) site.centre());
    robot.clickOn(at);
    WaitForAsyncUtils.waitFor(60, SECONDS, () -> context.inspect().getExplanation() != null);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(Step.INSPECT, context.mainWindow().getCurrentStep());
    SequenceExplanation explained = context.inspect().getExplanation();
    String[] span = explained.id().substring("chr2:".length()).split("-");
    long start = Long.parseLong(span[0]);
    assertTrue(explained.id().startsWith("chr2:"), explained.id());
    assertEquals(L, Long.parseLong(span[1]) - start);
    assertTrue(
        start <= site.start() && site.end() <= start + L,
        explained.id() + " should hold the site at " + site.interval());
    assertEquals(
        synthetic.bases("chr2").substring((int) start, (int) start + L).toUpperCase(Locale.ROOT),
        explained.sequence().toUpperCase(Locale.ROOT));
  }

  private static Point2D screenPointOf(FxRobot robot, ChartViewer viewer, double position) {
    Point2D[] out = new Point2D[1];
    robot.interact(
        () -> {
          Rectangle2D area = viewer.getCanvas().getRenderingInfo().getPlotInfo().getDataArea();
          XYPlot plot = viewer.getChart().getXYPlot();
          double x = plot.getDomainAxis().valueToJava2D(position, area, plot.getDomainAxisEdge());
          out[0] = viewer.getCanvas().localToScreen(x, area.getCenterY());
        });
    return out[0];
  }

  /** The teaching network trained on windows holding chr1's sites against random chr1 windows. */
  private static SequenceClassifier train(SyntheticGenome genome) {
    SplittableRandom random = new SplittableRandom(3);
    String bases = genome.bases("chr1");
    List<SyntheticGenome.Site> sites = genome.sites("chr1");
    List<String> sequences = new ArrayList<>();
    List<Integer> labels = new ArrayList<>();
    for (SyntheticGenome.Site s : sites) {
      for (int k = 0; k < 12; k++) {
        long from = s.start() - 5 - random.nextInt(L - SyntheticGenome.MOTIF.length() - 10);
        if (from >= 0 && from + L <= bases.length()) {
          sequences.add(bases.substring((int) from, (int) from + L));
          labels.add(1);
        }
      }
    }
    int positives = sequences.size();
    while (sequences.size() < 2 * positives) {
      int from = random.nextInt(bases.length() - L);
      String w = bases.substring(from, from + L);
      boolean nearSite = sites.stream().anyMatch(s -> s.end() > from && s.start() < from + L);
      if (!nearSite && w.chars().filter(c -> c == 'N').count() < L / 2) {
        sequences.add(w);
        labels.add(0);
      }
    }
    TrainingData data =
        new TrainingData(sequences, labels.stream().mapToInt(Integer::intValue).toArray());
    SequenceClassifier c =
        SequenceClassifier.create(
            NetworkPreset.TEACHING.spec(), List.of("background", "peak"), L, 3);
    TrainingSpec spec = TrainingSpec.defaults().withEpochs(6).withBatchSize(64).withSeed(3);
    new ModelTrainer(c, spec, TrainingListener.NONE, CancellationToken.none())
        .train(data, new TrainingData(List.of(), new int[0]));
    return c;
  }

  private static ModelBundle bundle(SequenceClassifier c) {
    BundleManifest manifest =
        BundleManifest.builder()
            .optCreatedAt("2026-12-04T00:00:00Z")
            .setVersions(Map.of("workbench", "test"))
            .setNetwork(c.spec())
            .setTraining(TrainingSpec.defaults())
            .setLengthPolicy(new LengthPolicy(LengthPolicy.Mode.FIXED, L))
            .setClassNames(c.classNames())
            .optSplit(SplitPlan.stratified(1))
            .build();
    return new ModelBundle(manifest, c);
  }
}
