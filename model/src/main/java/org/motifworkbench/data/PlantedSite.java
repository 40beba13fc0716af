package org.motifworkbench.data;

import org.motifworkbench.encoding.ReverseComplement;

/**
 * Ground truth of one synthetic sequence: which motif (or decoy) was planted, the planted bases in
 * motif orientation, the strand and the 0-based start on the forward strand.
 */
public record PlantedSite(String motif, String site, char strand, int start, boolean decoy) {

  public PlantedSite {
    if (strand != '+' && strand != '-') {
      throw new IllegalArgumentException("strand must be + or -, not " + strand);
    }
  }

  /** End on the forward strand, exclusive. */
  public int end() {
    return start + site.length();
  }

  /** The planted bases as they read on the forward strand. */
  public String forwardBases() {
    return strand == '+' ? site : ReverseComplement.of(site);
  }
}
