package org.motifworkbench.app.train;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.motifworkbench.app.figure.FigureExport;
import org.motifworkbench.app.figure.FigureView;
import org.motifworkbench.figure.NucleotidePalette;
import org.motifworkbench.figure.SequenceLogoFigure;
import org.motifworkbench.interpret.FilterMotif;
import org.motifworkbench.interpret.LeadingFilters;

/**
 * The Train screen's strip of first-layer filter logos, refreshed at every epoch end, so that
 * students watch the network discover the motif: a heading and a row of small logos that scrolls
 * sideways when the window is narrow.
 */
final class FilterStrip {

  private static final String WAITING =
      "Filters: after each epoch, the logos of the"
          + " first-layer filters that look most like motifs appear here.";
  private static final double LOGO_HEIGHT = 86;
  private static final double POINTS_PER_BASE = 11;

  private final TrainViewModel viewModel;
  private final FigureExport export;
  private final Label heading = new Label(WAITING);
  private final HBox logos = new HBox();
  private final VBox root;

  /**
   * @param export adds "Export figure..." to each logo; may be null
   */
  FilterStrip(TrainViewModel viewModel, FigureExport export) {
    this.viewModel = viewModel;
    this.export = export;
    heading.setId("filterStripHeading");
    heading.getStyleClass().add("filter-strip-heading");
    heading.setTooltip(
        new Tooltip(
            "Each first-layer filter scans the sequence for one short"
                + " pattern. A logo shows the bases of the windows that switch the filter on most, in a"
                + " fixed sample of training sequences; tall letters mean a sharp preference. Watch a"
                + " logo turn into the planted motif as the network learns."));
    logos.setId("filterLogos");
    logos.getStyleClass().add("filter-strip-logos");
    ScrollPane scroll = new ScrollPane(logos);
    scroll.getStyleClass().add("filter-strip-scroll");
    scroll.setFitToHeight(true);
    scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    // logo and caption stay whole: the charts above give way instead
    scroll.setPrefViewportHeight(LOGO_HEIGHT + 24);
    scroll.setMinViewportHeight(LOGO_HEIGHT + 24);
    scroll.setMinHeight(Region.USE_PREF_SIZE);
    root = new VBox(heading, scroll);
    root.getStyleClass().add("filter-strip");
    root.setMinHeight(Region.USE_PREF_SIZE);
    viewModel.filtersProperty().addListener((obs, old, snapshot) -> show(snapshot));
    viewModel.paletteProperty().addListener((obs, old, palette) -> show(viewModel.getFilters()));
    show(viewModel.getFilters());
  }

  Node root() {
    return root;
  }

  private void show(FilterSnapshot snapshot) {
    logos.getChildren().clear();
    if (snapshot == null) {
      heading.setText(WAITING);
      return;
    }
    heading.setText(
        String.format(
            Locale.ROOT,
            "What the first-layer filters respond to after"
                + " epoch %d (the %d most informative, from %d training sequences)",
            snapshot.epoch(),
            snapshot.motifs().size(),
            snapshot.sampleSize()));
    NucleotidePalette palette = viewModel.paletteProperty().get();
    for (FilterMotif motif : snapshot.motifs()) {
      logos.getChildren().add(tile(motif, palette));
    }
  }

  private Node tile(FilterMotif motif, NucleotidePalette palette) {
    FigureView logo = new FigureView();
    logo.getStyleClass().add("filter-logo");
    double width = 36 + POINTS_PER_BASE * motif.kernel();
    logo.setMinSize(width, LOGO_HEIGHT);
    logo.setPrefSize(width, LOGO_HEIGHT);
    logo.setMaxSize(width, LOGO_HEIGHT);
    logo.show(SequenceLogoFigure.of(motif.motif()).withPalette(palette));
    if (export != null) {
      export.install(logo, logo::figure, () -> "filter-" + motif.filter() + "-logo");
    }
    Label caption =
        new Label(
            String.format(
                Locale.ROOT,
                "width %d, filter %d \u00b7 %.1f bits%s",
                motif.kernel(),
                motif.filter(),
                LeadingFilters.bits(motif),
                motif.reliable() ? "" : " (few sites)"));
    caption.getStyleClass().add("filter-logo-caption");
    VBox tile = new VBox(logo, caption);
    tile.getStyleClass().add("filter-tile");
    return tile;
  }
}
