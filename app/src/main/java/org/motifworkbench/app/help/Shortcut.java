package org.motifworkbench.app.help;

import java.util.List;

/** A key combination and what it does, e.g. "Ctrl+O" and "File > Open data...". */
public record Shortcut(String keys, String action) {

  /** The title of the guide page listing them. */
  public static final String PAGE = "Keyboard shortcuts";

  /** The guide page listing {@code shortcuts} in a table, in the order given. */
  public static HelpPage page(List<Shortcut> shortcuts) {
    List<List<List<Inline>>> rows =
        shortcuts.stream()
            .map(
                s ->
                    List.of(
                        List.of(new Inline(Inline.Kind.BOLD, s.keys(), null)),
                        List.of(Inline.text(s.action()))))
            .toList();
    return new HelpPage(
        PAGE,
        0,
        List.of(
            new HelpBlock.Paragraph(
                List.of(
                    Inline.text(
                        "Every key combination of the window, read from its menus and"
                            + " accelerators as they are now."))),
            new HelpBlock.Table(
                List.of(List.of(Inline.text("keys")), List.of(Inline.text("what it does"))),
                rows)));
  }
}
