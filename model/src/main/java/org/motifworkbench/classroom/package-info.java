/**
 * A student's lesson record (answers, free text, training runs) as exported from the workbench's
 * lessons, written as CSV and PDF, and many students' CSV files merged into one class table, so the
 * app and {@code mwb class merge} share one definition of the columns.
 */
package org.motifworkbench.classroom;
