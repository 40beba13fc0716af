/**
 * The app's one way to talk to the user in a window of its own: alerts, questions and file choosers
 * through a {@link org.motifworkbench.app.dialog.DialogService}, so view models can be tested with
 * a recording fake instead of real dialogs.
 */
package org.motifworkbench.app.dialog;
