/**
 * The Evaluate screen: how well the trained model does on its held-out test sequences (metrics
 * table, confusion matrix, ROC and precision-recall curves, score distributions).
 */
package org.motifworkbench.app.evaluate;
