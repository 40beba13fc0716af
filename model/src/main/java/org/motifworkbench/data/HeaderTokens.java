package org.motifworkbench.data;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.motifworkbench.sequence.InvalidInputException;
import org.motifworkbench.sequence.SourceLocation;

/**
 * Writes and reads the {@code key=value} words of a synthetic FASTA header, e.g. {@code
 * label=positive motif=TATAAA strand=+ pos=57} or {@code label=negative decoy=AAAAAA pos=3}; pos is
 * the 0-based start on the forward strand.
 */
public final class HeaderTokens {

  private HeaderTokens() {}

  /** The description (header after the id) for a sequence with this label and planted site. */
  public static String describe(String label, Optional<PlantedSite> site) {
    StringBuilder sb = new StringBuilder("label=").append(label);
    site.ifPresent(s -> appendSite(sb, s));
    return sb.toString();
  }

  private static void appendSite(StringBuilder sb, PlantedSite s) {
    sb.append(s.decoy() ? " decoy=" : " motif=").append(s.motif());
    if (!s.site().equals(s.motif())) {
      sb.append(" site=").append(s.site());
    }
    if (!s.decoy() || s.strand() == '-') {
      sb.append(" strand=").append(s.strand());
    }
    sb.append(" pos=").append(s.start());
  }

  /** All {@code key=value} words of a description, in order (later duplicates win). */
  public static Map<String, String> tokens(String description) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String word : description.strip().split("\\s+")) {
      int eq = word.indexOf('=');
      if (eq > 0) {
        out.put(word.substring(0, eq), word.substring(eq + 1));
      }
    }
    return out;
  }

  /** The {@code label=} value, if any. */
  public static Optional<String> label(String description) {
    return Optional.ofNullable(tokens(description).get("label"));
  }

  /** The planted motif or decoy in a description, if it has one. */
  public static Optional<PlantedSite> plantedSite(String description) {
    return plantedSite(description, null);
  }

  /**
   * The planted motif or decoy in a description, if it has one.
   *
   * @throws InvalidInputException at {@code where} when pos or strand is malformed or missing
   */
  public static Optional<PlantedSite> plantedSite(String description, SourceLocation where) {
    Map<String, String> t = tokens(description);
    boolean decoy = !t.containsKey("motif") && t.containsKey("decoy");
    String name = decoy ? t.get("decoy") : t.get("motif");
    if (name == null) {
      return Optional.empty();
    }
    String strand = t.getOrDefault("strand", "+");
    if (!strand.equals("+") && !strand.equals("-")) {
      throw new InvalidInputException(
          where, "the header has strand=" + strand + "; write strand=+ or strand=-.");
    }
    return Optional.of(
        new PlantedSite(
            name,
            t.getOrDefault("site", name),
            strand.charAt(0),
            position(t.get("pos"), where),
            decoy));
  }

  private static int position(String pos, SourceLocation where) {
    try {
      int value = Integer.parseInt(pos == null ? "" : pos);
      if (value >= 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidInputException(
        where,
        "the header names a planted motif but its position is '"
            + pos
            + "'; write pos= and the 0-based start on the forward strand, e.g. pos=57.");
  }
}
