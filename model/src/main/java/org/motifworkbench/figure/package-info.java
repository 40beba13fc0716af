/**
 * Figures drawn with Java2D onto any {@code Graphics2D}: the app paints them on screen, exports write
 * the same drawing to PNG, SVG or PDF. Colours come from {@link
 * org.motifworkbench.figure.NucleotidePalette}.
 */
package org.motifworkbench.figure;
