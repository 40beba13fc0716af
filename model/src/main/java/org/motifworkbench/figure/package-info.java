/**
 * Figures drawn with Java2D and JFreeChart, so the app shows and the command line exports the same
 * pictures: colour palettes, the confusion-matrix heat map and the evaluation charts.
 */
package org.motifworkbench.figure;
