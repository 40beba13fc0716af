package org.motifworkbench.app.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user guide: the README's sections "The workbench" and "Command line" split into pages by
 * their {@code ##} and {@code ###} headings. The numbered list of screens under "The workbench"
 * ("1. **Data**: ...") becomes a page per screen, so each screen's "?" opens its own page. The
 * build puts the README on the class path beside this class: the guide is the README, never a copy.
 */
public final class HelpGuide {

  /** Where the build puts the README (app/pom.xml); its images are under docs/images beside it. */
  static final String README = "/org/motifworkbench/app/help/README.md";

  /** The README's top sections shown in the guide, in order. */
  static final List<String> SECTIONS = List.of("The workbench", "Command line");

  private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");

  private final List<HelpPage> pages;

  private HelpGuide(List<HelpPage> pages) {
    this.pages = List.copyOf(pages);
  }

  /** The guide from the README the build packaged; a guide saying so when it is missing. */
  public static HelpGuide load() {
    try (InputStream in = HelpGuide.class.getResourceAsStream(README)) {
      if (in == null) {
        return missing();
      }
      return fromReadme(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the user guide from the application", e);
    }
  }

  /** The guide of a README's text. */
  public static HelpGuide fromReadme(String markdown) {
    List<HelpPage> pages = new ArrayList<>();
    String section = null; // the top section being read, null outside the chosen ones
    String title = null;
    int depth = 0;
    List<String> lines = new ArrayList<>();
    boolean fenced = false;
    for (String line : markdown.split("\\R", -1)) {
      if (line.trim().startsWith("```")) {
        fenced = !fenced;
      }
      Matcher heading = fenced ? null : HEADING.matcher(line);
      if (heading == null || !heading.matches() || heading.group(1).length() > 3) {
        lines.add(line);
        continue;
      }
      if (title != null) {
        addPages(pages, title, depth, lines);
      }
      lines.clear();
      int level = heading.group(1).length();
      String text = Inline.plain(Inline.parse(heading.group(2)));
      if (level <= 2) {
        section = SECTIONS.contains(text) ? text : null;
      }
      title = section == null ? null : text;
      depth = level <= 2 ? 0 : 1;
    }
    if (title != null) {
      addPages(pages, title, depth, lines);
    }
    if (pages.isEmpty()) {
      return missing();
    }
    return new HelpGuide(pages);
  }

  /**
   * The page titled {@code title}; its screen list ("1. **Data**: ...") becomes one page per screen
   * after it, the list itself links to them.
   */
  private static void addPages(List<HelpPage> pages, String title, int depth, List<String> lines) {
    List<HelpBlock> blocks = new ArrayList<>(MarkdownBlocks.parse(lines));
    List<HelpPage> screens = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i) instanceof HelpBlock.ListBlock list && isScreenList(list)) {
        List<HelpBlock.Item> links = new ArrayList<>();
        for (HelpBlock.Item item : list.items()) {
          String screen = item.text().get(0).text();
          List<Inline> rest = new ArrayList<>(item.text().subList(1, item.text().size()));
          // "**Data**: open FASTA files" reads "Open FASTA files" on the page "Data"
          String first = rest.get(0).text().replaceFirst("^:\\s*", "");
          if (!first.isEmpty()) {
            first = Character.toUpperCase(first.charAt(0)) + first.substring(1);
          }
          rest.set(0, Inline.text(first));
          List<HelpBlock> body = new ArrayList<>();
          body.add(new HelpBlock.Paragraph(rest));
          body.addAll(item.children());
          screens.add(new HelpPage(screen, depth + 1, body));
          links.add(new HelpBlock.Item(List.of(Inline.pageLink(screen)), List.of()));
        }
        blocks.set(i, new HelpBlock.ListBlock(true, links));
      }
    }
    pages.add(new HelpPage(title, depth, blocks));
    pages.addAll(screens);
  }

  /** A numbered list whose every item starts "**Name**: ...". */
  private static boolean isScreenList(HelpBlock.ListBlock list) {
    return list.ordered()
        && list.items().stream()
            .allMatch(
                item ->
                    item.text().size() > 1
                        && item.text().get(0).kind() == Inline.Kind.BOLD
                        && item.text().get(1).kind() == Inline.Kind.TEXT
                        && item.text().get(1).text().startsWith(":"));
  }

  private static HelpGuide missing() {
    return new HelpGuide(
        List.of(
            new HelpPage(
                "User guide",
                0,
                List.of(
                    new HelpBlock.Paragraph(
                        List.of(
                            Inline.text(
                                "The user guide is missing from this build: README.md was not"
                                    + " packaged with the application. It is the README.md"
                                    + " file of the workbench's source folder.")))))));
  }

  /** The pages in reading order. */
  public List<HelpPage> pages() {
    return pages;
  }

  /** The page titled {@code title}, if the guide has one. */
  public Optional<HelpPage> page(String title) {
    return pages.stream().filter(p -> p.title().equals(title)).findFirst();
  }

  /** This guide with {@code page} added at the end (e.g. the keyboard shortcuts of the window). */
  public HelpGuide with(HelpPage page) {
    List<HelpPage> more = new ArrayList<>(pages);
    more.removeIf(p -> p.title().equals(page.title()));
    more.add(page);
    return new HelpGuide(more);
  }

  /** The pages that mention every word of {@code query}, in reading order. */
  public List<HelpPage> search(String query) {
    return pages.stream().filter(p -> p.hits(query) > 0).toList();
  }

  /** An image of the README (a path such as docs/images/screen-1-data.png); null when absent. */
  public static URL image(String path) {
    if (path.startsWith("/") || path.contains("..") || path.contains(":")) {
      return null; // only the README's own images, nothing from elsewhere
    }
    return HelpGuide.class.getResource("/org/motifworkbench/app/help/" + path);
  }
}
