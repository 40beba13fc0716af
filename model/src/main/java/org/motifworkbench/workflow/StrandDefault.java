package org.motifworkbench.workflow;

import java.util.Map;
import org.motifworkbench.data.HeaderTokens;
import org.motifworkbench.sequence.SequenceRecord;
import org.motifworkbench.sequence.SequenceSet;

/**
 * Whether training sees both strands of a data set unless the user says otherwise. DNA is
 * double-stranded and a binding site reads the same on either strand, so reverse complements are on
 * by default; the exception is data whose headers say every planted motif sits on the forward
 * strand (the workbench's promoter and primer teaching sets), where the signal is strand-specific
 * and the reverse complements would teach a rule the data does not follow.
 *
 * @param bothStrands train on random reverse complements too
 * @param reason one sentence for the user on why
 */
public record StrandDefault(boolean bothStrands, String reason) {

  public static StrandDefault of(SequenceSet data) {
    boolean planted = false;
    for (SequenceRecord r : data.records()) {
      Map<String, String> tokens = HeaderTokens.tokens(r.description());
      if (tokens.containsKey("motif")) {
        planted = true;
        if (!"+".equals(tokens.getOrDefault("strand", "+"))) {
          return both();
        }
      }
    }
    if (planted) {
      return new StrandDefault(
          false,
          "Reverse complements off: the headers say every planted "
              + "motif is on the forward strand, so the signal depends on the strand.");
    }
    return both();
  }

  private static StrandDefault both() {
    return new StrandDefault(
        true,
        "Reverse complements on: a site reads the same on either "
            + "strand (--no-rc-augment turns this off).");
  }
}
