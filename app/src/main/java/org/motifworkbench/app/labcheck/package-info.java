/**
 * Help > Lab check: trains lesson 1 on this computer, beside the user's own work, and says in plain
 * words whether the machine is fast enough for the 90-minute teaching plan (docs/teaching.md).
 */
package org.motifworkbench.app.labcheck;
