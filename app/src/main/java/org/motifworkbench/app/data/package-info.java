/**
 * The Data screen: open labelled FASTA files (labels in headers, or one file per class) and see
 * what was read before training: classes, lengths, GC content, the accuracy ceiling and any
 * warnings.
 */
package org.motifworkbench.app.data;
