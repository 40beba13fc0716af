package org.motifworkbench.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.stream.Stream;
import org.motifworkbench.data.SplitParameter;
import org.motifworkbench.encoding.LengthParameter;
import org.motifworkbench.network.NetworkParameter;
import org.motifworkbench.setting.Parameter;
import org.motifworkbench.training.TrainingParameter;

/**
 * The {@code --help} text of {@code mwb train}'s setting options, read by picocli through each
 * option's {@code descriptionKey} (the setting's name): the same description the Model form shows
 * as its tooltip, from the settings' {@link Parameter}s. The three shares of {@code --split} are
 * one option, under the key "split".
 */
public final class SettingOptionHelp extends ListResourceBundle {

  /** The described settings that {@code mwb train} has one option each for. */
  static List<Parameter> parameters() {
    return Stream.of(
            TrainingParameter.values(), NetworkParameter.values(), LengthParameter.values())
        .flatMap(Stream::of)
        .map(Parameter.class::cast)
        .toList();
  }

  @Override
  protected Object[][] getContents() {
    List<Object[]> contents = new ArrayList<>();
    parameters().forEach(p -> contents.add(new Object[] {p.setting(), p.description()}));
    contents.add(new Object[] {"split", SplitParameter.optionDescription()});
    return contents.toArray(Object[][]::new);
  }
}
