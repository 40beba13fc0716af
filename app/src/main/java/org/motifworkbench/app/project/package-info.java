/**
 * The open project (decision record 0012: a folder with its description, its runs and their models,
 * and exported figures): which project is open, its runs, autosave of its description, and the
 * settings as the description keeps them.
 */
package org.motifworkbench.app.project;
