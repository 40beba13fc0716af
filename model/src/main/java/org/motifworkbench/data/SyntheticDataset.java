package org.motifworkbench.data;

import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.motifworkbench.files.AtomicFile;
import org.motifworkbench.sequence.SequenceSet;

/**
 * A generated teaching data set: labelled sequences, the planted truth of each (empty when nothing
 * was planted) and the Bayes-optimal accuracy on exactly these sequences.
 */
public record SyntheticDataset(
    SyntheticRecipe recipe,
    SequenceSet sequences,
    List<Optional<PlantedSite>> truth,
    double ceiling) {

  public SyntheticDataset {
    truth = List.copyOf(truth);
    if (truth.size() != sequences.size()) {
      throw new IllegalArgumentException("one truth entry per sequence is needed");
    }
  }

  /** The planted site of sequence {@code i}, if any. */
  public Optional<PlantedSite> truth(int i) {
    return truth.get(i);
  }

  public CeilingReport ceilingReport() {
    return new CeilingReport(
        recipe.name(),
        recipe.parameters(),
        sequences.size(),
        recipe.seed(),
        ceiling,
        sequences.classCounts(),
        CeilingReport.METHOD);
  }

  /**
   * The sidecar path beside a FASTA file: {@code dir/name.fa} gives {@code dir/name.ceiling.json}.
   */
  public static Path ceilingPath(Path fasta) {
    String file = fasta.getFileName().toString();
    int dot = file.lastIndexOf('.');
    String stem = dot > 0 ? file.substring(0, dot) : file;
    return fasta.resolveSibling(stem + ".ceiling.json");
  }

  /** Writes the FASTA file and its ceiling sidecar, each atomically; returns the sidecar path. */
  public Path write(Path fasta) throws IOException {
    FastaWriter.write(fasta, sequences.records());
    Path sidecar = ceilingPath(fasta);
    String json = new GsonBuilder().setPrettyPrinting().create().toJson(ceilingReport());
    AtomicFile.writeString(sidecar, json + "\n");
    return sidecar;
  }
}
