package org.motifworkbench.data;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Reads the best possible accuracy of a synthetic data set from the {@code <name>.ceiling.json}
 * sidecar beside its FASTA file. A missing sidecar is normal (real data has none); a damaged one is
 * reported as a warning, not an error, because the sequences themselves are fine. Used by the
 * workbench's Data screen and by training (which stores the ceiling in the model file).
 */
public final class AccuracyCeiling {

  private AccuracyCeiling() {}

  /**
   * The ceiling beside {@code fasta}, or empty; problems with the sidecar go to {@code warnings}.
   */
  public static OptionalDouble readBeside(Path fasta, List<String> warnings) {
    Path sidecar = SyntheticDataset.ceilingPath(fasta);
    if (!Files.isRegularFile(sidecar)) {
      return OptionalDouble.empty();
    }
    try {
      JsonObject json = JsonParser.parseString(Files.readString(sidecar)).getAsJsonObject();
      JsonElement ceiling = json.get("ceiling");
      if (ceiling == null
          || !ceiling.isJsonPrimitive()
          || !ceiling.getAsJsonPrimitive().isNumber()) {
        warnings.add(
            sidecar + ": has no 'ceiling' number, so the best possible accuracy is unknown.");
        return OptionalDouble.empty();
      }
      double value = ceiling.getAsDouble();
      if (!(value >= 0 && value <= 1)) {
        warnings.add(sidecar + ": the ceiling " + value + " is not an accuracy between 0 and 1.");
        return OptionalDouble.empty();
      }
      return OptionalDouble.of(value);
    } catch (IOException | JsonParseException | IllegalStateException e) {
      warnings.add(
          sidecar
              + ": could not be read ("
              + e.getMessage()
              + "), so the best possible"
              + " accuracy is unknown.");
      return OptionalDouble.empty();
    }
  }
}
