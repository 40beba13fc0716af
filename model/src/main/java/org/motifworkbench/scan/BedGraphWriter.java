package org.motifworkbench.scan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/**
 * Writes window scores as a bedGraph track (UCSC's format, which IGV reads): a {@code track
 * type=bedGraph ...} line, then {@code chrom start end value} separated by tabs, 0-based half-open,
 * one interval {@code [centre, centre + step)} per window (clipped to the contig), values with 4
 * significant digits. Consecutive intervals that touch and carry the same written value are merged
 * into one line, as bedGraph allows, which keeps flat stretches small. Windows must arrive sorted
 * by contig and position; windows without a value leave a gap.
 */
public final class BedGraphWriter implements Consumer<WindowScore> {

  private static final MathContext FOUR_DIGITS = new MathContext(4);

  private final Writer out;
  private final int step;
  private final ToLongFunction<String> contigLength;
  private String contig;
  private long start;
  private long end;
  private String value;
  private long lines;
  private String lengthOf;
  private long length;

  /**
   * @param trackLine the whole {@code track ...} line (see {@link #trackLine})
   * @param contigLength each contig's length, to clip the last interval
   */
  public BedGraphWriter(
      Writer out, String trackLine, int step, ToLongFunction<String> contigLength) {
    this.out = out;
    this.step = step;
    this.contigLength = contigLength;
    write(trackLine + "\n");
  }

  /**
   * A track line: {@code name} and {@code description} quoted (double quotes inside become single),
   * full visibility, auto-scaled, bars, and a dashed line at {@code threshold} when it is not NaN.
   */
  public static String trackLine(String name, String description, double threshold) {
    StringBuilder line =
        new StringBuilder("track type=bedGraph name=\"")
            .append(name.replace('"', '\''))
            .append("\" description=\"")
            .append(description.replace('"', '\''))
            .append("\" visibility=full autoScale=on alwaysZero=on graphType=bar")
            .append(" color=31,119,180");
    if (!Double.isNaN(threshold)) {
      line.append(" yLineMark=").append(format(threshold)).append(" yLineOnOff=on");
    }
    return line.toString();
  }

  /** {@code value} with 4 significant digits, no exponent, no trailing zeros: 0.5, 0.0001235. */
  public static String format(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("a track value must be finite, not " + value);
    }
    if (value == 0) {
      return "0";
    }
    return new BigDecimal(value).round(FOUR_DIGITS).stripTrailingZeros().toPlainString();
  }

  @Override
  public void accept(WindowScore score) {
    if (!score.contig().equals(lengthOf)) {
      lengthOf = score.contig(); // looked up once per contig, not once per window
      length = contigLength.applyAsLong(lengthOf);
    }
    long from = score.centre();
    long to = Math.min(from + step, length);
    String text = format(score.value());
    if (value != null && score.contig().equals(contig) && from == end && text.equals(value)) {
      end = to;
      return;
    }
    flush();
    contig = score.contig();
    start = from;
    end = to;
    value = text;
  }

  /** Writes the last pending line; call once all windows are in. */
  public void finish() {
    flush();
  }

  /** Data lines written so far (after merging). */
  public long lines() {
    return lines;
  }

  private void flush() {
    if (value != null) {
      write(contig + "\t" + start + "\t" + end + "\t" + value + "\n");
      lines++;
      value = null;
    }
  }

  private void write(String text) {
    try {
      out.write(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
