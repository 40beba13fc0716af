package org.motifworkbench.sequence;

import java.nio.charset.StandardCharsets;

/** Tells binary files (archives, BAM, spreadsheets...) from text by their first bytes. */
final class BinarySniffer {

  private BinarySniffer() {}

  /**
   * A short description of what binary file the bytes start like ("it looks like a ZIP archive"),
   * or null when they look like text.
   */
  static String describeBinary(byte[] head) {
    String known = knownFormat(head);
    if (known != null) {
      return "it looks like " + known;
    }
    int control = 0;
    for (byte b : head) {
      int c = b & 0xff;
      if (c == 0) {
        return "it contains binary data (NUL bytes), as in a BAM, ZIP, Excel or Word file";
      }
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7f) {
        control++;
      }
    }
    if (control * 10 > head.length) {
      return "it contains mostly binary data, as in a BAM, ZIP, Excel or Word file";
    }
    return null;
  }

  private static String knownFormat(byte[] h) {
    if (startsWith(h, "PK\u0003\u0004")) {
      return "a ZIP archive (such as a .zip, an Excel .xlsx or a Word .docx file)";
    }
    if (startsWith(h, "BAM\u0001")) {
      return "a BAM alignment file (convert it with 'samtools fasta')";
    }
    if (startsWith(h, "%PDF")) {
      return "a PDF document";
    }
    if (startsWith(h, "BZh")) {
      return "a bzip2-compressed file (decompress it, or recompress it with gzip)";
    }
    if (startsWith(h, "\u00fd7zXZ")) {
      return "an xz-compressed file (decompress it, or recompress it with gzip)";
    }
    if (startsWith(h, "(\u00b5/\u00fd")) {
      return "a zstd-compressed file (decompress it, or recompress it with gzip)";
    }
    if (startsWith(h, "\u00d0\u00cf\u0011\u00e0")) {
      return "an old Microsoft Office document (such as an Excel .xls file)";
    }
    if (startsWith(h, "\u00fe\u00ff") || startsWith(h, "\u00ff\u00fe")) {
      return "UTF-16 text (save it again as plain text in UTF-8 or ASCII)";
    }
    return null;
  }

  private static boolean startsWith(byte[] h, String magic) {
    byte[] m = magic.getBytes(StandardCharsets.ISO_8859_1);
    if (h.length < m.length) {
      return false;
    }
    for (int i = 0; i < m.length; i++) {
      if (h[i] != m[i]) {
        return false;
      }
    }
    return true;
  }
}
