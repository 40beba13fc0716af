/**
 * The Model screen: a form for the network, training, input-length and split settings, with
 * presets, live plain-language problems and JSON configuration files; valid settings go to the
 * workspace for the Train screen.
 */
package org.motifworkbench.app.setup;
