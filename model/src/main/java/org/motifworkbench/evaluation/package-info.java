/**
 * Classification metrics (accuracy, precision, recall, F1, ROC and PR curves and AUC, confusion
 * matrix, score histograms) and their text, JSON and TSV forms. Start at {@link
 * org.motifworkbench.evaluation.Evaluator#evaluate}.
 */
package org.motifworkbench.evaluation;
