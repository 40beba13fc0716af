package org.motifworkbench.training;

import java.util.List;

/**
 * Sequences already fitted to the network's input length, with their class indices.
 *
 * @param sequences bases, each exactly the network's input length
 * @param labels class index of each sequence
 */
public record TrainingData(List<String> sequences, int[] labels) {

  public TrainingData {
    sequences = List.copyOf(sequences);
    if (sequences.size() != labels.length) {
      throw new IllegalArgumentException(
          sequences.size() + " sequences but " + labels.length + " labels");
    }
  }

  public int size() {
    return labels.length;
  }
}
