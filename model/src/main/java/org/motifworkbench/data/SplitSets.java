package org.motifworkbench.data;

import org.motifworkbench.sequence.SequenceSet;

/** The training, validation and test sequences of one split. */
public record SplitSets(SequenceSet train, SequenceSet validation, SequenceSet test) {}
