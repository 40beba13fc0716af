/** Saving and loading a trained model as one zip file, and streaming prediction of FASTA files. */
package org.motifworkbench.bundle;
