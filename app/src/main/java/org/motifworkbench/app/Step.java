package org.motifworkbench.app;

/** The workflow steps, left to right in the step bar, with what each needs before it can open. */
enum Step {
  DATA("Data", Needs.NOTHING),
  MODEL("Model", Needs.DATA),
  TRAIN("Train", Needs.DATA),
  EVALUATE("Evaluate", Needs.MODEL),
  INSPECT("Inspect", Needs.MODEL),
  MOTIFS("Motifs", Needs.MODEL),
  GENOME("Genome", Needs.MODEL),
  RUNS("Runs", Needs.NOTHING);

  /** What must exist before a step opens. */
  enum Needs {
    NOTHING(""),
    DATA("open a data set first (step 1)"),
    MODEL("train a model first (step 3) or open a saved one (File > Open model)");

    private final String hint;

    Needs(String hint) {
      this.hint = hint;
    }

    /** What the user should do, e.g. "open a data set first (step 1)". */
    String hint() {
      return hint;
    }
  }

  private final String title;
  private final Needs needs;

  Step(String title, Needs needs) {
    this.title = title;
    this.needs = needs;
  }

  String title() {
    return title;
  }

  /** The step's number in the step bar and in its shortcut: 1 for Data ... 8 for Runs. */
  @SuppressWarnings("EnumOrdinal") // the steps are numbered in the order they are declared
  int number() {
    return ordinal() + 1;
  }

  Needs needs() {
    return needs;
  }
}
