package org.motifworkbench.app.variants;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.motifworkbench.figure.Figure;
import org.motifworkbench.figure.SequenceTrackFigure;
import org.motifworkbench.figure.TypeScale;

/**
 * The reference track above the alternative track, both on one value scale and one ruler, so a bar
 * that shrinks or changes sign between the two shows what the variant did.
 */
final class VariantTracksFigure implements Figure {

  private static final double GAP = 6;

  private final SequenceTrackFigure reference;
  private final SequenceTrackFigure alternative;

  VariantTracksFigure(SequenceTrackFigure reference, SequenceTrackFigure alternative) {
    this.reference = reference;
    this.alternative = alternative;
  }

  @Override
  public double preferredWidth() {
    return Math.max(reference.preferredWidth(), alternative.preferredWidth());
  }

  @Override
  public double preferredHeight() {
    return reference.preferredHeight() + GAP + alternative.preferredHeight();
  }

  @Override
  public double heightFor(double width, TypeScale type) {
    return reference.heightFor(width, type) + GAP + alternative.heightFor(width, type);
  }

  @Override
  public void draw(Graphics2D g, Rectangle2D area) {
    draw(g, area, TypeScale.SCREEN);
  }

  @Override
  public void draw(Graphics2D g, Rectangle2D area, TypeScale type) {
    double top = reference.heightFor(area.getWidth(), type);
    double bottom = alternative.heightFor(area.getWidth(), type);
    double share = (area.getHeight() - GAP) / (top + bottom);
    Rectangle2D upper =
        new Rectangle2D.Double(area.getX(), area.getY(), area.getWidth(), top * share);
    Rectangle2D lower =
        new Rectangle2D.Double(area.getX(), upper.getMaxY() + GAP, area.getWidth(), bottom * share);
    reference.draw(g, upper, type);
    alternative.draw(g, lower, type);
  }
}
