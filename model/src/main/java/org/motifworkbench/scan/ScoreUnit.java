package org.motifworkbench.scan;

import java.util.Locale;

/** What a scanned window's value is: the signal class's probability (0-1) or its logit. */
public enum ScoreUnit {
  PROBABILITY,
  LOGIT;

  /** "probability" or "logit", any case, with a plain error for anything else. */
  public static ScoreUnit parse(String text) {
    for (ScoreUnit u : values()) {
      if (u.name().equalsIgnoreCase(text.strip())) {
        return u;
      }
    }
    throw new IllegalArgumentException("unknown score '" + text + "': give probability or logit.");
  }

  /** "probability" or "logit", as typed on the command line. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
