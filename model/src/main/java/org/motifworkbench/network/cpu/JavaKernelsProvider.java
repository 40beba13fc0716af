package org.motifworkbench.network.cpu;

import org.motifworkbench.network.Backend;
import org.motifworkbench.network.ComputeBackend;
import org.motifworkbench.network.ComputeProvider;
import org.motifworkbench.network.NetworkSpec;
import org.motifworkbench.network.WeightStore;

/**
 * Registers the Java kernels with {@link Backend} (META-INF/services). They compute every network a
 * {@link NetworkSpec} describes today, on the CPU, when the JVM has the vector module.
 */
public final class JavaKernelsProvider implements ComputeProvider {

  /**
   * Whether the JVM was started with {@code --add-modules=jdk.incubator.vector} (all launchers and
   * the tests do).
   */
  private static final boolean VECTOR_MODULE =
      ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

  @Override
  public Backend backend() {
    return Backend.JAVA_KERNELS;
  }

  @Override
  public String unsupportedReason(NetworkSpec spec, String device) {
    if (!VECTOR_MODULE) {
      return "Java was started without --add-modules=jdk.incubator.vector";
    }
    if (!"cpu".equals(device)) {
      return "they compute on the CPU, and this model is on " + device;
    }
    return null;
  }

  @Override
  public ComputeBackend open(
      NetworkSpec spec, int classes, int length, WeightStore store, int threads) {
    String reason = unsupportedReason(spec, "cpu");
    if (reason != null) {
      throw new IllegalStateException("The Java kernels cannot compute this model: " + reason);
    }
    return new JavaKernels(spec, length, store, threads);
  }
}
