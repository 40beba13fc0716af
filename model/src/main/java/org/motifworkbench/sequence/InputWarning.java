package org.motifworkbench.sequence;

/** Something odd but usable in the input (e.g. CRLF line ends, a skipped empty record). */
public record InputWarning(SourceLocation location, String message) {

  @Override
  public String toString() {
    return location == null ? message : location + ": " + message;
  }
}
