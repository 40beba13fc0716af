package org.motifworkbench.app.help;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One page of the user guide: a heading of the README (or a screen of its step list) and the blocks
 * under it; {@code depth} 0 for a top section, 1 for a part of one.
 */
public record HelpPage(String title, int depth, List<HelpBlock> blocks) {

  public HelpPage {
    blocks = List.copyOf(blocks);
  }

  /** The page's text without markup, title first, for searching. */
  public String plain() {
    return Stream.concat(Stream.of(title), blocks.stream().map(HelpBlock::plain))
        .collect(Collectors.joining("\n"));
  }

  /**
   * How often the page mentions every word of {@code query} (case ignored); 0 when a word is
   * missing, so a page counts only when it has them all.
   */
  public int hits(String query) {
    List<String> words = words(query);
    if (words.isEmpty()) {
      return 0;
    }
    String text = plain().toLowerCase(Locale.ROOT);
    int total = 0;
    for (String word : words) {
      int count = count(text, word);
      if (count == 0) {
        return 0;
      }
      total += count;
    }
    return total;
  }

  /** The words of a search, lower case. */
  public static List<String> words(String query) {
    if (query == null || query.isBlank()) {
      return List.of();
    }
    return Stream.of(query.trim().toLowerCase(Locale.ROOT).split("\\s+")).distinct().toList();
  }

  private static int count(String text, String word) {
    int count = 0;
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
      count++;
    }
    return count;
  }

  @Override
  public String toString() {
    return title;
  }
}
