package org.motifworkbench.app.help;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the lines of one guide page into blocks: the markdown the README uses (paragraphs, {@code
 * -} and numbered lists with indented continuations and nested lists, fenced code, pipe tables,
 * images on their own line). Anything else is read as a paragraph, so no text is ever dropped.
 */
final class MarkdownBlocks {

  private static final Pattern LIST_ITEM = Pattern.compile("^( *)([-*]|\\d+\\.) +(.*)$");
  private static final Pattern IMAGE = Pattern.compile("^!\\[([^\\]]*)\\]\\(([^)]*)\\)$");
  private static final Pattern TABLE_RULE = Pattern.compile("^\\|?[\\s:|-]*-{3,}[\\s:|-]*$");

  private final List<String> lines;
  private int next;

  private MarkdownBlocks(List<String> lines) {
    this.lines = lines;
  }

  static List<HelpBlock> parse(List<String> lines) {
    return new MarkdownBlocks(lines).blocks();
  }

  private List<HelpBlock> blocks() {
    List<HelpBlock> out = new ArrayList<>();
    while (next < lines.size()) {
      String line = lines.get(next);
      String trimmed = line.trim();
      Matcher item = LIST_ITEM.matcher(line);
      Matcher image = IMAGE.matcher(trimmed);
      if (trimmed.isEmpty()) {
        next++;
      } else if (trimmed.startsWith("```")) {
        out.add(code(indent(line)));
      } else if (trimmed.startsWith("|")) {
        out.add(table());
      } else if (item.matches()) {
        out.add(list(item.group(1).length()));
      } else if (image.matches()) {
        out.add(new HelpBlock.Image(image.group(1), image.group(2)));
        next++;
      } else {
        out.add(paragraph());
      }
    }
    return out;
  }

  private HelpBlock.Paragraph paragraph() {
    StringBuilder text = new StringBuilder(lines.get(next++).trim());
    while (next < lines.size() && !startsBlock(lines.get(next))) {
      text.append(' ').append(lines.get(next++).trim());
    }
    return new HelpBlock.Paragraph(Inline.parse(text.toString()));
  }

  private static boolean startsBlock(String line) {
    String trimmed = line.trim();
    return trimmed.isEmpty()
        || trimmed.startsWith("```")
        || trimmed.startsWith("|")
        || LIST_ITEM.matcher(line).matches()
        || IMAGE.matcher(trimmed).matches();
  }

  /** A fenced block; its lines lose the fence's own indentation (a block inside a list item). */
  private HelpBlock.Code code(int indent) {
    String language = lines.get(next++).trim().substring(3).trim();
    List<String> code = new ArrayList<>();
    while (next < lines.size() && !lines.get(next).trim().startsWith("```")) {
      String line = lines.get(next++);
      code.add(line.substring(Math.min(indent, indent(line))));
    }
    next++; // the closing fence (or the end of the page)
    return new HelpBlock.Code(language, String.join("\n", code));
  }

  private HelpBlock.Table table() {
    List<List<List<Inline>>> rows = new ArrayList<>();
    boolean ruled = false;
    while (next < lines.size() && lines.get(next).trim().startsWith("|")) {
      String line = lines.get(next++).trim();
      if (rows.size() == 1 && !ruled && TABLE_RULE.matcher(line).matches()) {
        ruled = true;
      } else {
        rows.add(cells(line));
      }
    }
    // without a rule under the first row there is no header, only rows
    List<List<Inline>> header = ruled ? rows.remove(0) : List.of();
    return new HelpBlock.Table(header, rows);
  }

  /** The cells of a table row; a bar inside {@code `code`} does not end a cell. */
  private static List<List<Inline>> cells(String row) {
    String inner =
        row.substring(1, row.endsWith("|") && row.length() > 1 ? row.length() - 1 : row.length());
    List<List<Inline>> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean inCode = false;
    for (int i = 0; i < inner.length(); i++) {
      char c = inner.charAt(i);
      if (c == '`') {
        inCode = !inCode;
      }
      if (c == '|' && !inCode) {
        cells.add(Inline.parse(cell.toString().trim()));
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(Inline.parse(cell.toString().trim()));
    return cells;
  }

  /** The items at {@code indent}, each with what is indented under it. */
  private HelpBlock.ListBlock list(int indent) {
    List<HelpBlock.Item> items = new ArrayList<>();
    boolean ordered = false;
    while (next < lines.size()) {
      Matcher item = LIST_ITEM.matcher(lines.get(next));
      if (!item.matches() || item.group(1).length() != indent) {
        break;
      }
      if (items.isEmpty()) {
        ordered = Character.isDigit(item.group(2).charAt(0));
      }
      next++;
      items.add(itemBody(indent, item.group(3)));
    }
    return new HelpBlock.ListBlock(ordered, items);
  }

  private HelpBlock.Item itemBody(int indent, String first) {
    StringBuilder text = new StringBuilder(first.trim());
    List<HelpBlock> children = new ArrayList<>();
    while (next < lines.size()) {
      String line = lines.get(next);
      String trimmed = line.trim();
      if (trimmed.isEmpty() || indent(line) <= indent) {
        break; // a blank line or a line no further in ends the item
      }
      Matcher nested = LIST_ITEM.matcher(line);
      Matcher image = IMAGE.matcher(trimmed);
      if (nested.matches()) {
        children.add(list(nested.group(1).length()));
      } else if (image.matches()) {
        children.add(new HelpBlock.Image(image.group(1), image.group(2)));
        next++;
      } else if (trimmed.startsWith("```")) {
        children.add(code(indent(line)));
      } else if (children.isEmpty()) {
        text.append(' ').append(trimmed);
        next++;
      } else {
        children.add(new HelpBlock.Paragraph(Inline.parse(trimmed)));
        next++;
      }
    }
    return new HelpBlock.Item(Inline.parse(text.toString()), children);
  }

  private static int indent(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
