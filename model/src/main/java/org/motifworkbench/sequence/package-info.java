/**
 * FASTA and label-file reading (one file per class, labels in headers, id/sequence/label tables, or
 * a separate labels file), validation with file-and-line errors, and the labelled sequence records
 * everything else consumes.
 */
package org.motifworkbench.sequence;
