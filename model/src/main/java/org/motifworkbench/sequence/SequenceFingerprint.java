package org.motifworkbench.sequence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A data set's content fingerprint: SHA-256 over every record's id, label and bases in order. The
 * same sequences read again (or from a copy) give the same text; an edited file does not.
 */
public final class SequenceFingerprint {

  private SequenceFingerprint() {}

  /** The fingerprint of {@code sequences}, 64 hex digits. */
  public static String of(SequenceSet sequences) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
    for (SequenceRecord r : sequences.records()) {
      // A separator no id, label or sequence holds, so ("ab", "c") and ("a", "bc") differ.
      sha.update(r.id().getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(String.valueOf(r.label()).getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(r.bases().getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 1);
    }
    return HexFormat.of().formatHex(sha.digest());
  }
}
