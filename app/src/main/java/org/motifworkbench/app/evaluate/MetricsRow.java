package org.motifworkbench.app.evaluate;

/**
 * One row of the Evaluate screen's metrics table, already written as text (three decimals).
 *
 * @param name a class name, "macro average" or "weighted average"
 * @param average whether this row averages over classes (shown apart from the class rows)
 */
public record MetricsRow(
    String name, String precision, String recall, String f1, String support, boolean average) {}
