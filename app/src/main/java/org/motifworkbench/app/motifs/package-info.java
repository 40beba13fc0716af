/**
 * The Motifs screen: finds the motifs a trained model learned (discovered from explanations, and
 * its first-layer filters), shows them as sequence logos with their best known-motif matches, and
 * exports them as MEME files.
 */
package org.motifworkbench.app.motifs;
