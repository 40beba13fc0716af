/**
 * The multi-scale attention CNN built on DJL, its configuration, and the DJL engine runtime
 * (offline natives, device).
 */
package org.motifworkbench.network;
