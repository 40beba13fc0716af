/**
 * The services the command line and the desktop app both call: train a model from labelled data,
 * evaluate it, predict files.
 */
package org.motifworkbench.workflow;
