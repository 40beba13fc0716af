package org.motifworkbench.sequence;

/**
 * Input a user gave us is wrong. The message names the file, the line, the problem and what to do,
 * in words a biologist understands; it is shown to the user as is.
 */
public class InvalidInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final SourceLocation location;

  public InvalidInputException(SourceLocation location, String problem) {
    super(location == null ? problem : location + ": " + problem);
    this.location = location;
  }

  public InvalidInputException(SourceLocation location, String problem, Throwable cause) {
    super(location == null ? problem : location + ": " + problem, cause);
    this.location = location;
  }

  /** The file and line at fault, or null when the problem is not tied to one place. */
  public SourceLocation location() {
    return location;
  }
}
