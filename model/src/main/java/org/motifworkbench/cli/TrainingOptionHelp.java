package org.motifworkbench.cli;

import java.util.Arrays;
import java.util.ListResourceBundle;
import org.motifworkbench.training.TrainingParameter;

/**
 * The {@code --help} text of {@code mwb train}'s training options, read by picocli through each
 * option's {@code descriptionKey} (the setting's name): the same description the Model form shows
 * as its tooltip, from {@link TrainingParameter}.
 */
public final class TrainingOptionHelp extends ListResourceBundle {

  @Override
  protected Object[][] getContents() {
    return Arrays.stream(TrainingParameter.values())
        .map(p -> new Object[] {p.setting(), p.description()})
        .toArray(Object[][]::new);
  }
}
