package org.motifworkbench.network;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.util.Utils;

/**
 * The single place that prepares and starts the DJL PyTorch engine: offline mode, no tracking, the
 * native library location and thread count. Call {@link #start()} off the UI thread; it is cheap
 * after the first call.
 */
public final class DjlRuntime {

  static final String ENGINE = "PyTorch";
  private static final Object LOCK = new Object();
  private static volatile EngineStatus status;

  private DjlRuntime() {}

  /**
   * Sets offline mode and tracking opt-out unless the user set them: without them engine start
   * sends requests to a cloud metadata address, and nothing may leave the machine.
   */
  public static void configureOffline() {
    setIfAbsent("ai.djl.offline", "true");
    setIfAbsent("OPT_OUT_TRACKING", "true");
  }

  /** Asks PyTorch to use this many CPU threads; only effective before the engine starts. */
  public static void requestThreads(int threads) {
    if (threads > 0) {
      System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(threads));
      System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
    }
  }

  /**
   * Threads for work computed in Java (the Java kernels): the engine's requested thread count, else
   * the number of processors.
   */
  public static int cpuThreads() {
    String requested = System.getProperty("ai.djl.pytorch.num_threads");
    if (requested != null) {
      try {
        int n = Integer.parseInt(requested.trim());
        if (n > 0) {
          return n;
        }
      } catch (NumberFormatException e) {
        // fall through to the processor count
      }
    }
    return Runtime.getRuntime().availableProcessors();
  }

  /**
   * Starts the engine once (2-3 s the first time, when natives are unpacked) and reports status.
   */
  public static EngineStatus start() {
    EngineStatus current = status;
    if (current != null) {
      return current;
    }
    synchronized (LOCK) {
      if (status == null) {
        configureOffline();
        Engine engine = Engine.getEngine(ENGINE);
        Device device = engine.defaultDevice();
        String nativeSource = Utils.getEnvOrSystemProperty("PYTORCH_LIBRARY_PATH");
        status =
            new EngineStatus(
                engine.getEngineName(),
                engine.getVersion(),
                Engine.getDjlVersion(),
                // "cpu" or "gpu(0)" as models name theirs (DJL's own name for the CPU is
                // "cpu()", which the Java kernels took for another device)
                device.isGpu() ? "gpu(" + device.getDeviceId() + ")" : "cpu",
                engine.getGpuCount(),
                nativeSource == null ? "bundled CPU library" : nativeSource);
      }
      return status;
    }
  }

  /** The engine, started if needed. */
  public static Engine engine() {
    start();
    return Engine.getEngine(ENGINE);
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
