package org.motifworkbench.motif;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;

/**
 * The background letter frequencies of a MEME file (A, C, G, T) and where they come from, as MEME
 * writes it: "Background letter frequencies (from {@code source}):".
 *
 * @param frequencies A, C, G and T, each in 0..1, summing to 1
 * @param source where the frequencies come from, e.g. "uniform background"
 */
public record Background(double[] frequencies, String source) {

  /** Equal frequencies, for motifs that do not come from data. */
  public static final Background UNIFORM =
      new Background(new double[] {0.25, 0.25, 0.25, 0.25}, "uniform background");

  /** As lenient as the MEME reader: files round frequencies to a few decimals. */
  private static final double SUM_TOLERANCE = 0.02;

  public Background {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(frequencies, "frequencies");
    if (frequencies.length != 4) {
      throw new IllegalArgumentException("a background needs 4 frequencies (A C G T)");
    }
    double sum = 0;
    for (double f : frequencies) {
      if (!(f >= 0 && f <= 1)) {
        throw new IllegalArgumentException("a background frequency is " + f + ", outside 0..1");
      }
      sum += f;
    }
    if (Math.abs(sum - 1) > SUM_TOLERANCE) {
      throw new IllegalArgumentException("the background frequencies add up to " + sum);
    }
    frequencies = frequencies.clone();
  }

  /**
   * The letter frequencies of {@code sequences} on both strands (each base counted with its
   * complement, so A = T and C = G), as MEME Suite's fasta-get-markov computes a background for
   * motifs searched on both strands; letters other than A, C, G and T (N padding, ambiguity codes)
   * are skipped. Uniform when there is no base at all.
   *
   * @param description what the sequences are, for the source, e.g. "1,000 training sequences"
   */
  public static Background ofSequences(Collection<String> sequences, String description) {
    long at = 0;
    long cg = 0;
    for (String sequence : sequences) {
      for (int i = 0; i < sequence.length(); i++) {
        switch (sequence.charAt(i)) {
          case 'A', 'a', 'T', 't' -> at++;
          case 'C', 'c', 'G', 'g' -> cg++;
          default -> {}
        }
      }
    }
    if (at + cg == 0) {
      return new Background(UNIFORM.frequencies, description + ", which hold no bases: uniform");
    }
    double halfAt = 0.5 * at / (at + cg);
    double halfCg = 0.5 - halfAt;
    return new Background(
        new double[] {halfAt, halfCg, halfCg, halfAt}, description + ", both strands");
  }

  @Override
  public double[] frequencies() {
    return frequencies.clone();
  }

  /** The frequency of base index {@code base} (0=A, 1=C, 2=G, 3=T). */
  public double frequency(int base) {
    return frequencies[base];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Background b
        && Arrays.equals(frequencies, b.frequencies)
        && source.equals(b.source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(frequencies), source);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "Background[A %.4f C %.4f G %.4f T %.4f from %s]",
        frequencies[0],
        frequencies[1],
        frequencies[2],
        frequencies[3],
        source);
  }
}
