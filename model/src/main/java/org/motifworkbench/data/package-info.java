/**
 * Train/validation/test splits and synthetic teaching data sets with their Bayes-optimal accuracy
 * ceiling.
 */
package org.motifworkbench.data;
