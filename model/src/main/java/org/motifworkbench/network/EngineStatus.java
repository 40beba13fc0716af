package org.motifworkbench.network;

/**
 * What the deep-learning engine runs on: engine name and version, the device used for training and
 * prediction, the number of GPUs seen, and where the native library came from.
 */
public record EngineStatus(
    String engine,
    String version,
    String djlVersion,
    String device,
    int gpuCount,
    String nativeSource) {

  /** The devices a model can run on: "cpu", then "gpu(0)", "gpu(1)"... for each GPU seen. */
  public java.util.List<String> devices() {
    java.util.List<String> out = new java.util.ArrayList<>();
    out.add("cpu");
    for (int i = 0; i < gpuCount; i++) {
      out.add("gpu(" + i + ")");
    }
    return out;
  }

  /** "CPU" or "GPU 0", for menus. */
  public static String describeDevice(String device) {
    return device.startsWith("gpu") ? "GPU " + device.replaceAll("\\D", "") : "CPU";
  }

  public boolean onGpu() {
    return device.startsWith("gpu");
  }

  /**
   * A one-line summary for a status bar or a log, e.g. "PyTorch 2.7.1 on CPU, models computed by
   * the Java kernels (2 threads)".
   */
  public String summary() {
    if (onGpu()) {
      return engine + " " + version + " on GPU " + device;
    }
    String computed;
    try {
      Backend chosen = Backend.choose(Backend.requested(), null, "cpu");
      if (chosen == Backend.JAVA_KERNELS) {
        computed =
            ", models computed by the Java kernels (" + DjlRuntime.cpuThreads() + " threads)";
      } else {
        computed =
            EngineCpuCheck.problem().isPresent()
                ? ", models computed by the engine, whose gradients are unreliable on this"
                    + " machine (mwb engine says why)"
                : "";
      }
    } catch (IllegalArgumentException e) {
      computed = " (" + e.getMessage() + ")";
    }
    return engine + " " + version + " on CPU" + computed;
  }

  /** Plain-language steps for a user who has an NVIDIA GPU and wants to train on it. */
  public static String howToUseGpu() {
    return """
        The workbench runs on the CPU here. To train on an NVIDIA GPU:
          1. Install an NVIDIA driver for CUDA 12.8 or newer.
          2. Download LibTorch 2.7.1 for CUDA 12.8 (Linux or Windows, 'cxx11 ABI' on Linux) from
             pytorch.org and unpack it, e.g. to /opt/libtorch.
          3. Start the workbench with two environment variables set:
               PYTORCH_LIBRARY_PATH=/opt/libtorch/lib
               PYTORCH_FLAVOR=cu128
          4. The status bar then reads 'on GPU gpu(0)'. Nothing else changes; models trained on GPU
             open on CPU and back.""";
  }
}
