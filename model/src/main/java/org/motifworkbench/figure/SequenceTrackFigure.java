package org.motifworkbench.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One explained sequence as a track: a position ruler, per-base attribution bars (positive up in
 * the palette's positive colour, negative down), the bases as coloured letters, an optional bracket
 * under a marked site (a planted motif), and one attention curve per network branch. Columns follow
 * {@link SequenceColumns}, so a {@link MutagenesisHeatmapFigure} of the same width lines up below.
 */
public final class SequenceTrackFigure implements Figure {

  /**
   * Attention weights of one branch. A branch whose convolution shortens the sequence has fewer
   * weights than bases; weight j then belongs to the centre of its kernel window.
   */
  public record AttentionTrack(int kernelSize, float[] weights) {
    public AttentionTrack {
      Objects.requireNonNull(weights, "weights");
    }

    /** The 0-based base position weight {@code j} belongs to, for a sequence of {@code length}. */
    public int position(int j, int length) {
      return j + (length - weights.length) / 2;
    }
  }

  /** A stretch of bases to bracket, e.g. a planted motif: 0-based start, exclusive end. */
  public record MarkedSite(int start, int end, String label) {}

  /**
   * Heights of the track's rows, in points, for a type scale: on screen today's, in print rows
   * sized around 7-pt text.
   */
  record Spacing(
      double pad,
      double ruler,
      double preferredBars,
      double minBars,
      double letters,
      double site,
      double attention) {

    static final Spacing SCREEN =
        new Spacing(PAD, RULER, PREFERRED_BARS, MIN_BARS, LETTERS, SITE, ATTENTION);

    static Spacing of(TypeScale type) {
      if (!type.print()) {
        return SCREEN;
      }
      double t = type.tick();
      return new Spacing(2, 2 * t, 9 * t, 5 * t, 1.5 * t, 2.6 * t, 2.6 * t);
    }
  }

  static final double PAD = 4;
  static final double RULER = 24;
  static final double PREFERRED_BARS = 150;
  static final double MIN_BARS = 40;
  static final double LETTERS = 20;
  static final double SITE = 26;
  static final double ATTENTION = 28;
  static final Color INK = new Color(0x1f, 0x29, 0x33);
  static final Color MUTED = new Color(0x5f, 0x6b, 0x7a);
  static final Color GRID = new Color(0xd9, 0xde, 0xe4);
  static final Color ATTENTION_FILL = new Color(0x2f, 0x5f, 0x8f);
  static final Color SITE_BAND = new Color(0xff, 0xe8, 0x8c, 110);

  private final String sequence;
  private final float[] saliency;
  private final List<AttentionTrack> attention;
  private final MarkedSite site;
  private final NucleotidePalette palette;
  private final String valueName;
  private final int firstPosition;
  private final ValueRange sharedRange;

  /**
   * @param sequence the bases, one column each
   * @param saliency one attribution value per base
   * @param attention attention weights per branch (may be empty)
   * @param site a stretch to bracket under the letters, if any
   * @param valueName what the bars show, for the axis, e.g. "gradient × input"
   */
  public SequenceTrackFigure(
      String sequence,
      float[] saliency,
      List<AttentionTrack> attention,
      Optional<MarkedSite> site,
      NucleotidePalette palette,
      String valueName) {
    this(sequence, saliency, attention, site, palette, valueName, 1);
  }

  /**
   * A track of a region of a longer sequence: as above, with the first base numbered {@code
   * firstPosition} (1-based) on the ruler and in the site's label.
   */
  public SequenceTrackFigure(
      String sequence,
      float[] saliency,
      List<AttentionTrack> attention,
      Optional<MarkedSite> site,
      NucleotidePalette palette,
      String valueName,
      int firstPosition) {
    this(sequence, saliency, attention, site, palette, valueName, firstPosition, null);
  }

  private SequenceTrackFigure(
      String sequence,
      float[] saliency,
      List<AttentionTrack> attention,
      Optional<MarkedSite> site,
      NucleotidePalette palette,
      String valueName,
      int firstPosition,
      ValueRange sharedRange) {
    if (saliency.length != sequence.length()) {
      throw new IllegalArgumentException(
          "There are "
              + saliency.length
              + " attribution values for "
              + sequence.length()
              + " bases.");
    }
    this.sequence = sequence;
    this.saliency = saliency.clone();
    this.attention = List.copyOf(attention);
    this.site = site.orElse(null);
    this.palette = palette;
    this.valueName = valueName;
    this.firstPosition = firstPosition;
    this.sharedRange = sharedRange;
  }

  /**
   * The same track with its bars drawn on the value scale from {@code min} to {@code max} (widened
   * to its own values and 0), so tracks stacked for comparison share one scale.
   */
  public SequenceTrackFigure withValueRange(double min, double max) {
    ValueRange own = ValueRange.of(saliency);
    return new SequenceTrackFigure(
        sequence,
        saliency,
        attention,
        Optional.ofNullable(site),
        palette,
        valueName,
        firstPosition,
        new ValueRange(Math.min(min, own.min()), Math.max(max, own.max())));
  }

  public int length() {
    return sequence.length();
  }

  /** Width at which every letter is legible; wider areas spread the columns. */
  @Override
  public double preferredWidth() {
    return SequenceColumns.preferredWidth(length());
  }

  @Override
  public double preferredHeight() {
    return fixedHeight(Spacing.SCREEN) + PREFERRED_BARS;
  }

  /** The rows' own heights: the height does not grow with the width. */
  @Override
  public double heightFor(double width, TypeScale type) {
    Spacing s = Spacing.of(type);
    return fixedHeight(s) + s.preferredBars();
  }

  /** The 0-based position under {@code x} when drawn in {@code area}, or -1 outside the bases. */
  public int positionAt(double x, Rectangle2D area) {
    return SequenceColumns.in(area, length()).positionAt(x);
  }

  /** Where each part of the track goes in {@code area} on screen. */
  Rows rows(Rectangle2D area) {
    return rows(area, Spacing.SCREEN);
  }

  private Rows rows(Rectangle2D area, Spacing s) {
    double bars = Math.max(s.minBars(), area.getHeight() - fixedHeight(s));
    double top = area.getMinY() + s.pad();
    double barsTop = top + s.ruler();
    double lettersTop = barsTop + bars;
    double siteTop = lettersTop + s.letters();
    double attentionTop = siteTop + (site == null ? 0 : s.site());
    ValueRange range = sharedRange != null ? sharedRange : ValueRange.of(saliency);
    double zero = barsTop + bars * range.max() / range.span();
    return new Rows(top, barsTop, bars, zero, range, lettersTop, siteTop, attentionTop);
  }

  /** Vertical positions of the track's parts, and the bars' value range. */
  record Rows(
      double rulerTop,
      double barsTop,
      double barsHeight,
      double zeroY,
      ValueRange range,
      double lettersTop,
      double siteTop,
      double attentionTop) {

    double y(double value) {
      return zeroY - value / range.span() * barsHeight;
    }
  }

  /** The value range of the bars, always including 0; never empty. */
  record ValueRange(double min, double max) {
    static ValueRange of(float[] values) {
      double min = 0;
      double max = 0;
      for (float v : values) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
      return max - min > 0 ? new ValueRange(min, max) : new ValueRange(0, 1);
    }

    double span() {
      return max - min;
    }
  }

  private double fixedHeight(Spacing s) {
    return 2 * s.pad()
        + s.ruler()
        + s.letters()
        + (site == null ? 0 : s.site())
        + attention.size() * s.attention();
  }

  /** Draws the track into {@code area} of {@code g}. */
  @Override
  public void draw(Graphics2D g, Rectangle2D area) {
    draw(g, area, TypeScale.SCREEN);
  }

  /**
   * Draws the track with {@code type}'s text. Letters are drawn while a column can hold one of at
   * least 5 points (7 on screen), else the bases are coloured blocks; the ruler numbers every 10th,
   * 20th, 50th... base, as many as fit.
   */
  @Override
  public void draw(Graphics2D g, Rectangle2D area, TypeScale type) {
    Graphics2D g2 = (Graphics2D) g.create();
    try {
      g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g2.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      Spacing s = Spacing.of(type);
      SequenceColumns columns = SequenceColumns.in(area, length(), type);
      Rows rows = rows(area, s);
      drawSiteBand(g2, columns, rows);
      drawRuler(g2, columns, rows, type, s);
      drawBars(g2, columns, rows);
      drawValueAxis(g2, columns, rows, type);
      drawLetters(g2, columns, rows, type, s);
      drawSiteBracket(g2, area, columns, rows, type);
      for (int b = 0; b < attention.size(); b++) {
        drawAttention(
            g2, columns, rows.attentionTop() + b * s.attention(), attention.get(b), type, s);
      }
    } finally {
      g2.dispose();
    }
  }

  private void drawRuler(
      Graphics2D g, SequenceColumns columns, Rows rows, TypeScale type, Spacing s) {
    g.setFont(type.tickFont());
    g.setColor(MUTED);
    double top = rows.rulerTop();
    double widest = g.getFontMetrics().stringWidth(Integer.toString(firstPosition + length() - 1));
    int step = columns.tickStep(widest, 2 * type.gap());
    // Biologists count bases from 1: tick p labels the column of position p - firstPosition.
    int first = (firstPosition + step - 1) / step * step;
    for (int p = first; p < firstPosition + length(); p += step) {
      double x = columns.centre(p - firstPosition);
      g.draw(new Line2D.Double(x, top + 0.58 * s.ruler(), x, top + 0.75 * s.ruler()));
      FigureText.centred(g, Integer.toString(p), x, top + 0.5 * s.ruler());
    }
    FigureText.rightAligned(g, "position", columns.left() - 8, top + s.ruler() / 3);
  }

  private void drawBars(Graphics2D g, SequenceColumns columns, Rows rows) {
    double gap = columns.columnWidth() >= 4 ? Math.max(0.5, columns.columnWidth() * 0.12) : 0;
    for (int i = 0; i < length(); i++) {
      float v = saliency[i];
      if (v == 0 || Float.isNaN(v)) {
        continue;
      }
      double y = rows.y(v);
      double top = Math.min(y, rows.zeroY());
      double height = Math.abs(rows.zeroY() - y);
      g.setColor(v > 0 ? palette.positive() : palette.negative());
      g.fill(
          new Rectangle2D.Double(columns.x(i) + gap / 2, top, columns.columnWidth() - gap, height));
    }
    g.setColor(MUTED);
    g.setStroke(new BasicStroke(1f));
    g.draw(new Line2D.Double(columns.left(), rows.zeroY(), columns.right(), rows.zeroY()));
  }

  private void drawValueAxis(Graphics2D g, SequenceColumns columns, Rows rows, TypeScale type) {
    g.setFont(type.tickFont());
    g.setColor(MUTED);
    double axisX = columns.left() - 6;
    g.draw(new Line2D.Double(axisX, rows.barsTop(), axisX, rows.barsTop() + rows.barsHeight()));
    // Labels stay within the bars' rows (clear of the row labels above and below), and an end
    // is labelled only when its label stands clear of the 0.
    double half = g.getFontMetrics().getAscent() * 0.55;
    double low = rows.barsTop() + half;
    double high = rows.barsTop() + rows.barsHeight() - half;
    double zeroLabel = Math.max(low, Math.min(high, rows.zeroY()));
    tick(g, axisX, rows.zeroY(), zeroLabel, "0");
    double widest = g.getFontMetrics().stringWidth("0");
    for (double end : new double[] {rows.range().max(), rows.range().min()}) {
      double at = Math.max(low, Math.min(high, rows.y(end)));
      if (end != 0 && Math.abs(at - zeroLabel) >= 2 * half + 1) {
        String label = FigureText.signed(end);
        tick(g, axisX, rows.y(end), at, label);
        widest = Math.max(widest, g.getFontMetrics().stringWidth(label));
      }
    }
    g.setFont(type.labelFont());
    g.setColor(INK);
    double right = type.print() ? axisX - 5 - widest - type.gap() : axisX - 44;
    drawWrapped(g, valueName, right, rows.barsTop() + rows.barsHeight() / 2);
  }

  private static void tick(Graphics2D g, double axisX, double y, double labelY, String label) {
    g.draw(new Line2D.Double(axisX - 3, y, axisX, y));
    FigureText.rightAligned(g, label, axisX - 5, labelY);
  }

  /** The axis name in the margin, split on spaces over lines so it fits beside the tick labels. */
  private static void drawWrapped(Graphics2D g, String text, double right, double centreY) {
    String[] words = text.split(" ");
    double line = g.getFontMetrics().getHeight();
    double y = centreY - (words.length - 1) * line / 2;
    for (String word : words) {
      FigureText.rightAligned(g, word, right, y);
      y += line;
    }
  }

  private void drawLetters(
      Graphics2D g, SequenceColumns columns, Rows rows, TypeScale type, Spacing s) {
    double top = rows.lettersTop();
    double rowHeight = s.letters();
    double size = columns.letterSize(type.print() ? rowHeight * 0.95 : rowHeight - 2);
    if ((!columns.lettersFit() && !type.print()) || size < TypeScale.MIN_POINTS) {
      double inset = rowHeight * 0.15;
      for (int i = 0; i < length(); i++) {
        g.setColor(palette.base(sequence.charAt(i)));
        g.fill(
            new Rectangle2D.Double(
                columns.x(i), top + inset, columns.columnWidth(), rowHeight - 2 * inset));
      }
    } else {
      g.setFont(FigureFonts.bold(type.print() ? size : Math.rint(size)));
      double baseline = top + rowHeight / 2 + g.getFontMetrics().getAscent() * 0.4;
      for (int i = 0; i < length(); i++) {
        char c = sequence.charAt(i);
        g.setColor(palette.base(c));
        FigureText.centred(
            g, String.valueOf(Character.toUpperCase(c)), columns.centre(i), baseline);
      }
    }
    g.setFont(type.labelFont());
    g.setColor(INK);
    FigureText.rightAligned(g, "sequence", columns.left() - 8, top + rowHeight / 2);
  }

  private void drawSiteBand(Graphics2D g, SequenceColumns columns, Rows rows) {
    if (site == null) {
      return;
    }
    int start = Math.max(0, site.start());
    int end = Math.min(length(), site.end());
    if (end <= start) {
      return;
    }
    g.setColor(SITE_BAND);
    g.fill(
        new Rectangle2D.Double(
            columns.x(start),
            rows.barsTop(),
            columns.x(end) - columns.x(start),
            rows.siteTop() - rows.barsTop()));
  }

  private void drawSiteBracket(
      Graphics2D g, Rectangle2D area, SequenceColumns columns, Rows rows, TypeScale type) {
    if (site == null) {
      return;
    }
    int start = Math.max(0, site.start());
    int end = Math.min(length(), site.end());
    if (end <= start) {
      return;
    }
    double x0 = columns.x(start) + 1;
    double x1 = columns.x(end) - 1;
    double y = rows.siteTop() + (type.print() ? 3 : 4);
    g.setColor(INK);
    g.setStroke(new BasicStroke(type.print() ? 0.75f : 1.5f));
    Path2D bracket = new Path2D.Double();
    bracket.moveTo(x0, y - 3);
    bracket.lineTo(x0, y + 2);
    bracket.lineTo(x1, y + 2);
    bracket.lineTo(x1, y - 3);
    g.draw(bracket);
    g.setFont(type.tickFont());
    String label =
        site.label() + " (" + (start + firstPosition) + "\u2013" + (end + firstPosition - 1) + ")";
    double half = g.getFontMetrics().stringWidth(label) / 2.0;
    double labelX =
        Math.max(columns.left() + half, Math.min(area.getMaxX() - half - 1, (x0 + x1) / 2));
    FigureText.centred(g, label, labelX, y + 2 + g.getFontMetrics().getAscent() + 1);
  }

  private void drawAttention(
      Graphics2D g,
      SequenceColumns columns,
      double top,
      AttentionTrack track,
      TypeScale type,
      Spacing s) {
    double height = s.attention() * 0.78;
    double bottom = top + s.attention() * 0.11 + height;
    float max = 0;
    for (float w : track.weights()) {
      max = Math.max(max, w);
    }
    g.setColor(GRID);
    g.draw(new Line2D.Double(columns.left(), bottom, columns.right(), bottom));
    g.setFont(type.labelFont());
    g.setColor(INK);
    FigureText.rightAligned(
        g, "attention k=" + track.kernelSize(), columns.left() - 8, top + s.attention() / 2);
    if (max <= 0) {
      return;
    }
    Path2D area = new Path2D.Double();
    boolean started = false;
    double lastX = 0;
    for (int j = 0; j < track.weights().length; j++) {
      int position = track.position(j, length());
      if (position < 0 || position >= length()) {
        continue;
      }
      double x = columns.centre(position);
      double y = bottom - track.weights()[j] / max * height;
      if (!started) {
        area.moveTo(x, bottom);
        started = true;
      }
      area.lineTo(x, y);
      lastX = x;
    }
    if (!started) {
      return;
    }
    area.lineTo(lastX, bottom);
    area.closePath();
    g.setColor(
        new Color(
            ATTENTION_FILL.getRed(), ATTENTION_FILL.getGreen(), ATTENTION_FILL.getBlue(), 150));
    g.fill(area);
    g.setColor(ATTENTION_FILL);
    g.setStroke(new BasicStroke(1f));
    g.draw(area);
  }
}
