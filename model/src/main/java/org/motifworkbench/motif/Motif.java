package org.motifworkbench.motif;

import java.util.Arrays;
import java.util.Objects;
import org.motifworkbench.sequence.DnaAlphabet;

/**
 * A position probability matrix: one row per motif position, four columns in the order A, C, G, T.
 * The matrix is copied on the way in and out, so a motif never changes.
 */
public record Motif(String id, String altName, double[][] probabilities) {

  public Motif {
    Objects.requireNonNull(id, "id");
    altName = altName == null ? "" : altName;
    Objects.requireNonNull(probabilities, "probabilities");
    if (probabilities.length == 0) {
      throw new IllegalArgumentException("motif " + id + " has no positions");
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
    return new Motif(id, altName, out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Motif m
        && id.equals(m.id)
        && altName.equals(m.altName)
        && Arrays.deepEquals(probabilities, m.probabilities);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, altName, Arrays.deepHashCode(probabilities));
  }

  @Override
  public String toString() {
    return "Motif[" + id + (altName.isEmpty() ? "" : " " + altName) + ", w=" + width() + "]";
  }
}
