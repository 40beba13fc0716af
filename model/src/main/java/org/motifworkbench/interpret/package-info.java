/** Per-sequence explanations: saliency, integrated gradients, attention, in-silico mutagenesis. */
package org.motifworkbench.interpret;
