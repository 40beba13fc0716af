package org.motifworkbench.motif;

/**
 * The best alignment of a query motif with one database motif, and how surprising it is.
 *
 * @param targetId the database motif's id, e.g. MA0139.1
 * @param targetName its alternative name, e.g. CTCF ("" when it has none)
 * @param offset target column aligned with the query's first column (query on {@code strand});
 *     negative when the query starts before the target
 * @param strand '+' for the query as given, '-' for its reverse complement
 * @param overlap number of aligned columns
 * @param score sum of the column similarities over the aligned columns
 * @param pValue chance that the best alignment of a random query with this target is as good,
 *     corrected for the number of offsets and strands tried
 * @param eValue p-value x number of database motifs
 * @param qValue Benjamini-Hochberg false discovery rate over the database motifs
 */
public record MotifMatch(
    String targetId,
    String targetName,
    int offset,
    char strand,
    int overlap,
    double score,
    double pValue,
    double eValue,
    double qValue) {}
