package org.motifworkbench.data;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which class of a data set carries the signal worth explaining (the bound regions, the positives),
 * so motif discovery starts on it. Class names are sorted, so "bound" comes before "unbound" and
 * "foreground" before "background": taking the last class, as many tools do, explains the shuffled
 * or background sequences of a binary set. The rule: a class named like a signal ("positive",
 * "bound", "foreground", ...) wins; else, of two classes, the one that is not named like a
 * background ("negative", "unbound", "shuffled", "control", ...); else the last class.
 */
public final class SignalClass {

  private static final Set<String> SIGNAL =
      Set.of(
          "positive",
          "positives",
          "pos",
          "bound",
          "binding",
          "foreground",
          "fg",
          "target",
          "peak",
          "peaks",
          "signal",
          "yes",
          "true",
          "1",
          "case",
          "hit",
          "hits",
          "active");
  private static final Set<String> BACKGROUND =
      Set.of(
          "negative",
          "negatives",
          "neg",
          "unbound",
          "nonbinding",
          "non-binding",
          "background",
          "bg",
          "shuffled",
          "shuffle",
          "control",
          "random",
          "no",
          "false",
          "0",
          "decoy",
          "inactive",
          "other",
          "rest");

  private SignalClass() {}

  /**
   * The index of the signal class in {@code classNames}, or -1 when there are no classes.
   *
   * @param classNames the model's or data set's classes, in their order
   */
  public static int indexIn(List<String> classNames) {
    if (classNames.isEmpty()) {
      return -1;
    }
    for (int i = 0; i < classNames.size(); i++) {
      if (SIGNAL.contains(key(classNames.get(i)))) {
        return i;
      }
    }
    if (classNames.size() == 2) {
      boolean firstBackground = BACKGROUND.contains(key(classNames.get(0)));
      boolean secondBackground = BACKGROUND.contains(key(classNames.get(1)));
      if (secondBackground && !firstBackground) {
        return 0;
      }
    }
    return classNames.size() - 1;
  }

  private static String key(String name) {
    return name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
