package org.motifworkbench.network;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether the engine's (libtorch's) CPU kernels can be trusted for gradients on this machine.
 *
 * <p>On Linux libtorch learns the processor's cache sizes (through the cpuinfo library) from {@code
 * /sys/devices/system/cpu/cpu0/cache}, which some virtual machines do not provide. There libtorch
 * prints "Could not initialize NNPACK! Reason: Unsupported hardware." and, measured with PyTorch
 * 2.7.1 on such a machine (a 2-core AMD EPYC virtual machine with AVX-512), its CPU input gradients
 * differed from the double-precision reference by up to 60% of their size and from one identical
 * call to the next (NaN with {@code ATEN_CPU_CAPABILITY=default}), and training on it drifted from
 * the Java kernels in the fourth digit of the loss, while its predictions agreed with the
 * reference. The Java kernels, which compute on the CPU by default, are not affected.
 */
public final class EngineCpuCheck {

  static final Path CACHES = Path.of("/sys/devices/system/cpu/cpu0/cache");

  private EngineCpuCheck() {}

  /** Why the engine's CPU gradients are not to be trusted here, or empty when nothing is known. */
  public static Optional<String> problem() {
    return problem(System.getProperty("os.name", ""), CACHES);
  }

  static Optional<String> problem(String osName, Path caches) {
    if (!osName.toLowerCase(Locale.ROOT).startsWith("linux") || Files.isDirectory(caches)) {
      return Optional.empty();
    }
    return Optional.of(
        "this machine does not report its processor's caches ("
            + caches
            + " is missing, as in some virtual machines), and there the PyTorch engine's CPU"
            + " kernels give unreliable gradients; the Java kernels (the default on the CPU) are"
            + " not affected");
  }
}
