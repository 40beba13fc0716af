package org.motifworkbench.app.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.app.session.ModelSettings;
import org.motifworkbench.app.session.OpenedData;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.workflow.TrainingWorkflow;

/** The app trains the same network the command line would for the same data and settings. */
class TrainingJobTest {

  @TempDir Path dir;

  private Path fasta(String name, int n, int from, int to) throws IOException {
    SplittableRandom r = new SplittableRandom(name.hashCode());
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append('>').append(name).append(i).append('\n');
      int length = from + r.nextInt(to - from + 1);
      for (int j = 0; j < length; j++) {
        sb.append("ACGT".charAt(r.nextInt(4)));
      }
      sb.append('\n');
    }
    return Files.writeString(dir.resolve(name + ".fa"), sb);
  }

  @Test
  void theDefaultNetworkIsSizedToAFewHundredSequences() throws IOException {
    OpenedData data =
        OpenedData.open(
            List.of(fasta("positives", 300, 150, 250), fasta("negatives", 300, 150, 250)));
    TrainingWorkflow.Request request = TrainingJob.request(data, ModelSettings.defaults(), null);
    assertEquals(32, request.network().filters());
    assertEquals(List.of(64), request.network().denseUnits());
    assertEquals(250, request.lengthPolicy().length());
  }

  @Test
  void kernelsLongerThanShortSequencesAreLeftOutOfTheDefault() throws IOException {
    OpenedData data = OpenedData.open(List.of(fasta("a", 40, 20, 20), fasta("b", 40, 20, 20)));
    TrainingWorkflow.Request request = TrainingJob.request(data, ModelSettings.defaults(), null);
    assertEquals(List.of(3, 7, 15), request.network().kernelSizes());
  }

  @Test
  void anotherPresetIsTrainedAsSet() throws IOException {
    OpenedData data =
        OpenedData.open(List.of(fasta("c", 300, 150, 250), fasta("d", 300, 150, 250)));
    TrainingWorkflow.Request request =
        TrainingJob.request(data, ModelSettings.of(NetworkPreset.TEACHING), null);
    assertEquals(NetworkPreset.TEACHING.spec(), request.network());
  }
}
