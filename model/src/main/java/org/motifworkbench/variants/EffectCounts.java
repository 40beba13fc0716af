package org.motifworkbench.variants;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a scoring run found, for the summary the command line prints and the app shows: how many
 * alleles got each status, the first few REF mismatches with their line, and each missing contig's
 * hint once. Add effects batch by batch.
 */
public final class EffectCounts {

  /** REF mismatches named one by one; the rest are counted. */
  public static final int MISMATCHES_SHOWN = 5;

  private final Map<VariantStatus, Integer> counts = new EnumMap<>(VariantStatus.class);
  private final List<String> mismatches = new ArrayList<>();
  private final Map<String, String> missingContigs = new LinkedHashMap<>();
  private int total;
  private int lastMismatchLine = -1;
  private int mismatchLines;

  public void add(List<VariantEffect> effects) {
    for (VariantEffect e : effects) {
      total++;
      counts.merge(e.status(), 1, Integer::sum);
      VcfVariant v = e.variant();
      // A multi-allelic line is one mismatch, named once.
      if (e.status() == VariantStatus.REF_MISMATCH && v.line() != lastMismatchLine) {
        lastMismatchLine = v.line();
        mismatchLines++;
        if (mismatches.size() < MISMATCHES_SHOWN) {
          mismatches.add("line " + v.line() + ": " + v.locus() + " " + e.detail());
        }
      }
      if (e.status() == VariantStatus.CONTIG_MISSING) {
        missingContigs.putIfAbsent(v.contig(), e.detail());
      }
    }
  }

  public int total() {
    return total;
  }

  public int count(VariantStatus status) {
    return counts.getOrDefault(status, 0);
  }

  /** The statuses that occurred with their counts, in the order of {@link VariantStatus}. */
  public Map<VariantStatus, Integer> counts() {
    return new EnumMap<>(counts);
  }

  /** VCF lines whose REF differs from the genome. */
  public int mismatchLines() {
    return mismatchLines;
  }

  /** The first {@link #MISMATCHES_SHOWN} REF mismatches: "line 12: chr1:1,234 REF A, genome C". */
  public List<String> mismatchExamples() {
    return List.copyOf(mismatches);
  }

  /** Each missing contig's hint (chr1 vs 1), once per contig, in the order met. */
  public List<String> missingContigHints() {
    return List.copyOf(missingContigs.values());
  }

  /** One line: "1,234 of 1,300 alleles scored; ref mismatch 3, skipped: indel 10". */
  public String summary() {
    StringBuilder s =
        new StringBuilder(
            String.format(
                Locale.ROOT, "%,d of %,d alleles scored", count(VariantStatus.OK), total));
    String sep = "; ";
    for (Map.Entry<VariantStatus, Integer> e : counts.entrySet()) {
      if (e.getKey() != VariantStatus.OK) {
        s.append(sep).append(e.getKey().label()).append(' ').append(e.getValue());
        sep = ", ";
      }
    }
    return s.toString();
  }
}
