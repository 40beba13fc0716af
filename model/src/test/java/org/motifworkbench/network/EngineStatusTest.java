package org.motifworkbench.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EngineStatusTest {

  @Test
  void listsTheCpuThenEachGpu() {
    EngineStatus noGpu = new EngineStatus("PyTorch", "2.7.1", "0.35.1", "cpu", 0, "bundled");
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

  /** The status line names who computes, and a mistyped -Dmwb.backend as a plain message. */
  @Test
  void theSummaryNamesWhoComputesOrWhatIsWrongWithTheSetting() {
    EngineStatus cpu = new EngineStatus("PyTorch", "2.7.1", "0.35.1", "cpu", 0, "bundled");
    String old = System.getProperty(Backend.PROPERTY);
    try {
      System.clearProperty(Backend.PROPERTY);
      org.junit.jupiter.api.Assertions.assertTrue(
          cpu.summary()
              .endsWith(
                  "models computed by the Java kernels (" + DjlRuntime.cpuThreads() + " threads)"),
          cpu.summary());
      System.setProperty(Backend.PROPERTY, "engine");
      // a caution only where the engine's CPU gradients are known to be unreliable
      assertEquals(
          EngineCpuCheck.problem().isPresent()
              ? "PyTorch 2.7.1 on CPU, models computed by the engine, whose gradients are"
                  + " unreliable on this machine (mwb engine says why)"
              : "PyTorch 2.7.1 on CPU",
          cpu.summary());
      System.setProperty(Backend.PROPERTY, "cuda");
      org.junit.jupiter.api.Assertions.assertTrue(
          cpu.summary().contains("-Dmwb.backend=cuda names no compute back end"), cpu.summary());
    } finally {
      if (old == null) {
        System.clearProperty(Backend.PROPERTY);
      } else {
        System.setProperty(Backend.PROPERTY, old);
      }
    }
  }
}
