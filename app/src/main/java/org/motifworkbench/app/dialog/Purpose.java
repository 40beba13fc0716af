package org.motifworkbench.app.dialog;

/**
 * What a file chooser is for. Each purpose remembers the folder chosen last, also across starts
 * ({@link LastFolders}), so exporting a figure does not move the data chooser away from the data
 * folder.
 */
public enum Purpose {
  /** Sequence files and label tables. */
  DATA,
  /** Model files (.mwb). */
  MODEL,
  /** Network and training settings (JSON). */
  SETTINGS,
  /** Tables and reports written from results: metrics, predictions, motifs, histories. */
  RESULTS,
  /** Exported figures. */
  FIGURE,
  /** Project folders and their project.mwbproj files. */
  PROJECT
}
