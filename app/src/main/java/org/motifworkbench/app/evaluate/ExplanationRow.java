package org.motifworkbench.app.evaluate;

/**
 * One row of the explanation-score table, written as text.
 *
 * @param method the attribution method's title
 * @param fraction the share of peaks inside the planted site, three decimals
 * @param count "197 of 200"
 * @param seconds the time the method took, e.g. "7.4 s"
 */
public record ExplanationRow(String method, String fraction, String count, String seconds) {}
