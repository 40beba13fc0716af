package org.motifworkbench.app.setup;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A typed input of the model form (a number or a comma list): the text as typed and, when it cannot
 * be read, what is wrong with it. The text is kept as typed so a half-typed value is never lost.
 */
public final class TextInput implements FormInput {

  private final String id;
  private final String label;
  private final String unit;
  private final String help;
  private final StringProperty text = new SimpleStringProperty(this, "text", "");
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");

  /**
   * @param unit shown after the input, e.g. "bases" or "epochs, 0 = off"; empty for none
   */
  public TextInput(String id, String label, String unit, String help) {
    this.id = id;
    this.label = label;
    this.unit = unit;
    this.help = help;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String label() {
    return label;
  }

  public String unit() {
    return unit;
  }

  @Override
  public String help() {
    return help;
  }

  public StringProperty textProperty() {
    return text;
  }

  public String getText() {
    return text.get();
  }

  public void setText(String value) {
    text.set(value);
  }

  /** Why the text cannot be read, or null when it can. */
  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }

  public String getProblem() {
    return problem.get();
  }

  void setProblem(String message) {
    problem.set(message);
  }
}
