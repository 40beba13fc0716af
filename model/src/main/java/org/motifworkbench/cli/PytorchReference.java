package org.motifworkbench.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The same network in plain PyTorch ({@code bench/pytorch_reference.py --bench}), run as a child
 * process with an explicit thread count: epoch times of the training loop and inference time.
 *
 * @param version PyTorch version
 * @param epochSeconds training-loop time of each epoch, the first being warm-up
 * @param predictSeconds time to score every sequence once in inference batches (encoding included)
 * @param predicted number of sequences scored
 */
record PytorchReference(String version, double[] epochSeconds, double predictSeconds,
    int predicted) {

  static PytorchReference run(Path python, Path script, Path fasta, int epochs, int threads,
      int batch, int predictBatch) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(python.toString(), script.toString(),
        fasta.toString(), "--bench", "--epochs", Integer.toString(epochs), "--threads",
        Integer.toString(threads), "--batch", Integer.toString(batch), "--predict-batch",
        Integer.toString(predictBatch)));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    // Only the requested threads: OpenMP and MKL would otherwise size their pools to the machine.
    pb.environment().put("OMP_NUM_THREADS", Integer.toString(threads));
    pb.environment().put("MKL_NUM_THREADS", Integer.toString(threads));
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int code = p.waitFor();
    String line = output.lines().filter(l -> l.startsWith("BENCH ")).findFirst().orElse(null);
    if (code != 0 || line == null) {
      throw new IOException("The PyTorch reference failed (exit " + code + "):\n" + output);
    }
    JsonObject json = JsonParser.parseString(line.substring(6)).getAsJsonObject();
    double[] epochSeconds = new double[json.getAsJsonArray("epoch_seconds").size()];
    for (int i = 0; i < epochSeconds.length; i++) {
      epochSeconds[i] = json.getAsJsonArray("epoch_seconds").get(i).getAsDouble();
    }
    return new PytorchReference(json.get("torch").getAsString(), epochSeconds,
        json.get("predict_seconds").getAsDouble(), json.get("predicted").getAsInt());
  }

  /** The script beside the project: {@code bench/pytorch_reference.py} above the running jar. */
  static Path defaultScript() {
    try {
      Path here = Path.of(PytorchReference.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI()).toAbsolutePath();
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

  /** Median of the epochs after the first (warm-up). */
  double medianEpochSeconds() {
    return Stats.median(Arrays.copyOfRange(epochSeconds, Math.min(1, epochSeconds.length - 1),
        epochSeconds.length));
  }
}
