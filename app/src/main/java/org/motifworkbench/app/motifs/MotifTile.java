package org.motifworkbench.app.motifs;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.motifworkbench.figure.SequenceLogoFigure;
import org.motifworkbench.motif.MotifMatch;

/**
 * One motif of the gallery: its logo, name, a line of detail and its best known-motif matches.
 * Clicking it opens the enlarged view.
 */
final class MotifTile {

  static final double LOGO_WIDTH = 250;
  static final double LOGO_HEIGHT = 110;

  /** Matches listed on a tile; the enlarged view lists all kept. */
  static final int MATCHES_SHOWN = 3;

  private final VBox root = new VBox();
  private final LogoCanvas logo;

  /**
   * @param matchedAgainst the database the matches come from, or null when none was used
   */
  MotifTile(MotifCard card, String matchedAgainst, Consumer<MotifCard> onOpen) {
    logo =
        new LogoCanvas(
            SequenceLogoFigure.of(card.motif()).withInformationContent(card.information()),
            LOGO_WIDTH,
            LOGO_HEIGHT);
    Label title = styled(new Label(card.title()), "motif-title");
    HBox heading = new HBox(title);
    heading.getStyleClass().add("motif-heading");
    if (card.fewSites()) {
      Label few = styled(new Label("few sites"), "few-sites");
      few.setTooltip(
          new Tooltip(
              "Too few input windows activated this filter for its matrix to" + " mean much."));
      heading.getChildren().add(few);
    }
    root.getChildren()
        .addAll(logo.node(), heading, styled(new Label(card.detail()), "motif-detail"));
    root.getChildren().addAll(matchLines(card, matchedAgainst));
    root.getStyleClass().add("motif-tile");
    root.setId("tile-" + card.motif().id());
    root.setOnMouseClicked(e -> onOpen.accept(card));
    Tooltip.install(root, new Tooltip("Click to enlarge: logo, reverse complement, all matches"));
  }

  Node node() {
    return root;
  }

  LogoCanvas logo() {
    return logo;
  }

  private static List<Node> matchLines(MotifCard card, String matchedAgainst) {
    if (matchedAgainst == null) {
      return List.of(styled(new Label("not matched (no database)"), "no-match"));
    }
    if (card.fewSites()) {
      return List.of(styled(new Label("too few sites to match"), "no-match"));
    }
    List<MotifMatch> matches = card.significantMatches(MATCHES_SHOWN);
    if (matches.isEmpty()) {
      return List.of(styled(new Label("no significant match"), "no-match"));
    }
    return matches.stream().<Node>map(MotifTile::matchLine).toList();
  }

  private static Node matchLine(MotifMatch m) {
    Label name = styled(new Label(m.targetId() + " " + m.targetName()), "match-name");
    Label value =
        styled(
            new Label("E=" + MotifCard.formatValue(m.eValue()) + " (" + m.strand() + ")"),
            "match-value");
    HBox line = new HBox(name, value);
    line.getStyleClass().add("match-line");
    return line;
  }

  private static <T extends Node> T styled(T node, String styleClass) {
    node.getStyleClass().add(styleClass);
    return node;
  }
}
