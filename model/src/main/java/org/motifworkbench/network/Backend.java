package org.motifworkbench.network;

import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Who computes a model: the Java kernels (the JDK's Vector API on the CPU; a tutorial-network epoch
 * in a quarter of PyTorch's time) or the PyTorch engine (any device, GPUs included). Chosen once
 * per model by {@link #choose}; decision record 0009 says why there are two and how they are kept
 * equal.
 */
public enum Backend {
  JAVA_KERNELS("java", "Java kernels"),
  ENGINE("engine", "PyTorch engine");

  /**
   * System property a user (or launcher) can set to {@code java}, {@code engine} or {@code auto}
   * (the default): read here only, by {@link #requested()}.
   */
  public static final String PROPERTY = "mwb.backend";

  private final String id;
  private final String label;

  Backend(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /** The short name used on command lines, in settings and in model files: java, engine. */
  public String id() {
    return id;
  }

  /** For people: "Java kernels", "PyTorch engine". */
  public String label() {
    return label;
  }

  /** The back end named {@code id} (java, engine; any case), if there is one. */
  public static Optional<Backend> parse(String id) {
    if (id == null) {
      return Optional.empty();
    }
    String wanted = id.trim().toLowerCase(Locale.ROOT);
    for (Backend b : values()) {
      if (b.id.equals(wanted)) {
        return Optional.of(b);
      }
    }
    return Optional.empty();
  }

  /**
   * The back end the user asked for with {@link #PROPERTY}, or empty for automatic choice.
   *
   * @throws IllegalArgumentException for a value that names no back end
   */
  public static Optional<Backend> requested() {
    String value = System.getProperty(PROPERTY, "auto");
    if (value.isBlank() || value.trim().equalsIgnoreCase("auto")) {
      return Optional.empty();
    }
    return Optional.of(
        parse(value)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "-D"
                            + PROPERTY
                            + "="
                            + value
                            + " names no compute back end; use java, engine or auto.")));
  }

  /** Why this back end cannot compute {@code spec} on {@code device} here, or null when it can. */
  public String unsupportedReason(NetworkSpec spec, String device) {
    if (this == ENGINE) {
      return null;
    }
    Optional<ComputeProvider> provider = javaKernels();
    return provider.isEmpty()
        ? "the Java kernels are not on the class path"
        : provider.get().unsupportedReason(spec, device);
  }

  /** Whether this back end can compute {@code spec} on {@code device} here. */
  public boolean supports(NetworkSpec spec, String device) {
    return unsupportedReason(spec, device) == null;
  }

  /**
   * The back end for a model: {@code requested} when given (an error when it cannot compute the
   * model), else the Java kernels when they can, else the engine.
   *
   * @param device "cpu" or "gpu(0)", ...
   * @throws IllegalArgumentException when the requested back end cannot compute the model
   */
  public static Backend choose(Optional<Backend> requested, NetworkSpec spec, String device) {
    if (requested.isPresent()) {
      String reason = requested.get().unsupportedReason(spec, device);
      if (reason != null) {
        throw new IllegalArgumentException(
            "The " + requested.get().label + " cannot compute this model: " + reason + ".");
      }
      return requested.get();
    }
    return JAVA_KERNELS.supports(spec, device) ? JAVA_KERNELS : ENGINE;
  }

  /** The provider of the Java kernels, when their package is on the class path. */
  static Optional<ComputeProvider> javaKernels() {
    return Providers.JAVA;
  }

  /** Looked up once: providers do not come and go while the JVM runs. */
  private static final class Providers {
    static final Optional<ComputeProvider> JAVA =
        ServiceLoader.load(ComputeProvider.class, Backend.class.getClassLoader()).stream()
            .map(ServiceLoader.Provider::get)
            .filter(p -> p.backend() == JAVA_KERNELS)
            .findFirst();
  }
}
