package org.motifworkbench.workflow;

import java.util.Map;

/**
 * One combination of a settings grid: which value of each grid setting it takes, and the settings
 * it trains with (the grid's base with those values).
 *
 * @param index position in the grid's order (0-based; the last grid key varies fastest)
 * @param values each grid setting ("network.filters") and its value as text ("32"), in the file's
 *     order
 * @param config the network and training settings of this combination
 * @param label the values in short, e.g. "filters=32, learningRate=0.003": the run's name
 */
public record GridCombination(
    int index, Map<String, String> values, RunConfig config, String label) {

  public GridCombination {
    values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
  }
}
