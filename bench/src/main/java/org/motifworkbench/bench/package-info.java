/**
 * The performance benchmark, {@code mwb bench}: every figure beside a baseline measured in the same
 * run. A module of its own so that the core carries no benchmark code.
 */
package org.motifworkbench.bench;
