package org.motifworkbench.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.motifworkbench.data.SplitPlan;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.training.TrainingSpec;

/** What a training request accepts, checked before any work (the app and the CLI share it). */
class TrainingWorkflowTest {

  @Test
  void aRequestWithKernelsWiderThanTheInputIsRefused() {
    LengthPolicy fourteen = new LengthPolicy(LengthPolicy.Mode.CENTER, 14);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new TrainingWorkflow.Request(null, null, fourteen, SplitPlan.stratified(1),
            NetworkPreset.TEACHING.spec(), TrainingSpec.defaults(), Double.NaN));
    assertEquals("Kernel size 15 is longer than the input length of 14 bases: use kernel sizes"
        + " of at most 14, or a longer input length.", e.getMessage());

    LengthPolicy fifteen = new LengthPolicy(LengthPolicy.Mode.CENTER, 15);
    assertEquals(15, new TrainingWorkflow.Request(null, null, fifteen, SplitPlan.stratified(1),
        NetworkPreset.TEACHING.spec(), TrainingSpec.defaults(), Double.NaN).lengthPolicy()
        .length());
  }
}
