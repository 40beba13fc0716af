package org.motifworkbench.app.setup;

import java.util.List;

/**
 * A titled group of inputs of the model form.
 *
 * @param note one line under the title, or empty
 */
public record FormSection(String title, String note, List<FormInput> inputs) {

  public FormSection {
    inputs = List.copyOf(inputs);
  }
}
