package org.motifworkbench.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.encoding.LengthPolicy.Mode;
import org.motifworkbench.interpret.Attribution;
import org.motifworkbench.interpret.AttributionMethod;
import org.motifworkbench.sequence.SequenceRecord;

/** Explanation rows carry positions of the input sequence as read, without the N padding. */
class AttributionTsvTest {

  private static final int MODEL_LENGTH = 20;

  static Stream<Arguments> fittings() {
    return Stream.of(
        // mode, input length, first and last 1-based input position with a row, and how far
        // fitting moved the bases (fitted index = input index + offset)
        Arguments.of(Mode.FIXED, 20, 1, 20, 0),
        Arguments.of(Mode.CENTER, 13, 1, 13, 3), // padded: 3 N left, 4 N right, no rows for them
        Arguments.of(Mode.CENTER, 27, 4, 23, -3), // cropped: the model saw input bases 4..23
        Arguments.of(Mode.LEFT, 13, 1, 13, 0), // padded at the right end
        Arguments.of(Mode.LEFT, 27, 1, 20, 0)); // cropped at the right end
  }

  @ParameterizedTest
  @MethodSource("fittings")
  void positionsAreTheInputsOwn(Mode mode, int inputLength, int first, int last, int offset) {
    String input = "ACGTTGCAAC".repeat(3).substring(0, inputLength);
    LengthPolicy policy = new LengthPolicy(mode, MODEL_LENGTH);
    String fitted = policy.apply(new SequenceRecord("s", "", input, null, null));
    // Each fitted position's attribution is its own index, to see which one a row came from.
    float[] perPosition = new float[MODEL_LENGTH];
    for (int i = 0; i < MODEL_LENGTH; i++) {
      perPosition[i] = i;
    }
    Attribution a =
        new Attribution(
            fitted, 0, AttributionMethod.GRADIENT, new float[MODEL_LENGTH][4], perPosition, 0f);

    String[] rows = AttributionTsv.rows("s", "pos", a, List.of(), policy, inputLength).split("\n");

    assertEquals(last - first + 1, rows.length);
    for (int r = 0; r < rows.length; r++) {
      String[] cells = rows[r].split("\t");
      int position = first + r;
      assertEquals(Integer.toString(position), cells[3], rows[r]);
      assertEquals(String.valueOf(input.charAt(position - 1)), cells[4], rows[r]);
      // the attribution at input base p came from the fitted position that holds it
      assertEquals((float) (position - 1 + offset), Float.parseFloat(cells[5]), 0f, rows[r]);
    }
  }

  @Test
  void headerSaysPositionsAreOneBased() {
    assertEquals(
        "id\tmethod\tclass\tposition_1based\tbase\tattribution\tA\tC\tG\tT\n",
        AttributionTsv.header(List.of()));
  }
}
