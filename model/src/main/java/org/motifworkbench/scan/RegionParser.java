package org.motifworkbench.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.motifworkbench.genome.Contig;
import org.motifworkbench.genome.GenomicInterval;
import org.motifworkbench.genome.ReferenceGenome;

/**
 * Reads a region as samtools and IGV users type it: {@code chr2} (the whole contig), {@code
 * chr2:1,001-2,000} (1-based, both ends included, commas allowed) or {@code chr2:1001} (from that
 * base to the contig's end, as {@code samtools faidx} reads it), into BED coordinates checked
 * against a genome. An end beyond the contig is clipped to it with a warning, as samtools does; a
 * start beyond it, a start after the end, a position 0 or an unknown contig is refused.
 */
public final class RegionParser {

  /** A region read from text: the interval and, when the end was clipped, why. */
  public record Parsed(GenomicInterval interval, Optional<String> warning) {}

  private RegionParser() {}

  /**
   * The interval {@code text} names in {@code genome}.
   *
   * @throws IllegalArgumentException naming the region and what is wrong with it
   */
  public static Parsed parse(String text, ReferenceGenome genome) {
    String region = text == null ? "" : text.strip();
    if (region.isEmpty()) {
      throw new IllegalArgumentException(
          "the region is empty: give a chromosome, e.g. chr2, or a stretch, e.g. chr2:1,001-2,000.");
    }
    // A contig name may itself hold ':' (e.g. HLA-A*01:01:01:01): the whole text wins.
    Optional<Contig> whole = genome.contig(region);
    if (whole.isPresent()) {
      return new Parsed(new GenomicInterval(region, 0, whole.get().length()), Optional.empty());
    }
    int colon = region.lastIndexOf(':');
    String name = colon < 0 ? region : region.substring(0, colon);
    Contig contig =
        genome
            .contig(name)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "region '" + region + "': " + genome.missingContig(name).orElseThrow()));
    String span = region.substring(colon + 1).replace(",", "").replace("_", "");
    int dash = span.indexOf('-');
    long first = position(region, dash < 0 ? span : span.substring(0, dash));
    long last =
        dash < 0 || dash == span.length() - 1
            ? contig.length()
            : position(region, span.substring(dash + 1));
    if (first > contig.length()) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "region '%s' starts at %,d, beyond the end of %s (%,d bases).",
              region,
              first,
              name,
              contig.length()));
    }
    if (first > last) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "region '%s' starts at %,d, after its end %,d: give the smaller position first.",
              region,
              first,
              last));
    }
    Optional<String> warning = Optional.empty();
    if (last > contig.length()) {
      warning =
          Optional.of(
              String.format(
                  Locale.ROOT,
                  "region '%s' ends beyond %s (%,d bases): scanning to its end.",
                  region,
                  name,
                  contig.length()));
      last = contig.length();
    }
    return new Parsed(new GenomicInterval(name, first - 1, last), warning);
  }

  /**
   * The intervals of several regions, or of every contig when there are none: ordered by contig
   * name and position (as {@code sort -k1,1 -k2,2n}), overlapping or adjacent ones merged, so each
   * base is scanned once and the track comes out sorted.
   *
   * @param warnings receives each region's warning (an end clipped)
   */
  public static List<GenomicInterval> parseAll(
      List<String> regions, ReferenceGenome genome, List<String> warnings) {
    List<GenomicInterval> intervals = new ArrayList<>();
    if (regions == null || regions.isEmpty()) {
      for (Contig c : genome.contigs()) {
        intervals.add(new GenomicInterval(c.name(), 0, c.length()));
      }
    } else {
      for (String r : regions) {
        Parsed p = parse(r, genome);
        p.warning().ifPresent(warnings::add);
        intervals.add(p.interval());
      }
    }
    return merged(intervals);
  }

  /** {@code intervals} sorted, with overlapping or adjacent ones of a contig merged. */
  static List<GenomicInterval> merged(List<GenomicInterval> intervals) {
    List<GenomicInterval> sorted = intervals.stream().sorted().toList();
    List<GenomicInterval> out = new ArrayList<>();
    for (GenomicInterval i : sorted) {
      GenomicInterval last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.contig().equals(i.contig()) && i.start() <= last.end()) {
        out.set(
            out.size() - 1,
            new GenomicInterval(last.contig(), last.start(), Math.max(last.end(), i.end())));
      } else {
        out.add(i);
      }
    }
    return out;
  }

  private static long position(String region, String digits) {
    if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException(
          "region '"
              + region
              + "' is not of the form chr2, chr2:1,001-2,000 or chr2:1001 (positions are 1-based"
              + " whole numbers, commas allowed).");
    }
    long p;
    try {
      p = Long.parseLong(digits);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "region '" + region + "': position " + digits + " is too large.", e);
    }
    if (p < 1) {
      throw new IllegalArgumentException(
          "region '"
              + region
              + "': positions are 1-based (as in samtools and IGV), so the first"
              + " base is 1, not 0.");
    }
    return p;
  }
}
