/**
 * Figures drawn with Java2D (and JFreeChart) onto any {@code Graphics2D}: the app paints them on
 * screen and {@link org.motifworkbench.figure.FigureExporter} writes the same drawing to PNG, SVG
 * or PDF, so what is exported is what is seen. Colours come from {@link
 * org.motifworkbench.figure.NucleotidePalette}; text uses {@link
 * org.motifworkbench.figure.FigureFonts}.
 */
package org.motifworkbench.figure;
