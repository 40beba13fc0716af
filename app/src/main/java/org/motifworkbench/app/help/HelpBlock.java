package org.motifworkbench.app.help;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One block of a guide page: a paragraph, a list, a code block, a table or an image. */
public sealed interface HelpBlock {

  /** The block's text without markup, for searching. */
  String plain();

  /** Lines of text joined into one paragraph. */
  record Paragraph(List<Inline> text) implements HelpBlock {
    public Paragraph {
      text = List.copyOf(text);
    }

    @Override
    public String plain() {
      return Inline.plain(text);
    }
  }

  /** A bulleted ({@code -}) or numbered list; items may hold nested lists and images. */
  record ListBlock(boolean ordered, List<Item> items) implements HelpBlock {
    public ListBlock {
      items = List.copyOf(items);
    }

    @Override
    public String plain() {
      return items.stream().map(Item::plain).collect(Collectors.joining("\n"));
    }
  }

  /** One list item: its text and what is indented under it. */
  record Item(List<Inline> text, List<HelpBlock> children) {
    public Item {
      text = List.copyOf(text);
      children = List.copyOf(children);
    }

    String plain() {
      return Stream.concat(Stream.of(Inline.plain(text)), children.stream().map(HelpBlock::plain))
          .collect(Collectors.joining("\n"));
    }
  }

  /** A fenced code block, shown as typed; {@code language} is e.g. "bash", or empty. */
  record Code(String language, String code) implements HelpBlock {
    @Override
    public String plain() {
      return code;
    }
  }

  /** A table: the header row (its cells may be empty) and the body rows. */
  record Table(List<List<Inline>> header, List<List<List<Inline>>> rows) implements HelpBlock {
    public Table {
      header = List.copyOf(header);
      rows = List.copyOf(rows);
    }

    @Override
    public String plain() {
      return Stream.concat(Stream.of(header), rows.stream())
          .map(row -> row.stream().map(Inline::plain).collect(Collectors.joining(" ")))
          .collect(Collectors.joining("\n"));
    }
  }

  /** An image on a line of its own; {@code path} is relative to the README. */
  record Image(String alt, String path) implements HelpBlock {
    @Override
    public String plain() {
      return alt;
    }
  }
}
