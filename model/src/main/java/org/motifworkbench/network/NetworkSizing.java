package org.motifworkbench.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The default network fitted to a data set's size and input length: with fewer than {@link
 * #SMALL_DATA} training sequences, half the filters and one dense layer of 64 (about an eighth of
 * the parameters, trained in about half the time); kernels longer than the input are left out.
 * Other networks (a preset other than the default, or one the user edited) are kept as they are.
 *
 * @param spec the network to train
 * @param summary one sentence for the user saying which network and why
 */
public record NetworkSizing(NetworkSpec spec, String summary) {

  /** Below this many training sequences the default network is made smaller. */
  public static final int SMALL_DATA = 1_000;

  /**
   * The network to train for {@code requested} on {@code trainingSequences} sequences of {@code
   * inputLength} bases.
   */
  public static NetworkSizing of(NetworkSpec requested, int trainingSequences, int inputLength) {
    if (!adapts(requested)) {
      return asSet(requested);
    }
    List<Integer> kernels = new ArrayList<>();
    for (int k : requested.kernelSizes()) {
      if (k <= inputLength) {
        kernels.add(k);
      }
    }
    if (kernels.isEmpty()) {
      kernels.add(Math.max(1, Math.min(inputLength, requested.kernelSizes().get(0))));
    }
    boolean small = trainingSequences < SMALL_DATA;
    NetworkSpec.Builder sized = requested.toBuilder().setKernelSizes(kernels);
    if (small) {
      sized.setFilters(requested.filters() / 2).optDenseLayers(List.of(64), List.of(0.3));
    }
    NetworkSpec spec = sized.build();
    String why =
        small
            ? String.format(
                Locale.ROOT,
                "sized for %,d training sequences (fewer than %,d)",
                trainingSequences,
                SMALL_DATA)
            : String.format(Locale.ROOT, "full size for %,d training sequences", trainingSequences);
    if (kernels.size() < requested.kernelSizes().size()) {
      why +=
          String.format(Locale.ROOT, "; kernels longer than the %d-bp input left out", inputLength);
    }
    return new NetworkSizing(spec, "Network: default, " + why + " (" + describe(spec) + ").");
  }

  /** Whether {@link #of} fits this network to the data: the default network, unedited. */
  public static boolean adapts(NetworkSpec network) {
    return network.equals(NetworkPreset.DEFAULT.spec().withAttention(network.attention()));
  }

  /** A network the user chose (a preset other than the default, or edited values), kept as is. */
  public static NetworkSizing asSet(NetworkSpec spec) {
    return new NetworkSizing(spec, "Network: as set (" + describe(spec) + ").");
  }

  /** E.g. "kernels 3, 7, 15, 25 bp x 32 filters, attention, dense 64". */
  public static String describe(NetworkSpec spec) {
    String dense =
        spec.denseUnits().isEmpty()
            ? "no dense layer"
            : "dense "
                + spec.denseUnits().stream().map(String::valueOf).collect(Collectors.joining(", "));
    return "kernels "
        + spec.kernelSizes().stream().map(String::valueOf).collect(Collectors.joining(", "))
        + " bp x "
        + spec.filters()
        + " filters, "
        + (spec.attention() ? "attention" : "max pooling")
        + ", "
        + dense;
  }
}
