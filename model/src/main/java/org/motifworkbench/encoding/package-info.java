/**
 * One-hot encoding of DNA (IUPAC codes as base fractions), length policies and reverse complements.
 */
package org.motifworkbench.encoding;
