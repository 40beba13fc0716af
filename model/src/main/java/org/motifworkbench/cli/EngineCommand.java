package org.motifworkbench.cli;

import java.util.concurrent.Callable;
import org.motifworkbench.network.Backend;
import org.motifworkbench.network.DjlRuntime;
import org.motifworkbench.network.EngineCpuCheck;
import org.motifworkbench.network.EngineStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Shows which engine and device the workbench computes on, and how to switch to a GPU. */
@Command(name = "engine", description = "Show the compute engine and device, and how to use a GPU.")
final class EngineCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    EngineStatus status = DjlRuntime.start();
    var out = spec.commandLine().getOut();
    out.println(
        "Engine:   "
            + status.engine()
            + " "
            + status.version()
            + " (DJL "
            + status.djlVersion()
            + ")");
    out.println("Device:   " + status.device() + (status.onGpu() ? "" : " (CPU)"));
    out.println("GPUs:     " + status.gpuCount());
    String device = status.device();
    Backend chosen;
    try {
      chosen = Backend.choose(Backend.requested(), null, device);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return 2;
    }
    out.println(
        "Computes: "
            + chosen.label()
            + " ("
            + chosen.id()
            + "), chosen "
            + (Backend.requested().isPresent() ? "by -D" + Backend.PROPERTY : "automatically")
            + whyNot(Backend.JAVA_KERNELS, device, chosen));
    out.println(
        "          training, prediction and explanations: "
            + chosen.label()
            + (chosen == Backend.JAVA_KERNELS
                ? " (vector kernels, " + DjlRuntime.cpuThreads() + " threads)"
                : ""));
    out.println(
        "          switch with -D"
            + Backend.PROPERTY
            + "=java|engine|auto "
            + "(MWB_JAVA_OPTS for bin/mwb and bin/workbench)");
    if (chosen == Backend.ENGINE && !status.onGpu()) {
      EngineCpuCheck.problem()
          .ifPresent(
              p ->
                  out.println(
                      "Caution:  "
                          + p
                          + ". Switch back with -D"
                          + Backend.PROPERTY
                          + "=auto unless the Java kernels cannot compute your model."));
    }
    out.println("Natives:  " + status.nativeSource());
    if (!status.onGpu()) {
      out.println();
      out.println(EngineStatus.howToUseGpu());
    }
    return 0;
  }

  private static String whyNot(Backend b, String device, Backend chosen) {
    String reason = b.unsupportedReason(null, device);
    return chosen == b || reason == null ? "" : "; the " + b.label() + " cannot: " + reason;
  }
}
