package org.motifworkbench.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;

class InputStagingTest {

  @Test
  void arraysHoldTheirOwnCopyWhileTheBufferIsReusedForLargerAndSmallerInputs() {
    DjlRuntime.start();
    InputStaging staging = new InputStaging();
    float[] first = {1, 2, 3, 4, 5, 6};
    float[] larger = new float[24];
    for (int i = 0; i < larger.length; i++) {
      larger[i] = -i;
    }
    float[] smaller = {9, 8};
    try (NDManager m = DjlRuntime.engine().newBaseManager()) {
      NDArray a = staging.create(m, first, new Shape(2, 3));
      NDArray b = staging.create(m, larger, new Shape(2, 3, 4));
      NDArray c = staging.create(m, smaller, new Shape(1, 2));

      assertEquals(DataType.FLOAT32, a.getDataType());
      assertEquals(new Shape(2, 3), a.getShape());
      assertArrayEquals(first, a.toFloatArray());
      assertArrayEquals(larger, b.toFloatArray());
      assertArrayEquals(smaller, c.toFloatArray());
    }
  }
}
