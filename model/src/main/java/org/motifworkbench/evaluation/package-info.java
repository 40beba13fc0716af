/** Classification metrics (accuracy, precision, recall, F1, ROC and PR curves and AUC, confusion matrix) and their JSON form. */
package org.motifworkbench.evaluation;
