package org.motifworkbench.motif;

import java.util.List;
import java.util.stream.Collectors;
import org.motifworkbench.sequence.InvalidInputException;
import org.motifworkbench.sequence.SourceLocation;

/** The motifs of one MEME file, with its background letter frequencies (A, C, G, T). */
public record MemeFile(String fileName, List<Motif> motifs, double[] background) {

  public MemeFile {
    motifs = List.copyOf(motifs);
    background = background == null ? new double[] {0.25, 0.25, 0.25, 0.25} : background.clone();
  }

  @Override
  public double[] background() {
    return background.clone();
  }

  /**
   * The motif whose id or alternative name is {@code nameOrId} (ignoring case; the id wins when
   * both match different motifs).
   *
   * @throws InvalidInputException naming the file and a few available motifs when none matches
   */
  public Motif find(String nameOrId) {
    for (Motif m : motifs) {
      if (m.id().equalsIgnoreCase(nameOrId)) {
        return m;
      }
    }
    for (Motif m : motifs) {
      if (m.hasName(nameOrId)) {
        return m;
      }
    }
    String examples =
        motifs.stream().limit(5).map(Motif::toString).collect(Collectors.joining(", "));
    throw new InvalidInputException(
        new SourceLocation(fileName, 0),
        "there is no motif with the id or name '"
            + nameOrId
            + "' among its "
            + motifs.size()
            + " motifs (for example "
            + examples
            + "). Check the spelling, e.g. MA0139.1 or CTCF.");
  }
}
