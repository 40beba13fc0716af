package org.motifworkbench.motif;

import java.util.Arrays;
import java.util.Objects;
import org.motifworkbench.sequence.DnaAlphabet;

/**
 * A position probability matrix: one row per motif position, four columns in the order A, C, G, T,
 * with what MEME files record beside it: the number of sites it was built from, its E-value and a
 * URL. The matrix is copied on the way in and out, so a motif never changes.
 *
 * @param sites the number of sites the matrix was built from (MEME's nsites), 0 when unknown
 * @param eValue the E-value of the motif where it was found, NaN when unknown
 * @param url a web page about the motif, empty when there is none
 */
public record Motif(
    String id, String altName, double[][] probabilities, int sites, double eValue, String url) {

  public Motif {
    Objects.requireNonNull(id, "id");
    altName = altName == null ? "" : altName;
    url = url == null ? "" : url.strip();
    Objects.requireNonNull(probabilities, "probabilities");
    if (probabilities.length == 0) {
      throw new IllegalArgumentException("motif " + id + " has no positions");
    }
    if (sites < 0) {
      throw new IllegalArgumentException("motif " + id + " has " + sites + " sites");
    }
    if (eValue < 0 || eValue == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException("motif " + id + " has the E-value " + eValue);
    }
    if (url.contains("\n") || url.contains("\r")) {
      throw new IllegalArgumentException("the URL of motif " + id + " spans lines");
    }
    double[][] copy = new double[probabilities.length][];
    for (int i = 0; i < probabilities.length; i++) {
      if (probabilities[i].length != 4) {
        throw new IllegalArgumentException("motif " + id + " row " + (i + 1) + " needs 4 values");
      }
      copy[i] = probabilities[i].clone();
    }
    probabilities = copy;
  }

  /** A motif whose number of sites, E-value and URL are unknown. */
  public Motif(String id, String altName, double[][] probabilities) {
    this(id, altName, probabilities, 0, Double.NaN, "");
  }

  /** The same motif built from {@code sites} sites (0: unknown). */
  public Motif withSites(int sites) {
    return new Motif(id, altName, probabilities, sites, eValue, url);
  }

  /** The same motif with the E-value {@code eValue} (NaN: unknown). */
  public Motif withEValue(double eValue) {
    return new Motif(id, altName, probabilities, sites, eValue, url);
  }

  /** The same motif with the web page {@code url} (empty: none). */
  public Motif withUrl(String url) {
    return new Motif(id, altName, probabilities, sites, eValue, url);
  }

  /** The same motif with another matrix (a copy of {@code rows}), its names and counts kept. */
  public Motif withProbabilities(double[][] rows) {
    return new Motif(id, altName, rows, sites, eValue, url);
  }

  /** True when the number of sites is known. */
  public boolean hasSites() {
    return sites > 0;
  }

  /** True when the E-value is known. */
  public boolean hasEValue() {
    return !Double.isNaN(eValue);
  }

  /** A copy of the w x 4 matrix (A, C, G, T). */
  @Override
  public double[][] probabilities() {
    double[][] copy = new double[probabilities.length][];
    for (int i = 0; i < copy.length; i++) {
      copy[i] = probabilities[i].clone();
    }
    return copy;
  }

  public int width() {
    return probabilities.length;
  }

  /** Probability of base index {@code base} (0=A, 1=C, 2=G, 3=T) at {@code position}. */
  public double probability(int position, int base) {
    return probabilities[position][base];
  }

  /** The alternative name when there is one (e.g. CTCF), otherwise the id. */
  public String displayName() {
    return altName.isEmpty() ? id : altName;
  }

  /** True when {@code query} equals the id or the alternative name, ignoring case. */
  public boolean hasName(String query) {
    return id.equalsIgnoreCase(query) || (!altName.isEmpty() && altName.equalsIgnoreCase(query));
  }

  /** The most likely base at each position. */
  public String consensus() {
    StringBuilder sb = new StringBuilder(width());
    for (double[] row : probabilities) {
      int best = 0;
      for (int b = 1; b < 4; b++) {
        if (row[b] > row[best]) {
          best = b;
        }
      }
      sb.append(DnaAlphabet.ACGT.charAt(best));
    }
    return sb.toString();
  }

  /** The same motif with every row scaled to sum to 1 (rows summing to 0 become uniform). */
  public Motif normalized() {
    double[][] out = probabilities();
    for (double[] row : out) {
      double sum = row[0] + row[1] + row[2] + row[3];
      for (int b = 0; b < 4; b++) {
        row[b] = sum > 0 ? row[b] / sum : 0.25;
      }
    }
    return withProbabilities(out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Motif m
        && id.equals(m.id)
        && altName.equals(m.altName)
        && Arrays.deepEquals(probabilities, m.probabilities)
        && sites == m.sites
        && Double.compare(eValue, m.eValue) == 0
        && url.equals(m.url);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, altName, Arrays.deepHashCode(probabilities), sites, eValue, url);
  }

  @Override
  public String toString() {
    return "Motif[" + id + (altName.isEmpty() ? "" : " " + altName) + ", w=" + width() + "]";
  }
}
