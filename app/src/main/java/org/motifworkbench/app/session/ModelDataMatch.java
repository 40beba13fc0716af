package org.motifworkbench.app.session;

/** How the current model's results relate to the open data; the later screens follow it. */
public enum ModelDataMatch {
  /** No model: nothing to show. */
  NO_MODEL,
  /** The results were computed on the open data, or no data is open (they show their own). */
  MATCHES,
  /** The open data is other data with classes the model knows: it can be evaluated on it. */
  OTHER_DATA,
  /** The open data has classes the model does not know: only a new model fits it. */
  OTHER_CLASSES;

  /** True when the model's results belong to other data than the open data. */
  public boolean otherData() {
    return this == OTHER_DATA || this == OTHER_CLASSES;
  }
}
