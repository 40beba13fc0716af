package org.motifworkbench.app.motifs;

import java.util.List;
import java.util.Locale;
import org.motifworkbench.interpret.DiscoveredMotif;
import org.motifworkbench.interpret.FilterMotif;
import org.motifworkbench.motif.InformationContent;
import org.motifworkbench.motif.Motif;
import org.motifworkbench.motif.MotifMatch;
import org.motifworkbench.motif.PositionWeightMatrix;

/**
 * One motif of the gallery, as the screen shows it: its section, matrix, a name and a line of
 * detail, how many sites it was built from, and its best database matches.
 *
 * @param sites seqlets of a discovered motif, activating windows of a filter
 * @param fewSites true for a filter with too few sites for its matrix to mean much
 * @param matches the best database matches, most significant first (empty without a database)
 */
public record MotifCard(
    Section section,
    Motif motif,
    String title,
    String detail,
    int sites,
    boolean fewSites,
    List<MotifMatch> matches) {

  /** Matches with an E-value above this are shown as "no significant match". */
  public static final double SIGNIFICANT_E_VALUE = 0.05;

  /** The gallery's two sections. */
  public enum Section {
    DISCOVERED("Discovered motifs"),
    FILTERS("First-layer filters"),
    /** Motifs of a MEME file the user compared with the database. */
    COMPARED("Compared motifs");

    private final String title;

    Section(String title) {
      this.title = title;
    }

    public String title() {
      return title;
    }
  }

  public MotifCard {
    matches = List.copyOf(matches);
  }

  /** A motif found from the explanations: named by its consensus, detail its support. */
  static MotifCard discovered(DiscoveredMotif found, List<MotifMatch> matches) {
    Motif motif = found.motif();
    return new MotifCard(
        Section.DISCOVERED,
        motif,
        PositionWeightMatrix.iupacConsensus(motif),
        "support " + count(found.support(), "seqlet"),
        found.support(),
        false,
        matches);
  }

  /** A first-layer filter: named by its branch and index, detail its sites. */
  static MotifCard filter(FilterMotif filter, List<MotifMatch> matches) {
    return new MotifCard(
        Section.FILTERS,
        filter.motif(),
        "Filter " + filter.filter() + " (width " + filter.kernel() + ")",
        count(filter.sites(), "site")
            + " \u00b7 "
            + PositionWeightMatrix.iupacConsensus(filter.motif()),
        filter.sites(),
        !filter.reliable(),
        matches);
  }

  /**
   * A motif of a MEME file the user brought: named as the file names it, detail its consensus and
   * the sites the file records (logo corrected for them when known).
   */
  static MotifCard query(Motif motif, List<MotifMatch> matches) {
    String name = motif.altName().isEmpty() ? motif.id() : motif.id() + " " + motif.altName();
    String consensus = PositionWeightMatrix.iupacConsensus(motif);
    return new MotifCard(
        Section.COMPARED,
        motif,
        name,
        motif.hasSites() ? count(motif.sites(), "site") + " \u00b7 " + consensus : consensus,
        motif.sites(),
        false,
        matches);
  }

  /** Information content for the logo, corrected for the number of sites it was built from. */
  public InformationContent information() {
    return sites >= 1 ? InformationContent.forSites(sites) : InformationContent.uncorrected();
  }

  /** Total information in bits (for sorting: the most specific motifs first). */
  double totalBits() {
    return information().total(motif);
  }

  /** At most {@code limit} matches with E <= {@value #SIGNIFICANT_E_VALUE}. */
  public List<MotifMatch> significantMatches(int limit) {
    return matches.stream().filter(MotifCard::significant).limit(limit).toList();
  }

  public static boolean significant(MotifMatch match) {
    return match.eValue() <= SIGNIFICANT_E_VALUE;
  }

  /** An E- or p-value the way MEME tools print it: 3.6e-16, 0.012, 0.05, 1.5. */
  public static String formatValue(double value) {
    if (value >= 100 || value == 0) {
      return String.format(Locale.ROOT, "%.0f", value);
    }
    if (value >= 0.01) {
      return new java.math.BigDecimal(value)
          .round(new java.math.MathContext(2))
          .stripTrailingZeros()
          .toPlainString();
    }
    String s = String.format(Locale.ROOT, "%.1e", value);
    // Java pads the exponent to two digits (1.0e-05); MEME and Tomtom do not.
    return s.replaceFirst("e([+-])0(\\d)$", "e$1$2");
  }

  private static String count(int n, String noun) {
    return String.format("%,d %s%s", n, noun, n == 1 ? "" : "s");
  }
}
