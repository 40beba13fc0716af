package org.motifworkbench.setting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The values a setting allows: a numeric interval (each end open or closed, possibly unbounded), or
 * a list of choices.
 *
 * @param choices the allowed values when this is a choice, else empty
 */
public record Range(
    double min, boolean minIncluded, double max, boolean maxIncluded, List<?> choices) {

  /** Any whole number (the seed). */
  public static final Range ANY =
      new Range(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false, List.of());

  /** Off or on (a form offers them in this order). */
  public static final Range ON_OFF = oneOf(List.of(false, true));

  /** On or off, on offered first. */
  public static final Range ON_FIRST = oneOf(List.of(true, false));

  public Range {
    choices = List.copyOf(choices);
  }

  public static Range between(double min, double max) {
    return new Range(min, true, max, true, List.of());
  }

  public static Range atLeast(double min) {
    return new Range(min, true, Double.POSITIVE_INFINITY, false, List.of());
  }

  public static Range aboveAtMost(double min, double max) {
    return new Range(min, false, max, true, List.of());
  }

  public static Range aboveBelow(double min, double max) {
    return new Range(min, false, max, false, List.of());
  }

  public static Range atLeastBelow(double min, double max) {
    return new Range(min, true, max, false, List.of());
  }

  public static Range oneOf(List<?> choices) {
    return new Range(Double.NaN, false, Double.NaN, false, choices);
  }

  public boolean isChoice() {
    return !choices.isEmpty();
  }

  /** Whether this is a choice of on and off, in either order. */
  public boolean isOnOff() {
    return choices.size() == 2 && choices.containsAll(ON_OFF.choices);
  }

  /** Whether {@code value} is allowed; NaN never is. */
  public boolean allows(Object value) {
    if (isChoice()) {
      return choices.contains(value);
    }
    if (!(value instanceof Number n)) {
      return false;
    }
    double v = n.doubleValue();
    return (minIncluded ? v >= min : v > min) && (maxIncluded ? v <= max : v < max);
  }

  /** E.g. "between 1 and 10000", "above 0 and at most 1", "at least 0" or "'none' or 'x'". */
  public String describe() {
    if (isChoice()) {
      if (isOnOff()) {
        return "on or off";
      }
      List<String> quoted = choices.stream().map(c -> "'" + format(c) + "'").toList();
      return String.join(", ", quoted.subList(0, quoted.size() - 1))
          + " or "
          + quoted.get(quoted.size() - 1);
    }
    boolean low = min != Double.NEGATIVE_INFINITY;
    boolean high = max != Double.POSITIVE_INFINITY;
    if (!low && !high) {
      return "any whole number";
    }
    if (low && high && minIncluded && maxIncluded) {
      return "between " + format(min) + " and " + format(max);
    }
    String from = low ? (minIncluded ? "at least " : "above ") + format(min) : "";
    String to = high ? (maxIncluded ? "at most " : "below ") + format(max) : "";
    return from.isEmpty() ? to : to.isEmpty() ? from : from + " and " + to;
  }

  /**
   * A value as the user types it: whole numbers without ".0", booleans as on/off, a choice of an
   * enumeration in lower case, a list with commas.
   */
  public static String format(Object value) {
    if (value instanceof Boolean on) {
      return on ? "on" : "off";
    }
    if (value instanceof Double d && Double.isFinite(d)) {
      return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
    if (value instanceof Enum<?> e) {
      return e.name().toLowerCase(Locale.ROOT);
    }
    if (value instanceof List<?> list) {
      return list.isEmpty() ? "none" : String.join(",", list.stream().map(Range::format).toList());
    }
    return String.valueOf(value);
  }
}
