package org.motifworkbench.app.session;

import java.nio.file.Path;
import java.util.List;
import org.motifworkbench.sequence.DataSource;
import org.motifworkbench.sequence.SequenceFingerprint;
import org.motifworkbench.sequence.SequenceSet;

/**
 * Which data set results belong to: its files, its classes and, when the sequences were read in
 * this session, a fingerprint of their content. A model and its results carry the identity of the
 * data they were computed on, so no screen shows them as results for other data.
 *
 * @param files the data's files as absolute, normalised paths
 * @param classNames the classes, in the data's order
 * @param fingerprint SHA-256 of every record's id, label and bases in order; null when unknown (a
 *     model opened from a file names its data but does not hold it)
 */
public record DataIdentity(List<String> files, List<String> classNames, String fingerprint) {

  public DataIdentity {
    files = List.copyOf(files);
    classNames = List.copyOf(classNames);
  }

  /** The identity of sequences read in this session from {@code source} (hashes them all). */
  public static DataIdentity of(DataSource source, SequenceSet sequences) {
    return new DataIdentity(absolute(source), sequences.classNames(), fingerprint(sequences));
  }

  /** The identity a model file records: its data's files and classes, no fingerprint. */
  public static DataIdentity recorded(DataSource source, List<String> classNames) {
    return new DataIdentity(source == null ? List.of() : absolute(source), classNames, null);
  }

  /**
   * True when both name the same data: the same content when both fingerprints are known (a file
   * opened again, or a copy, is the same data; a file edited since is not), else the same files.
   */
  public boolean sameData(DataIdentity other) {
    if (other == null) {
      return false;
    }
    if (fingerprint != null && other.fingerprint != null) {
      return fingerprint.equals(other.fingerprint);
    }
    return !files.isEmpty() && files.equals(other.files);
  }

  /** "train.fa" or "neg.fa, pos.fa"; "unknown data" when the files are not known. */
  public String displayName() {
    return files.isEmpty()
        ? "unknown data"
        : String.join(", ", files.stream().map(f -> Path.of(f).getFileName().toString()).toList());
  }

  private static List<String> absolute(DataSource source) {
    return source.files().stream()
        .map(f -> Path.of(f).toAbsolutePath().normalize().toString())
        .toList();
  }

  private static String fingerprint(SequenceSet sequences) {
    return SequenceFingerprint.of(sequences);
  }
}
