package org.motifworkbench.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EngineStatusTest {

  @Test
  void listsTheCpuThenEachGpu() {
    EngineStatus noGpu = new EngineStatus("PyTorch", "2.7.1", "0.35.1", "cpu()", 0, "bundled");
    assertEquals(List.of("cpu"), noGpu.devices());
    EngineStatus twoGpus = new EngineStatus("PyTorch", "2.7.1", "0.35.1", "gpu(0)", 2, "x");
    assertEquals(List.of("cpu", "gpu(0)", "gpu(1)"), twoGpus.devices());
    assertEquals("GPU 1", EngineStatus.describeDevice("gpu(1)"));
    assertEquals("CPU", EngineStatus.describeDevice("cpu"));
  }

  @Test
  void aClassifierRunsOnTheChosenDevice() {
    DjlRuntime.configureOffline();
    try (SequenceClassifier c =
        SequenceClassifier.create(NetworkPreset.TEACHING.spec(), List.of("a", "b"), 20, 1, "cpu")) {
      assertEquals("cpu", c.device());
      assertEquals(2, c.predict(List.of("ACGTACGTACGTACGTACGT"), 8)[0].length);
    }
  }
}
