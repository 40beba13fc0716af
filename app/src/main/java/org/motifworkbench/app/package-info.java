/**
 * The desktop application's shell: the launcher, the composition root ({@link
 * org.motifworkbench.app.AppContext}) and the main window with its step bar and status bar. Each
 * screen lives in its own package ({@code data}, later {@code setup}, {@code train}, ...).
 */
package org.motifworkbench.app;
