package org.motifworkbench.motif;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.motifworkbench.files.AtomicFile;

/**
 * Writes motif matches as tab-separated values with the header {@code query target_id target_name
 * offset strand overlap score p_value e_value q_value}: the query motif's id, the fields of {@link
 * MotifMatch} in that order, the score with 4 decimals and p, E and q in scientific notation.
 */
public final class MatchTsv {

  /** The header line, without its line break. */
  public static final String HEADER =
      "query\ttarget_id\ttarget_name\toffset\tstrand\toverlap\tscore\tp_value\te_value\tq_value";

  private MatchTsv() {}

  /** Header plus one line per match of one query. */
  public static String format(String queryId, List<MotifMatch> matches) {
    return format(Map.of(queryId, matches));
  }

  /** Header plus one line per match, queries in the map's iteration order. */
  public static String format(Map<String, List<MotifMatch>> matchesByQuery) {
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    matchesByQuery.forEach((query, matches) -> matches.forEach(m -> appendLine(out, query, m)));
    return out.toString();
  }

  /** Writes {@link #format(String, List)} to {@code file}, replacing it atomically. */
  public static void write(Path file, String queryId, List<MotifMatch> matches) throws IOException {
    AtomicFile.writeString(file, format(queryId, matches));
  }

  private static void appendLine(StringBuilder out, String query, MotifMatch m) {
    out.append(clean(query))
        .append('\t')
        .append(clean(m.targetId()))
        .append('\t')
        .append(clean(m.targetName()))
        .append('\t')
        .append(m.offset())
        .append('\t')
        .append(m.strand())
        .append('\t')
        .append(m.overlap())
        .append('\t')
        .append(fixed(m.score()))
        .append('\t')
        .append(scientific(m.pValue()))
        .append('\t')
        .append(scientific(m.eValue()))
        .append('\t')
        .append(scientific(m.qValue()))
        .append('\n');
  }

  /** 4 decimals; a distance that rounds to zero is 0.0000, not -0.0000. */
  private static String fixed(double value) {
    String text = String.format(Locale.ROOT, "%.4f", value);
    return text.equals("-0.0000") ? "0.0000" : text;
  }

  private static String scientific(double value) {
    return String.format(Locale.ROOT, "%.3e", value);
  }

  /** Tabs and line breaks in a name would break the columns, so they become spaces. */
  private static String clean(String text) {
    return text.replaceAll("[\\t\\r\\n]", " ");
  }
}
