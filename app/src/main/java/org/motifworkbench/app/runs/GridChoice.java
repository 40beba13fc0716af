package org.motifworkbench.app.runs;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.motifworkbench.project.RunRecord;

/**
 * A grid search among the project's runs, as the Runs screen's grid filter offers it.
 *
 * @param id the grid's id (its runs' {@code gridId})
 * @param label e.g. "Grid 3f9a2c (4 runs, 2026-12-04 09:12)"
 */
public record GridChoice(String id, String label) {

  static GridChoice of(String id, List<RunRecord> runs) {
    String when =
        runs.stream()
            .filter(r -> r.createdAt() != null)
            .min(Comparator.comparing(RunRecord::createdAt))
            .map(r -> ", " + RunTexts.date(r, ZoneId.systemDefault()))
            .orElse("");
    String shortId = id.length() > 6 ? id.substring(0, 6) : id;
    String count = runs.size() + (runs.size() == 1 ? " run" : " runs");
    return new GridChoice(id, "Grid " + shortId + " (" + count + when + ")");
  }

  @Override
  public String toString() {
    return label;
  }
}
