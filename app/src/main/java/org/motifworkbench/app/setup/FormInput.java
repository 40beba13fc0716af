package org.motifworkbench.app.setup;

/** One input of the model form: a typed value or a choice, with a label and plain-language help. */
public sealed interface FormInput permits TextInput, ChoiceInput {

  /** A stable name, also the control's id in the view (for tests and the style sheet). */
  String id();

  /** The label shown beside the input, e.g. "Filters per branch". */
  String label();

  /** What the setting does, in plain words (the tooltip). */
  String help();
}
