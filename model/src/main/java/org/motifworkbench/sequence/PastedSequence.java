package org.motifworkbench.sequence;

/**
 * One sequence typed or pasted by the user: bare bases or FASTA (header lines are skipped, the
 * first header's first word becomes the id), whitespace and line breaks ignored. Characters that
 * are not bases are reported by line and position, with the same advice as for files.
 */
public final class PastedSequence {

  /** The id of a pasted sequence without a header. */
  public static final String DEFAULT_ID = "your sequence";

  private static final String WHERE = "pasted text";

  private PastedSequence() {}

  /**
   * The bases of {@code text} as one record.
   *
   * @throws InvalidInputException naming the line, position and character when something is not a
   *     base, when there are no bases, or when the text holds several FASTA records
   */
  public static SequenceRecord parse(String text) {
    StringBuilder bases = new StringBuilder();
    String id = null;
    String description = "";
    String[] lines = text.split("\\R", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n];
      if (line.strip().startsWith(">")) {
        if (id != null || bases.length() > 0) {
          throw new InvalidInputException(
              new SourceLocation(WHERE, n + 1),
              "there is more than one" + " sequence. Paste one sequence at a time.");
        }
        String header = line.strip().substring(1).strip();
        int space = header.indexOf(' ');
        id = space < 0 ? header : header.substring(0, space);
        description = space < 0 ? "" : header.substring(space + 1).strip();
        continue;
      }
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (Character.isWhitespace(c)) {
          continue;
        }
        if (!BaseLetters.isValid(c)) {
          throw notABase(lines.length > 1 ? n + 1 : 0, bases.length() + 1, line.codePointAt(i));
        }
        bases.append(c);
      }
    }
    if (bases.length() == 0) {
      throw new InvalidInputException(
          null,
          "There are no bases to explain. Type or paste a DNA "
              + "sequence (A, C, G, T), with or without a FASTA header line.");
    }
    return new SequenceRecord(
        id == null || id.isEmpty() ? DEFAULT_ID : id,
        description,
        bases.toString(),
        null,
        new SourceLocation(WHERE, 0));
  }

  /**
   * The file readers' message and advice, worded for text in a box rather than a file.
   *
   * @param line 1-based line of the text, or 0 when the text is one line
   */
  private static InvalidInputException notABase(int line, int position, int codePoint) {
    String message =
        BaseLetters.invalidCharacter(null, "Position", position, codePoint)
            .getMessage()
            .replace("load the file again", "explain it again");
    return new InvalidInputException(
        null, line > 0 ? message + " (line " + line + " of the text)" : message);
  }
}
