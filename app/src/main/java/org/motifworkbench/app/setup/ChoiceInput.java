package org.motifworkbench.app.setup;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** A choice among a few options of the model form (pooling, initializer, length mode...). */
public final class ChoiceInput<T> implements FormInput {

  private final String id;
  private final String label;
  private final String help;
  private final List<T> options;
  private final Function<T, String> describe;
  private final ObjectProperty<T> value;

  /**
   * @param describe the option as the user reads it, e.g. "Attention (learns where to look)"
   */
  public ChoiceInput(
      String id, String label, String help, List<T> options, Function<T, String> describe) {
    this.id = id;
    this.label = label;
    this.help = help;
    this.options = List.copyOf(options);
    this.describe = describe;
    this.value = new SimpleObjectProperty<>(this, "value", options.get(0));
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String label() {
    return label;
  }

  @Override
  public String help() {
    return help;
  }

  public List<T> options() {
    return options;
  }

  /** The option's text; an unknown option (never offered) reads as its plain value. */
  public String describe(T option) {
    return option == null ? "" : describe.apply(option);
  }

  public ObjectProperty<T> valueProperty() {
    return value;
  }

  public T getValue() {
    return value.get();
  }

  public void setValue(T option) {
    value.set(option);
  }
}
