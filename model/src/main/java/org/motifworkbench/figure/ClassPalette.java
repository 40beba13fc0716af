package org.motifworkbench.figure;

import java.awt.Color;

/**
 * Colours of classes in evaluation figures (curves, score histograms), so one class has the same
 * colour in every chart. The first seven are the Okabe-Ito colours, which stay distinct under the
 * common colour-vision deficiencies; beyond seven classes the colours repeat.
 */
public final class ClassPalette {

  private static final Color[] COLORS = {
    new Color(0x00, 0x72, 0xB2), // blue
    new Color(0xE6, 0x9F, 0x00), // orange
    new Color(0x00, 0x9E, 0x73), // bluish green
    new Color(0xCC, 0x79, 0xA7), // reddish purple
    new Color(0x56, 0xB4, 0xE9), // sky blue
    new Color(0xD5, 0x5E, 0x00), // vermillion
    new Color(0x00, 0x00, 0x00), // black (Okabe-Ito's yellow is unreadable on white)
  };

  /** Grey for "all other classes" and for chance and baseline lines. */
  public static final Color NEUTRAL = new Color(0x8A, 0x94, 0xA0);

  private ClassPalette() {}

  /** The colour of class index {@code classIndex} (0-based). */
  public static Color of(int classIndex) {
    return COLORS[Math.floorMod(classIndex, COLORS.length)];
  }
}
