package org.motifworkbench.app.help;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Draws a guide page as JavaFX nodes (text flows, lists, grids, images; no browser), with the words
 * searched for marked (style class {@code help-hit}).
 */
final class PageView {

  /** Widest an image is drawn, in pixels (screenshots are 1200 wide). */
  static final double IMAGE_WIDTH = 720;

  private final List<String> words;
  private final Consumer<String> openPage;
  private final List<Node> hits = new ArrayList<>();

  /**
   * @param query the search whose words are marked; empty for none
   * @param openPage opens a guide page by its title (the links of the screen list)
   */
  PageView(String query, Consumer<String> openPage) {
    this.words = HelpPage.words(query);
    this.openPage = openPage;
  }

  /** The page's nodes, its title first. */
  VBox render(HelpPage page) {
    VBox box = new VBox();
    box.getStyleClass().add("help-page");
    Label title = new Label(page.title());
    title.getStyleClass().add(page.depth() == 0 ? "help-title" : "help-subtitle");
    title.setId("helpPageTitle");
    box.getChildren().add(title);
    page.blocks().forEach(b -> box.getChildren().add(block(b)));
    return box;
  }

  /** The marked words, in reading order (after {@link #render}). */
  List<Node> hits() {
    return hits;
  }

  private Node block(HelpBlock block) {
    if (block instanceof HelpBlock.Paragraph p) {
      return flow(p.text(), "help-paragraph");
    } else if (block instanceof HelpBlock.ListBlock l) {
      return list(l);
    } else if (block instanceof HelpBlock.Code c) {
      return code(c);
    } else if (block instanceof HelpBlock.Table t) {
      return table(t);
    }
    HelpBlock.Image i = (HelpBlock.Image) block;
    return image(i.alt(), i.path(), IMAGE_WIDTH);
  }

  private Node list(HelpBlock.ListBlock list) {
    VBox box = new VBox();
    box.getStyleClass().add("help-list");
    int number = 1;
    for (HelpBlock.Item item : list.items()) {
      Label marker = new Label(list.ordered() ? number++ + "." : "\u2022");
      marker.getStyleClass().add("help-list-marker");
      marker.setMinWidth(22);
      VBox body = new VBox(flow(item.text(), "help-list-text"));
      body.getStyleClass().add("help-list-body");
      item.children().forEach(c -> body.getChildren().add(block(c)));
      HBox.setHgrow(body, Priority.ALWAYS);
      box.getChildren().add(new HBox(marker, body));
    }
    return box;
  }

  private Node code(HelpBlock.Code code) {
    TextFlow flow = new TextFlow();
    flow.getStyleClass().addAll("help-flow", "help-code-block");
    addText(flow, code.code(), "help-code");
    ScrollPane scroll = new ScrollPane(flow);
    scroll.getStyleClass().add("help-code-scroll");
    scroll.setFitToHeight(true);
    scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    // long command lines scroll sideways instead of wrapping mid-option
    flow.setMinWidth(Region.USE_PREF_SIZE);
    return scroll;
  }

  private Node table(HelpBlock.Table table) {
    GridPane grid = new GridPane();
    grid.getStyleClass().add("help-table");
    grid.setMaxWidth(Region.USE_PREF_SIZE); // the border hugs the columns
    int row = 0;
    if (table.header().stream().anyMatch(c -> !c.isEmpty())) {
      for (int col = 0; col < table.header().size(); col++) {
        grid.add(cell(table.header().get(col), "help-table-head"), col, row);
      }
      row++;
    }
    for (List<List<Inline>> cells : table.rows()) {
      for (int col = 0; col < cells.size(); col++) {
        grid.add(cell(cells.get(col), "help-table-cell"), col, row);
      }
      row++;
    }
    return grid;
  }

  private Node cell(List<Inline> text, String style) {
    TextFlow flow = flow(text, style);
    flow.setMaxWidth(420);
    return flow;
  }

  private TextFlow flow(List<Inline> inlines, String style) {
    TextFlow flow = new TextFlow();
    flow.getStyleClass().addAll("help-flow", style);
    for (Inline inline : inlines) {
      switch (inline.kind()) {
        case TEXT -> addText(flow, inline.text(), null);
        case BOLD -> addText(flow, inline.text(), "help-bold");
        case ITALIC -> addText(flow, inline.text(), "help-italic");
        case CODE -> addText(flow, inline.text(), "help-code");
        case IMAGE -> flow.getChildren().add(image(inline.text(), inline.target(), 340));
        case LINK -> {
          if (inline.text().equals(inline.target())) { // a page of the guide
            Hyperlink link = new Hyperlink(inline.text());
            link.getStyleClass().add("help-link");
            link.setOnAction(e -> openPage.accept(inline.target()));
            flow.getChildren().add(link);
          } else {
            addText(flow, inline.text(), null);
          }
        }
      }
    }
    return flow;
  }

  /** Text with the searched words split out and marked. */
  private void addText(TextFlow flow, String text, String style) {
    String lower = text.toLowerCase(Locale.ROOT);
    int from = 0;
    while (from < text.length()) {
      int at = -1;
      String word = null;
      for (String w : words) {
        int i = lower.indexOf(w, from);
        if (i >= 0 && (at < 0 || i < at)) {
          at = i;
          word = w;
        }
      }
      if (at < 0) {
        flow.getChildren().add(text(text.substring(from), style));
        return;
      }
      if (at > from) {
        flow.getChildren().add(text(text.substring(from, at), style));
      }
      Text hit = text(text.substring(at, at + word.length()), style);
      hit.getStyleClass().add("help-hit");
      hits.add(hit);
      flow.getChildren().add(hit);
      from = at + word.length();
    }
  }

  private static Text text(String text, String style) {
    Text node = new Text(text);
    node.getStyleClass().add("help-text");
    if (style != null) {
      node.getStyleClass().add(style);
    }
    return node;
  }

  /** An image of the README, at most {@code width} wide; its alternative text when absent. */
  private static Node image(String alt, String path, double width) {
    URL url = HelpGuide.image(path);
    if (url == null) {
      Label missing = new Label("[" + alt + "]");
      missing.getStyleClass().add("help-image-missing");
      return missing;
    }
    Image image = new Image(url.toExternalForm());
    ImageView view = new ImageView(image);
    view.setPreserveRatio(true);
    view.setSmooth(true);
    view.setFitWidth(Math.min(width, image.getWidth()));
    view.setAccessibleText(alt);
    view.getStyleClass().add("help-image");
    return view;
  }
}
