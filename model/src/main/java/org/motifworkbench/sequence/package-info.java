/** FASTA and label-file reading, validation with file-and-line errors, and the labelled sequence records everything else consumes. */
package org.motifworkbench.sequence;
