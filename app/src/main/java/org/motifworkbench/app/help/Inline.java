package org.motifworkbench.app.help;

import java.util.ArrayList;
import java.util.List;

/**
 * A run of text of one kind inside a paragraph, list item or table cell: plain, bold, italic, code,
 * an image ({@code text} is its alternative text, {@code target} its path) or a link ({@code
 * target} is the address, or the title of a guide page).
 */
public record Inline(Inline.Kind kind, String text, String target) {

  /** How a run of text is shown. */
  public enum Kind {
    TEXT,
    BOLD,
    ITALIC,
    CODE,
    IMAGE,
    LINK
  }

  /** Plain text. */
  public static Inline text(String text) {
    return new Inline(Kind.TEXT, text, null);
  }

  /** A link to the guide page titled {@code page}. */
  public static Inline pageLink(String page) {
    return new Inline(Kind.LINK, page, page);
  }

  /** The markdown subset of the README in one line of text: bold, italic, code, images, links. */
  public static List<Inline> parse(String markdown) {
    List<Inline> out = new ArrayList<>();
    StringBuilder plain = new StringBuilder();
    int i = 0;
    while (i < markdown.length()) {
      int end;
      Inline found = null;
      char c = markdown.charAt(i);
      if (c == '`' && (end = markdown.indexOf('`', i + 1)) > i) {
        found = new Inline(Kind.CODE, markdown.substring(i + 1, end), null);
      } else if (markdown.startsWith("**", i) && (end = markdown.indexOf("**", i + 2)) > i + 2) {
        // bold holds no other markup here: "**Model file (`.mwb`)**" reads "Model file (.mwb)"
        found = new Inline(Kind.BOLD, markdown.substring(i + 2, end).replace("`", ""), null);
        end++; // the closing pair is two characters
      } else if (c == '*' && opensItalic(markdown, i) && (end = closesItalic(markdown, i)) > 0) {
        found = new Inline(Kind.ITALIC, markdown.substring(i + 1, end), null);
      } else if ((c == '!' && markdown.startsWith("![", i)) || c == '[') {
        int textStart = c == '!' ? i + 2 : i + 1;
        int close = markdown.indexOf("](", textStart);
        int paren = close < 0 ? -1 : markdown.indexOf(')', close + 2);
        if (close > 0 && paren > 0 && markdown.indexOf(']', textStart) == close) {
          String text = markdown.substring(textStart, close);
          String target = markdown.substring(close + 2, paren);
          found = new Inline(c == '!' ? Kind.IMAGE : Kind.LINK, text, target);
          end = paren;
        } else {
          end = -1;
        }
      } else {
        end = -1;
      }
      if (found == null) {
        plain.append(c);
        i++;
        continue;
      }
      if (plain.length() > 0) {
        out.add(text(plain.toString()));
        plain.setLength(0);
      }
      out.add(found);
      i = end + 1;
    }
    if (plain.length() > 0) {
      out.add(text(plain.toString()));
    }
    return List.copyOf(out);
  }

  /** The text as read, without markup; an image reads as its alternative text. */
  public static String plain(List<Inline> inlines) {
    StringBuilder out = new StringBuilder();
    inlines.forEach(inline -> out.append(inline.text()));
    return out.toString();
  }

  /** A single star before a word (not "a * b", not "**"). */
  private static boolean opensItalic(String s, int i) {
    return i + 1 < s.length()
        && !Character.isWhitespace(s.charAt(i + 1))
        && s.charAt(i + 1) != '*'
        && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)));
  }

  /** The closing star of an italic run starting at {@code i}, after a non-space; -1 if none. */
  private static int closesItalic(String s, int i) {
    int end = s.indexOf('*', i + 1);
    while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
      end = s.indexOf('*', end + 1);
    }
    return end;
  }
}
