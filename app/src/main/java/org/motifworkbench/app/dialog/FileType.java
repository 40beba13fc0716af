package org.motifworkbench.app.dialog;

import java.util.List;

/**
 * A kind of file a chooser offers, e.g. "FASTA files" with "*.fa", "*.fasta".
 *
 * @param patterns glob patterns; the first names the extension a save adds when the name has none
 */
public record FileType(String description, List<String> patterns) {

  /** Any file. */
  public static final FileType ALL = of("All files", "*");

  public FileType {
    patterns = List.copyOf(patterns);
    if (patterns.isEmpty()) {
      throw new IllegalArgumentException("a file type needs at least one pattern");
    }
  }

  public static FileType of(String description, String... patterns) {
    return new FileType(description, List.of(patterns));
  }

  /** ".json" for "*.json"; empty for "*" and patterns without an extension. */
  public String extension() {
    String first = patterns.get(0);
    int dot = first.lastIndexOf('.');
    return first.startsWith("*.") && dot > 0 ? first.substring(dot) : "";
  }
}
