package org.motifworkbench.figure;

import java.awt.Color;
import java.util.Locale;
import org.motifworkbench.sequence.DnaAlphabet;

/**
 * Colours of the four bases and of positive/negative attributions, shared by every figure (on
 * screen and in exported files) so a logo, a saliency track and a heat map agree.
 *
 * <p>{@code STANDARD} is the convention of sequence logos (A green, C blue, G orange, T red).
 * {@code COLOR_BLIND} (View > Colour-blind safe colours, {@code --palette colour-blind}) keeps that
 * convention's hues but builds it from the Okabe-Ito palette, with lightness set so that the four
 * bases also differ for readers who cannot tell red from green: A bluish green #009E73 and G orange
 * #E69F00 as in Okabe-Ito, C its blue #0072B2 darkened by a fifth (#005B8E), T its vermillion
 * #D55E00 darkened by a quarter (#A04600, a rust red). In the Okabe-Ito originals, A and T (green
 * and purple or vermillion) fall within 18 CIELAB units of each other under a deuteranopia
 * simulation; these stay at least 35 apart under deuteranopia and protanopia and 25 under
 * tritanopia (Machado et al. 2009, {@code NucleotidePaletteTest}), where the standard colours' A
 * and T come within 14 under deuteranopia. Attribution signs use Okabe-Ito's vermillion and sky
 * blue, a pair that differs in lightness and on the blue-yellow axis that every dichromat keeps,
 * instead of red/blue. Letters and bars remain readable on white: every colour has a contrast ratio
 * of at least 2.2 against white, as the standard orange G does (1.8).
 */
public enum NucleotidePalette {
  STANDARD(
      "Standard (A green, C blue, G orange, T red)",
      new Color[] {
        new Color(0x10, 0x96, 0x48), new Color(0x25, 0x5C, 0x99),
        new Color(0xF7, 0xB3, 0x2B), new Color(0xD6, 0x28, 0x39)
      },
      new Color(0xC0, 0x39, 0x2B),
      new Color(0x29, 0x80, 0xB9)),
  COLOR_BLIND(
      "Colour-blind safe (Okabe-Ito)",
      new Color[] {
        new Color(0x00, 0x9E, 0x73), new Color(0x00, 0x5B, 0x8E),
        new Color(0xE6, 0x9F, 0x00), new Color(0xA0, 0x46, 0x00)
      },
      new Color(0xD5, 0x5E, 0x00),
      new Color(0x56, 0xB4, 0xE9));

  private final String title;

  // Filled once from the constants above, never written and never handed out.
  @SuppressWarnings("ImmutableEnumChecker")
  private final Color[] bases;

  private final Color positive;
  private final Color negative;

  NucleotidePalette(String title, Color[] bases, Color positive, Color negative) {
    this.title = title;
    this.bases = bases;
    this.positive = positive;
    this.negative = negative;
  }

  /** A name for menus, e.g. "Colour-blind safe (Okabe-Ito)". */
  public String title() {
    return title;
  }

  /** Colour of base index 0..3 (A, C, G, T). */
  public Color base(int index) {
    return bases[index];
  }

  /** Colour of a base letter (case-insensitive); grey for N and other ambiguity codes. */
  public Color base(char letter) {
    int i = DnaAlphabet.index(letter);
    return i < 0 ? Color.GRAY : bases[i];
  }

  /** Colour of attributions that support the class (and of score increases in heat maps). */
  public Color positive() {
    return positive;
  }

  /** Colour of attributions that speak against the class (and of score decreases). */
  public Color negative() {
    return negative;
  }

  /** Parses "standard" or "color-blind"/"colour-blind" for the command line. */
  public static NucleotidePalette parse(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT).replace("colour", "color").replace('-', '_');
    return switch (n) {
      case "standard" -> STANDARD;
      case "color_blind", "colorblind" -> COLOR_BLIND;
      default ->
          throw new IllegalArgumentException(
              "Unknown palette '" + name + "'. Choose standard or colour-blind.");
    };
  }

  /** "#rrggbb" of a colour, for CSS and SVG. */
  public static String hex(Color c) {
    return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
  }
}
