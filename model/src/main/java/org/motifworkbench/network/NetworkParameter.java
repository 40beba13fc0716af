package org.motifworkbench.network;

import java.util.List;
import java.util.function.Function;
import org.motifworkbench.setting.Parameter;
import org.motifworkbench.setting.Range;

/**
 * Every network setting described once (see {@link Parameter}): the Model form's labels, tooltips
 * and marks, {@code mwb train}'s option help and range checks, and {@link
 * NetworkSpec#problemsBySetting()} all read these, so they cannot disagree. The defaults are the
 * chosen preset's; the descriptions name those of the default preset.
 */
// Range is a record of final values and each accessor a stateless method reference: immutable in
// fact, though neither is annotated @Immutable.
@SuppressWarnings("ImmutableEnumChecker")
public enum NetworkParameter implements Parameter {
  KERNEL_SIZES(
      "kernelSizes",
      "--kernels",
      "Kernel sizes",
      "bases, comma list",
      "Filter widths, one branch per size: each branch looks for motifs about this many bases"
          + " long.",
      Range.between(1, 101),
      true,
      NetworkSpec::kernelSizes),
  FILTERS(
      "filters",
      "--filters",
      "Filters per branch",
      "detectors",
      "How many motif detectors each branch learns.",
      Range.between(1, 1024),
      false,
      NetworkSpec::filters),
  CONV_DROPOUT(
      "convDropout",
      "--conv-dropout",
      "Convolution dropout",
      "fraction",
      "Share of detector outputs switched off at random while training, so the network cannot"
          + " lean on a single detector. 0 = off.",
      Range.atLeastBelow(0, 1),
      false,
      NetworkSpec::convDropout),
  ATTENTION(
      "attention",
      "--attention",
      "Pooling",
      "",
      "How each branch sums up a whole sequence: attention weighs every position by a learned"
          + " score and keeps each filter's largest weighted value (Inspect draws the weights: where"
          + " the pooling looked, not why); max (--no-attention) takes the strongest match anywhere.",
      Range.ON_FIRST,
      false,
      NetworkSpec::attention),
  DENSE_UNITS(
      "denseUnits",
      "--dense-units",
      "Dense layers",
      "units, comma list",
      "Sizes of the fully connected layers that combine what the detectors found; none (empty)"
          + " for no such layer.",
      Range.between(1, 4096),
      true,
      NetworkSpec::denseUnits),
  DENSE_DROPOUTS(
      "denseDropouts",
      "--dense-dropouts",
      "Dense dropout",
      "fraction per layer",
      "Dropout after each dense layer: one rate per dense layer, e.g. 0.5, 0.3.",
      Range.atLeastBelow(0, 1),
      true,
      NetworkSpec::denseDropouts),
  BATCH_NORM_MOMENTUM(
      "batchNormMomentum",
      "--bn-momentum",
      "Batch-norm momentum",
      "fraction",
      "How slowly the running averages used for prediction follow the data: 0.9 as in PyTorch;"
          + " 0.99 as in Keras is slower and can keep validation at chance for a few epochs.",
      Range.aboveBelow(0, 1),
      false,
      NetworkSpec::batchNormMomentum),
  BATCH_NORM_EPSILON(
      "batchNormEpsilon",
      "--bn-epsilon",
      "Batch-norm epsilon",
      "small number",
      "A tiny number added so the normalisation never divides by zero (1e-5 or 0.001).",
      Range.aboveBelow(0, 1),
      false,
      NetworkSpec::batchNormEpsilon),
  INITIALIZER(
      "initializer",
      "--init",
      "Initial weights",
      "",
      "How the starting weights are drawn at random before training: PyTorch's uniform default,"
          + " He (normal) or Glorot (Keras' default).",
      Range.oneOf(List.of("pytorch", "he", "glorot")),
      false,
      NetworkSpec::initializer);

  private final Definition definition;
  private final boolean list;
  private final Function<NetworkSpec, Object> value;

  NetworkParameter(
      String setting,
      String option,
      String label,
      String unit,
      String help,
      Range range,
      boolean list,
      Function<NetworkSpec, Object> value) {
    this.definition = new Definition(setting, option, label, unit, help, range, null);
    this.list = list;
    this.value = value;
  }

  @Override
  public Definition definition() {
    return definition;
  }

  @Override
  public boolean isList() {
    return list;
  }

  /** This setting's value in {@code spec}. */
  public Object valueIn(NetworkSpec spec) {
    return value.apply(spec);
  }

  /** The chosen preset's value, e.g. "the preset's (64 in 'default')". */
  @Override
  public String defaultText() {
    return "the preset's ("
        + Range.format(valueIn(NetworkPreset.DEFAULT.spec()))
        + " in 'default')";
  }

  /** The parameter of a setting such as "filters", or null when there is none. */
  public static NetworkParameter ofSetting(String setting) {
    for (NetworkParameter p : values()) {
      if (p.setting().equals(setting)) {
        return p;
      }
    }
    return null;
  }
}
