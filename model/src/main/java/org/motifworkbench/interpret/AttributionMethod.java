package org.motifworkbench.interpret;

/** The ways the workbench attributes a prediction to the bases of a sequence. */
public enum AttributionMethod {
  /** Gradient of the class score with respect to the one-hot input (centred across the 4 bases). */
  GRADIENT("Gradient"),
  /** Gradient times input: the gradient at the observed base. */
  GRADIENT_X_INPUT("Gradient × input"),
  /** Integrated gradients from a baseline: attributions that sum to score(x) - score(baseline). */
  INTEGRATED_GRADIENTS("Integrated gradients"),
  /** In-silico mutagenesis: the score change of every single-base substitution. */
  MUTAGENESIS("In-silico mutagenesis");

  private final String title;

  AttributionMethod(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
