package org.motifworkbench.cli;

import java.util.concurrent.Callable;
import org.motifworkbench.network.CpuTraining;
import org.motifworkbench.network.DjlRuntime;
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
    out.println("Engine:   " + status.engine() + " " + status.version() + " (DJL "
        + status.djlVersion() + ")");
    out.println("Device:   " + status.device() + (status.onGpu() ? "" : " (CPU)"));
    out.println("GPUs:     " + status.gpuCount());
    out.println("CPU work: " + (CpuTraining.available()
        ? "training and prediction computed in Java (vector kernels, " + DjlRuntime.cpuThreads()
            + " threads); explanations by the engine"
        : "all by the engine (Java started without --add-modules=jdk.incubator.vector, or "
            + "-Dmwb.kernels=engine)"));
    out.println("Natives:  " + status.nativeSource());
    if (!status.onGpu()) {
      out.println();
      out.println(EngineStatus.howToUseGpu());
    }
    return 0;
  }
}
