/** Position weight matrices, information content, MEME files and motif comparison. */
package org.motifworkbench.motif;
