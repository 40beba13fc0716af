package org.motifworkbench.classroom;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.motifworkbench.sequence.InvalidInputException;
import org.motifworkbench.sequence.SourceLocation;

/**
 * Comma-separated values as RFC 4180 defines them (cells with a comma, a quote or a line break in
 * double quotes, quotes doubled, CRLF between records), made safe to open in a spreadsheet.
 *
 * <p>Formula injection: a spreadsheet runs a cell that starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return as a formula, so a student's free text could run a formula
 * on the teacher's machine. As the OWASP "CSV Injection" page advises, such a cell is written with
 * a leading apostrophe ({@code '=1+1}), which spreadsheets show as text and hide. Plain numbers
 * ({@code -0.5}) are left as they are: they cannot be formulas. Reading removes the apostrophe
 * again, so text survives a round trip exactly.
 */
final class CsvFormat {

  /** The record separator RFC 4180 prescribes. */
  static final String NEWLINE = "\r\n";

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
  private static final Pattern FORMULA = Pattern.compile("'*[=+\\-@\t\r].*", Pattern.DOTALL);

  /** One record as read, with the line it starts on (from 1). */
  record Row(int line, List<String> cells) {
    Row {
      cells = List.copyOf(cells);
    }
  }

  private CsvFormat() {}

  /** One record: the cells, quoted where needed, separated by commas, without the line end. */
  static String line(List<String> cells) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(quoted(cells.get(i)));
    }
    return out.toString();
  }

  private static String quoted(String cell) {
    if (cell == null) {
      return "";
    }
    boolean quote =
        cell.indexOf(',') >= 0
            || cell.indexOf('"') >= 0
            || cell.indexOf('\n') >= 0
            || cell.indexOf('\r') >= 0;
    return quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
  }

  /**
   * {@code text} as a cell a spreadsheet shows as text: with a leading apostrophe when it would be
   * taken for a formula (also when it already starts with apostrophes before such a character, so
   * that {@link #unguarded} gives back exactly {@code text}).
   */
  static String guarded(String text) {
    if (text == null || text.isEmpty() || NUMBER.matcher(text).matches()) {
      return text == null ? "" : text;
    }
    return FORMULA.matcher(text).matches() ? "'" + text : text;
  }

  /** The text a {@link #guarded} cell stands for. */
  static String unguarded(String cell) {
    return cell.startsWith("'") && FORMULA.matcher(cell.substring(1)).matches()
        ? cell.substring(1)
        : cell;
  }

  /**
   * Every record of {@code text}; a byte-order mark at the start (spreadsheets write one) and blank
   * lines are ignored.
   *
   * @param file the file's name, for messages
   * @throws InvalidInputException naming the file and line of a quote that is never closed or of
   *     text after a closing quote
   */
  static List<Row> parse(String text, String file) {
    List<Row> rows = new ArrayList<>();
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    int line = 1;
    int n = text.length();
    while (i < n) {
      int rowLine = line;
      List<String> cells = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      boolean rowEnded = false;
      while (!rowEnded) {
        if (i < n && text.charAt(i) == '"') {
          int quoteLine = line;
          i++;
          while (true) {
            if (i >= n) {
              throw new InvalidInputException(
                  new SourceLocation(file, quoteLine),
                  "a quoted cell is never closed: a double quote (\") is missing. Quotes inside a"
                      + " cell are written twice (\"\").");
            }
            char c = text.charAt(i++);
            if (c == '"') {
              if (i < n && text.charAt(i) == '"') {
                cell.append('"');
                i++;
              } else {
                break;
              }
            } else {
              if (c == '\n') {
                line++;
              }
              cell.append(c);
            }
          }
          if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
            throw new InvalidInputException(
                new SourceLocation(file, line),
                "text follows a quoted cell; a cell in quotes must end with the quote.");
          }
        } else {
          while (i < n
              && text.charAt(i) != ','
              && text.charAt(i) != '\r'
              && text.charAt(i) != '\n') {
            cell.append(text.charAt(i++));
          }
        }
        cells.add(cell.toString());
        cell.setLength(0);
        if (i < n && text.charAt(i) == ',') {
          i++;
        } else {
          if (i < n && text.charAt(i) == '\r') {
            i++;
          }
          if (i < n && text.charAt(i) == '\n') {
            i++;
          }
          line++;
          rowEnded = true;
        }
      }
      if (cells.size() > 1 || !cells.get(0).isEmpty()) {
        rows.add(new Row(rowLine, cells)); // blank lines are skipped
      }
    }
    return rows;
  }
}
