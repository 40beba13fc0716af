package org.motifworkbench.bench;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The same network in plain PyTorch ({@code bench/pytorch_reference.py --bench}) in a child process
 * with an explicit thread count, driven one epoch or one prediction pass at a time, so that its
 * runs alternate with the workbench's and both see the same load on a shared machine.
 */
final class PytorchReference implements AutoCloseable {

  private final Process process;
  private final BufferedReader in;
  private final PrintWriter out;
  private final String version;
  private final StringBuilder transcript = new StringBuilder();

  private PytorchReference(Process process) throws IOException {
    this.process = process;
    this.in =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    this.out = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
    JsonObject ready = JsonParser.parseString(await("READY ")).getAsJsonObject();
    this.version = ready.get("torch").getAsString();
  }

  /** Starts the reference on a FASTA with label= headers (it trains on every sequence). */
  static PytorchReference start(
      Path python, Path script, Path fasta, int threads, int batch, int predictBatch)
      throws IOException {
    ProcessBuilder pb =
        new ProcessBuilder(
                List.of(
                    python.toString(),
                    script.toString(),
                    fasta.toString(),
                    "--bench",
                    "--threads",
                    Integer.toString(threads),
                    "--batch",
                    Integer.toString(batch),
                    "--predict-batch",
                    Integer.toString(predictBatch)))
            .redirectErrorStream(true);
    // Only the requested threads: OpenMP and MKL would otherwise size their pools to the machine.
    pb.environment().put("OMP_NUM_THREADS", Integer.toString(threads));
    pb.environment().put("MKL_NUM_THREADS", Integer.toString(threads));
    return new PytorchReference(pb.start());
  }

  String version() {
    return version;
  }

  /** Trains one epoch; returns the seconds it took. */
  double epoch() throws IOException {
    return run("epoch");
  }

  /** Scores every sequence once in inference batches; returns the seconds it took. */
  double predict() throws IOException {
    return run("predict");
  }

  private double run(String command) throws IOException {
    out.println(command);
    return Double.parseDouble(await("DONE "));
  }

  private String await(String prefix) throws IOException {
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      if (line.startsWith(prefix)) {
        return line.substring(prefix.length());
      }
      transcript.append(line).append('\n');
    }
    throw new IOException(
        "The PyTorch reference stopped (is python3-torch installed?):\n" + transcript);
  }

  @Override
  public void close() {
    out.println("quit");
    out.close();
    try {
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroy();
      }
    } catch (InterruptedException e) {
      // Closing must not throw InterruptedException (javac's try lint): stop the child, keep the
      // flag.
      process.destroy();
      Thread.currentThread().interrupt();
    }
  }

  /** The script beside the project: {@code bench/pytorch_reference.py} above the running jar. */
  static Path defaultScript() {
    try {
      Path here =
          Path.of(
                  PytorchReference.class
                      .getProtectionDomain()
                      .getCodeSource()
                      .getLocation()
                      .toURI())
              .toAbsolutePath();
      for (Path dir = here; dir != null; dir = dir.getParent()) {
        Path candidate = dir.resolve("bench").resolve("pytorch_reference.py");
        if (Files.isRegularFile(candidate)) {
          return candidate;
        }
      }
    } catch (java.net.URISyntaxException | SecurityException e) {
      // fall through to the working directory
    }
    return Path.of("bench", "pytorch_reference.py");
  }
}
