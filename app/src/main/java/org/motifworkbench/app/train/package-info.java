/**
 * The Train screen: train on the open data with the workspace's settings on the engine thread,
 * follow the run with live loss and accuracy charts (JFreeChart, exportable as they are), cancel
 * it, and hand the trained model to the later screens.
 */
package org.motifworkbench.app.train;
