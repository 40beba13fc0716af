package org.motifworkbench.app;

/** The workflow steps, left to right in the step bar. Only those with a screen are available. */
enum Step {
  DATA("Data", true),
  MODEL("Model", false),
  TRAIN("Train", false),
  EVALUATE("Evaluate", false),
  INSPECT("Inspect", false),
  MOTIFS("Motifs", false);

  private final String title;
  private final boolean available;

  Step(String title, boolean available) {
    this.title = title;
    this.available = available;
  }

  String title() {
    return title;
  }

  boolean available() {
    return available;
  }
}
