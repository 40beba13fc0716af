/**
 * The Inspect screen: predictions on the test sequences, and for one chosen sequence its saliency,
 * attention and in-silico mutagenesis, drawn by the figures of {@code org.motifworkbench.figure}.
 */
package org.motifworkbench.app.inspect;
