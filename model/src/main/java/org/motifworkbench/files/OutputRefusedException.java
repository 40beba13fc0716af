package org.motifworkbench.files;

/**
 * An output file or folder was refused before any work started: it is an input, another output, a
 * folder where a file is expected, or it cannot be written. The message says which and why.
 */
public class OutputRefusedException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public OutputRefusedException(String message) {
    super(message);
  }
}
