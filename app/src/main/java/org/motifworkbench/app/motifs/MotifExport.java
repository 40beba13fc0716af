package org.motifworkbench.app.motifs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.motifworkbench.files.AtomicFile;
import org.motifworkbench.motif.Background;
import org.motifworkbench.motif.MatchTsv;
import org.motifworkbench.motif.MemeFormat;
import org.motifworkbench.motif.MotifMatch;

/**
 * Writes gallery motifs as a MEME file, against the background of the sequences they come from, and
 * their database matches as a table beside it.
 */
final class MotifExport {

  private final List<MotifCard> cards;
  private final Background background;

  MotifExport(List<MotifCard> cards, Background background) {
    this.cards = List.copyOf(cards);
    this.background = background;
  }

  /**
   * Writes the motifs to {@code meme} and, when any were matched, the matches to {@link
   * #matchesFile}; each file completely or not at all.
   *
   * @return what was written, for the status line
   */
  String write(Path meme) throws IOException {
    AtomicFile.writeString(
        meme, MemeFormat.format(cards.stream().map(MotifCard::motif).toList(), background));
    Map<String, List<MotifMatch>> matches = new LinkedHashMap<>();
    cards.stream()
        .filter(c -> !c.matches().isEmpty())
        .forEach(c -> matches.put(c.motif().id(), c.matches()));
    String saved =
        String.format(
            "Saved %,d %s to %s",
            cards.size(), cards.size() == 1 ? "motif" : "motifs", meme.getFileName());
    if (matches.isEmpty()) {
      return saved + ".";
    }
    Path table = matchesFile(meme);
    AtomicFile.writeString(table, MatchTsv.format(matches));
    return saved + " and their database matches to " + table.getFileName() + ".";
  }

  /** {@code motifs.meme} -> {@code motifs.matches.tsv}, in the same folder. */
  static Path matchesFile(Path meme) {
    String name = meme.getFileName().toString();
    String stem =
        name.toLowerCase(java.util.Locale.ROOT).endsWith(".meme")
            ? name.substring(0, name.length() - 5)
            : name;
    return meme.resolveSibling(stem + ".matches.tsv");
  }
}
