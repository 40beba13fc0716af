/** Progress reporting and cancellation shared by all long-running work. */
package org.motifworkbench.progress;
