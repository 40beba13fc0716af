/**
 * The Genome screen: a region of a reference genome scanned with the current model, drawn as a
 * track over genome coordinates; a click opens that window on the Inspect screen.
 */
package org.motifworkbench.app.genome;
