package org.motifworkbench.app.setup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads and writes the numbers of the model form as text. A reading failure is a message naming the
 * input and what to type instead, never an exception reaching the user.
 */
final class NumberText {

  private static final String OUT_OF_INT =
      "out of range (whole numbers here go from -2147483648" + " to 2147483647).";

  /** Thrown while reading one input; its message is shown as is. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message);
    }
  }

  private NumberText() {}

  static int wholeNumber(TextInput input) throws Unreadable {
    String text = input.getText().trim();
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new Unreadable(
          input.label()
              + ": '"
              + text
              + "' is "
              + (outOfInt(text) ? OUT_OF_INT : "not a whole number."));
    }
  }

  /** Digits that fail only because they do not fit an int: a range problem, not a typing one. */
  private static boolean outOfInt(String text) {
    return text.matches("[+-]?\\d+");
  }

  static double decimal(TextInput input) throws Unreadable {
    return decimal(input, input.getText().trim());
  }

  /** A percentage typed as e.g. "64" or "64 %", returned as a fraction (0.64), exactly. */
  static double percent(TextInput input) throws Unreadable {
    String text = input.getText().trim();
    if (text.endsWith("%")) {
      text = text.substring(0, text.length() - 1).trim();
    }
    try {
      return new BigDecimal(text).movePointLeft(2).doubleValue();
    } catch (NumberFormatException e) {
      throw new Unreadable(
          input.label() + ": '" + input.getText().trim() + "' is not a percentage (type e.g. 64).");
    }
  }

  /** "3, 7, 15" (spaces or commas between); an empty text is an empty list. */
  static List<Integer> wholeNumbers(TextInput input) throws Unreadable {
    List<Integer> out = new ArrayList<>();
    for (String part : parts(input)) {
      try {
        out.add(Integer.parseInt(part));
      } catch (NumberFormatException e) {
        throw new Unreadable(
            input.label()
                + ": '"
                + part
                + "' is "
                + (outOfInt(part)
                    ? OUT_OF_INT
                    : "not a whole number; give whole numbers separated by commas, e.g. 3, 7, 15."));
      }
    }
    return out;
  }

  static List<Double> decimals(TextInput input) throws Unreadable {
    List<Double> out = new ArrayList<>();
    for (String part : parts(input)) {
      out.add(decimal(input, part));
    }
    return out;
  }

  static String format(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return Double.toString(value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  static String formatPercent(double fraction) {
    return BigDecimal.valueOf(fraction).movePointRight(2).stripTrailingZeros().toPlainString();
  }

  static String formatList(List<? extends Number> values) {
    return values.stream()
        .map(v -> v instanceof Double d ? format(d) : v.toString())
        .collect(Collectors.joining(", "));
  }

  private static double decimal(TextInput input, String text) throws Unreadable {
    try {
      double value = Double.parseDouble(text);
      if (Double.isNaN(value) || Double.isInfinite(value)) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw new Unreadable(
          input.label()
              + ": '"
              + text
              + "' is not a number"
              + (text.contains(",") ? " (use a point as the decimal separator, e.g. 0.5)." : "."));
    }
  }

  private static List<String> parts(TextInput input) {
    String text = input.getText().trim();
    if (text.isEmpty()) {
      return List.of();
    }
    return List.of(text.split("[,;\\s]+")).stream().filter(s -> !s.isEmpty()).toList();
  }
}
