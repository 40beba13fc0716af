package org.motifworkbench.app.runs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.motifworkbench.project.RunRecord;

/**
 * One setting of the runs compared side by side: its key and each run's value.
 *
 * @param setting the key, e.g. "network.filters"
 * @param values one text per run, in the order of the runs ("" when a run did not record it)
 * @param differs whether the runs' values are not all the same
 */
record SettingRow(String setting, List<String> values, boolean differs) {

  SettingRow {
    values = List.copyOf(values);
  }

  /** Every setting any of {@code runs} recorded, in the order they first appear. */
  static List<SettingRow> compare(List<RunRecord> runs) {
    Set<String> keys = new LinkedHashSet<>();
    runs.forEach(r -> keys.addAll(r.settings().keySet()));
    List<SettingRow> rows = new ArrayList<>();
    for (String key : keys) {
      List<String> values = runs.stream().map(r -> r.settings().getOrDefault(key, "")).toList();
      rows.add(new SettingRow(key, values, values.stream().distinct().count() > 1));
    }
    return rows;
  }
}
