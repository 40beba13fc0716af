package org.motifworkbench.project;

/**
 * A figure exported while the project was open.
 *
 * @param file where it was written, relative to the project folder when inside it, else absolute
 * @param title what it shows, e.g. "Saliency of seq12"
 * @param createdAt ISO-8601 instant it was written
 */
public record FigureRecord(String file, String title, String createdAt) {}
