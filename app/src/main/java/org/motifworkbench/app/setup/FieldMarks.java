package org.motifworkbench.app.setup;

import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.control.TextField;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;

/**
 * Marks each field of the model form whose input has a problem, whatever the problem (text that
 * cannot be read, a value out of range, a kernel wider than the input): a red ring and ControlsFX's
 * error icon, whose tooltip says what is wrong. The view model decides; this only shows it.
 */
final class FieldMarks {

  private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

  private final ValidationSupport support = new ValidationSupport();

  FieldMarks() {
    support.setValidationDecorator(new GraphicValidationDecoration());
    // Marks from the start, not only after the first edit: other data can make a setting wrong.
    support.initInitialDecoration();
  }

  /** Keeps {@code field}'s mark in step with {@code input}'s problem. */
  void follow(TextField field, TextInput input) {
    field.pseudoClassStateChanged(INVALID, input.getProblem() != null);
    input
        .problemProperty()
        .addListener(
            (obs, old, problem) -> {
              field.pseudoClassStateChanged(INVALID, problem != null);
              support.revalidate(field); // a no-op until the field is registered
            });
    // ControlsFX reaches a control without a skin by reflection on Parent.getChildren, which a
    // modular JavaFX runtime (the installer's jlink image) refuses (InaccessibleObjectException);
    // with the skin it uses the skin's public children. So the field is registered once skinned.
    if (field.getSkin() != null) {
      register(field, input);
      return;
    }
    field
        .skinProperty()
        .addListener(
            new ChangeListener<Skin<?>>() {
              @Override
              public void changed(
                  javafx.beans.value.ObservableValue<? extends Skin<?>> obs,
                  Skin<?> old,
                  Skin<?> skin) {
                if (skin != null) {
                  field.skinProperty().removeListener(this);
                  register(field, input);
                }
              }
            });
  }

  private void register(TextField field, TextInput input) {
    support.registerValidator(
        field,
        false,
        (Control c, String text) ->
            ValidationResult.fromErrorIf(c, input.getProblem(), input.getProblem() != null));
  }
}
