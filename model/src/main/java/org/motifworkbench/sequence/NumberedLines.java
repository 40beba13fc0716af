package org.motifworkbench.sequence;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a text file in which each line is one item (a sequence or a label): blank lines at the
 * start and end are dropped, a blank line between items is an error because it would shift them.
 */
final class NumberedLines {

  /** One non-blank line, as written, and its 1-based number in the file. */
  record Line(int number, String text) {}

  private NumberedLines() {}

  static List<Line> read(Path file, String kind, String itemName) {
    List<Line> lines = new ArrayList<>();
    int firstBlankAfterContent = 0;
    try (BufferedReader reader = InputFiles.openText(file, kind)) {
      int number = 0;
      String text;
      while ((text = reader.readLine()) != null) {
        number++;
        if (text.isBlank()) {
          if (!lines.isEmpty() && firstBlankAfterContent == 0) {
            firstBlankAfterContent = number;
          }
          continue;
        }
        if (firstBlankAfterContent != 0) {
          throw new InvalidInputException(
              new SourceLocation(file.toString(), firstBlankAfterContent),
              "this line is blank, but every line of this file must hold one "
                  + itemName
                  + " (blank lines are only allowed at the start and end). Remove the blank"
                  + " line, or put the missing "
                  + itemName
                  + " on it.");
        }
        lines.add(new Line(number, text));
      }
    } catch (IOException e) {
      throw InputFiles.unreadable(file.toString(), e);
    }
    return lines;
  }
}
