package org.motifworkbench.app.lessons;

/**
 * A lesson file that cannot be used, with a message a teacher can act on: the file, where in it,
 * and what is wrong, e.g. "lesson1.json: step 3: unknown check 'foo'; known: ...".
 */
public final class LessonFormatException extends Exception {

  private static final long serialVersionUID = 1L;

  public LessonFormatException(String message) {
    super(message);
  }
}
