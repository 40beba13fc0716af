package org.motifworkbench.genome;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.motifworkbench.encoding.ReverseComplement;
import org.motifworkbench.files.AtomicFile;

/**
 * A small genome with known answers, for tests, examples and benchmarks: two or more chromosomes of
 * random bases whose GC content changes every 5 kb (36, 44 or 52%, as isochores do), an N run at
 * each chromosome's start (a telomere stand-in) and an N gap in its middle, soft-masked (lower
 * case) stretches standing for repeats, and copies of one motif (the CTCF core consensus {@value
 * #MOTIF}) planted on either strand. Each chromosome also carries two awkward sites: one 20 bases
 * after the N gap (a window around it holds many N) and one 40 bases before the chromosome's end (a
 * wide window runs off it). Peaks (narrowPeak) sit on every site with the summit within 5 bases of
 * the site's centre. Deterministic for a seed.
 */
public final class SyntheticGenome {

  /** The planted motif: the CTCF core consensus (JASPAR MA0139.1's most likely bases). */
  public static final String MOTIF = "CCACCAGGGGGCGC";

  /** Bases of N at each chromosome's start, and in its middle gap. */
  public static final int TELOMERE = 1_000;

  public static final int GAP = 2_000;

  private static final int BLOCK = 5_000;
  private static final double[] GC = {0.36, 0.44, 0.52};
  private static final int MASKED_STRETCHES = 6;
  private static final int MASKED_LENGTH = 800;
  private static final int SPACING = 400;

  /** A planted copy of the motif: 0-based start on the contig, the strand it reads on. */
  public record Site(String contig, long start, char strand, boolean softMasked) {
    public long end() {
      return start + MOTIF.length();
    }

    /** The middle base of the site (0-based). */
    public long centre() {
      return start + MOTIF.length() / 2;
    }

    public GenomicInterval interval() {
      return new GenomicInterval(contig, start, end());
    }
  }

  /** One chromosome: its name and bases (N runs upper case, soft-masked stretches lower case). */
  public record Chromosome(String name, String bases) {}

  private final List<Chromosome> chromosomes;
  private final List<Site> sites;
  private final List<GenomicInterval> softMasked;
  private final List<GenomicInterval> nRuns;
  private final long seed;

  private SyntheticGenome(
      List<Chromosome> chromosomes,
      List<Site> sites,
      List<GenomicInterval> softMasked,
      List<GenomicInterval> nRuns,
      long seed) {
    this.chromosomes = List.copyOf(chromosomes);
    this.sites = List.copyOf(sites);
    this.softMasked = List.copyOf(softMasked);
    this.nRuns = List.copyOf(nRuns);
    this.seed = seed;
  }

  /**
   * Chromosomes chr1, chr2, ... of {@code length} bases, each with {@code sitesPerChromosome}
   * regular sites plus the two awkward ones.
   *
   * @throws IllegalArgumentException when the sites cannot fit the length
   */
  public static SyntheticGenome generate(
      long seed, int chromosomeCount, int length, int sitesPerChromosome) {
    if (chromosomeCount < 1 || length < 4 * (TELOMERE + GAP)) {
      throw new IllegalArgumentException(
          "a synthetic genome needs at least one chromosome of " + 4 * (TELOMERE + GAP) + " bases");
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<Chromosome> chromosomes = new ArrayList<>();
    List<Site> sites = new ArrayList<>();
    List<GenomicInterval> masked = new ArrayList<>();
    List<GenomicInterval> nRuns = new ArrayList<>();
    for (int c = 1; c <= chromosomeCount; c++) {
      String name = "chr" + c;
      char[] bases = randomBases(random, length);
      int gapStart = length / 2;
      fill(bases, 0, TELOMERE, 'N');
      fill(bases, gapStart, gapStart + GAP, 'N');
      nRuns.add(new GenomicInterval(name, 0, TELOMERE));
      nRuns.add(new GenomicInterval(name, gapStart, gapStart + GAP));
      boolean[] taken = new boolean[length];
      mark(taken, 0, TELOMERE + SPACING);
      mark(taken, gapStart - SPACING, gapStart + GAP + SPACING);
      mark(taken, length - SPACING, length);
      List<GenomicInterval> chromosomeMasked = new ArrayList<>();
      for (int m = 0; m < MASKED_STRETCHES; m++) {
        int start = freeStart(random, taken, length, MASKED_LENGTH, 0);
        if (start < 0) {
          break;
        }
        chromosomeMasked.add(new GenomicInterval(name, start, start + MASKED_LENGTH));
        mark(taken, start, start + MASKED_LENGTH);
        for (int i = start; i < start + MASKED_LENGTH; i++) {
          bases[i] = Character.toLowerCase(bases[i]);
        }
      }
      Collections.sort(chromosomeMasked);
      masked.addAll(chromosomeMasked);
      // Sites: about one in ten inside a soft-masked stretch, the rest anywhere free.
      boolean[] siteTaken = new boolean[length];
      mark(siteTaken, 0, TELOMERE + SPACING);
      mark(siteTaken, gapStart - SPACING, gapStart + GAP + SPACING);
      mark(siteTaken, length - SPACING, length);
      List<Site> chromosomeSites = new ArrayList<>();
      for (int s = 0; s < sitesPerChromosome; s++) {
        int start;
        boolean inMask = !chromosomeMasked.isEmpty() && s % 10 == 9;
        if (inMask) {
          GenomicInterval stretch = chromosomeMasked.get(random.nextInt(chromosomeMasked.size()));
          start =
              (int) stretch.start() + 100 + random.nextInt(MASKED_LENGTH - 200 - MOTIF.length());
          if (siteTaken[start] || siteTaken[start + MOTIF.length() - 1]) {
            inMask = false;
            start = freeStart(random, siteTaken, length, MOTIF.length(), SPACING);
          }
        } else {
          start = freeStart(random, siteTaken, length, MOTIF.length(), SPACING);
        }
        if (start < 0) {
          throw new IllegalArgumentException(
              sitesPerChromosome + " sites do not fit " + length + " bases " + SPACING + " apart");
        }
        mark(siteTaken, start - SPACING, start + MOTIF.length() + SPACING);
        chromosomeSites.add(plant(bases, name, start, random, inMask));
      }
      chromosomeSites.add(plant(bases, name, gapStart + GAP + 20, random, false));
      chromosomeSites.add(plant(bases, name, length - 40 - MOTIF.length(), random, false));
      chromosomeSites.sort((a, b) -> Long.compare(a.start(), b.start()));
      sites.addAll(chromosomeSites);
      chromosomes.add(new Chromosome(name, new String(bases)));
    }
    return new SyntheticGenome(chromosomes, sites, masked, nRuns, seed);
  }

  private static char[] randomBases(SplittableRandom random, int length) {
    char[] bases = new char[length];
    for (int block = 0; block < length; block += BLOCK) {
      double gc = GC[random.nextInt(GC.length)];
      for (int i = block; i < Math.min(length, block + BLOCK); i++) {
        double u = random.nextDouble();
        bases[i] = u < gc ? (u < gc / 2 ? 'G' : 'C') : (u < gc + (1 - gc) / 2 ? 'A' : 'T');
      }
    }
    return bases;
  }

  private static Site plant(
      char[] bases, String name, int start, SplittableRandom random, boolean inMask) {
    boolean softMasked = inMask || Character.isLowerCase(bases[start]);
    char strand = random.nextBoolean() ? '+' : '-';
    String site = strand == '+' ? MOTIF : ReverseComplement.of(MOTIF);
    if (softMasked) {
      site = site.toLowerCase(Locale.ROOT);
    }
    site.getChars(0, site.length(), bases, start);
    return new Site(name, start, strand, softMasked);
  }

  private static int freeStart(
      SplittableRandom random, boolean[] taken, int length, int width, int margin) {
    for (int attempt = 0; attempt < 10_000; attempt++) {
      int start = margin + random.nextInt(Math.max(1, length - width - 2 * margin));
      if (!taken[start] && !taken[start + width - 1] && !taken[start + width / 2]) {
        return start;
      }
    }
    return -1;
  }

  private static void fill(char[] bases, int from, int to, char c) {
    for (int i = Math.max(0, from); i < Math.min(bases.length, to); i++) {
      bases[i] = c;
    }
  }

  private static void mark(boolean[] taken, int from, int to) {
    for (int i = Math.max(0, from); i < Math.min(taken.length, to); i++) {
      taken[i] = true;
    }
  }

  public List<Chromosome> chromosomes() {
    return chromosomes;
  }

  /** Every planted site, by chromosome then position, the awkward ones included. */
  public List<Site> sites() {
    return sites;
  }

  /** The planted sites of one chromosome. */
  public List<Site> sites(String contig) {
    return sites.stream().filter(s -> s.contig().equals(contig)).toList();
  }

  public List<GenomicInterval> softMasked() {
    return softMasked;
  }

  public List<GenomicInterval> nRuns() {
    return nRuns;
  }

  public String bases(String contig) {
    return chromosomes.stream()
        .filter(c -> c.name().equals(contig))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no chromosome " + contig))
        .bases();
  }

  /** Writes the genome as FASTA, 60 bases a line (so samtools faidx and htsjdk can index it). */
  public void writeFasta(Path file) throws IOException {
    StringBuilder text = new StringBuilder();
    for (Chromosome c : chromosomes) {
      text.append('>').append(c.name()).append(" synthetic, seed ").append(seed).append('\n');
      for (int i = 0; i < c.bases().length(); i += 60) {
        text.append(c.bases(), i, Math.min(c.bases().length(), i + 60)).append('\n');
      }
    }
    AtomicFile.writeString(file, text.toString());
  }

  /** The motif's index (0-based, forward strand) whose change breaks a site: a central G. */
  public static final int BREAKING_INDEX = 9;

  /**
   * The 0-based genome position of a site's breaking base ({@link #BREAKING_INDEX} read on the
   * site's strand).
   */
  public static long breakingPosition(Site site) {
    return site.strand() == '+'
        ? site.start() + BREAKING_INDEX
        : site.start() + MOTIF.length() - 1 - BREAKING_INDEX;
  }

  /**
   * Writes a VCF 4.2 file of known answers for the given chromosomes (all when none are named),
   * sorted by chromosome and position. IDs say what each record is: {@code break_N} an SNV at site
   * N's breaking base (G to A on the site's strand), {@code random_N} an SNV at least 200 bases
   * from every site, {@code multi_1} a site with two alternative alleles, {@code indel_1} a
   * deletion, {@code mismatch_1} a record whose REF is not the genome's base, {@code unknown_1} a
   * record on a chromosome the genome lacks (chrUn, listed last).
   */
  public void writeVcf(Path file, String... contigs) throws IOException {
    SplittableRandom random = new SplittableRandom(seed ^ 0x7CF);
    List<String> wanted = contigs.length == 0 ? chromosomeNames() : List.of(contigs);
    StringBuilder text = new StringBuilder("##fileformat=VCFv4.2\n");
    text.append("##source=MotifWorkbench SyntheticGenome seed ").append(seed).append('\n');
    for (Chromosome c : chromosomes) {
      text.append("##contig=<ID=")
          .append(c.name())
          .append(",length=")
          .append(c.bases().length())
          .append(">\n");
    }
    text.append("#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n");
    int siteNumber = 0;
    for (String contig : wanted) {
      String bases = bases(contig);
      List<Site> here = sites(contig);
      List<long[]> records = new ArrayList<>();
      List<String> lines = new ArrayList<>();
      for (Site site : here) {
        siteNumber++;
        long at = breakingPosition(site);
        char ref = Character.toUpperCase(bases.charAt((int) at));
        char alt = site.strand() == '+' ? 'A' : 'T';
        add(records, lines, at, contig, "break_" + siteNumber, ref, String.valueOf(alt));
        long far = farFromSites(random, bases, here);
        char farRef = Character.toUpperCase(bases.charAt((int) far));
        add(records, lines, far, contig, "random_" + siteNumber, farRef, otherBase(farRef, random));
      }
      if (contig.equals(wanted.get(0))) {
        long multi = farFromSites(random, bases, here);
        char ref = Character.toUpperCase(bases.charAt((int) multi));
        String alts = otherBase(ref, random);
        String second = otherBase(ref, random);
        while (second.equals(alts)) {
          second = otherBase(ref, random);
        }
        add(records, lines, multi, contig, "multi_1", ref, alts + "," + second);
        long indel = farFromSites(random, bases, here);
        String two = bases.substring((int) indel, (int) indel + 2).toUpperCase(Locale.ROOT);
        lines.add(line(contig, indel, "indel_1", two, two.substring(0, 1)));
        records.add(new long[] {indel, lines.size() - 1});
        long wrong = farFromSites(random, bases, here);
        char wrongRef =
            otherBase(Character.toUpperCase(bases.charAt((int) wrong)), random).charAt(0);
        char wrongAlt = otherBase(wrongRef, random).charAt(0);
        add(records, lines, wrong, contig, "mismatch_1", wrongRef, String.valueOf(wrongAlt));
      }
      records.sort((a, b) -> Long.compare(a[0], b[0]));
      for (long[] r : records) {
        text.append(lines.get((int) r[1]));
      }
    }
    text.append(line("chrUn", 99, "unknown_1", "A", "G"));
    AtomicFile.writeString(file, text.toString());
  }

  private List<String> chromosomeNames() {
    return chromosomes.stream().map(Chromosome::name).toList();
  }

  private static void add(
      List<long[]> records,
      List<String> lines,
      long at,
      String contig,
      String id,
      char ref,
      String alt) {
    lines.add(line(contig, at, id, String.valueOf(ref), alt));
    records.add(new long[] {at, lines.size() - 1});
  }

  /** A VCF data line for a 0-based position. */
  private static String line(String contig, long at, String id, String ref, String alt) {
    return contig + "\t" + (at + 1) + "\t" + id + "\t" + ref + "\t" + alt + "\t.\tPASS\t.\n";
  }

  private static String otherBase(char ref, SplittableRandom random) {
    String others = "ACGT".replace(String.valueOf(ref), "");
    return String.valueOf(others.charAt(random.nextInt(others.length())));
  }

  /** A position of plain (A/C/G/T) bases at least 200 bases from every site. */
  private static long farFromSites(SplittableRandom random, String bases, List<Site> sites) {
    while (true) {
      long at = TELOMERE + 200L + random.nextInt(bases.length() - TELOMERE - 400);
      char c = Character.toUpperCase(bases.charAt((int) at));
      char next = Character.toUpperCase(bases.charAt((int) at + 1));
      if ("ACGT".indexOf(c) < 0 || "ACGT".indexOf(next) < 0) {
        continue;
      }
      boolean far = true;
      for (Site s : sites) {
        far &= at < s.start() - 200 || at >= s.end() + 200;
      }
      if (far) {
        return at;
      }
    }
  }

  /**
   * Writes a MACS2-style narrowPeak file with one peak per site (of the given chromosomes, all when
   * none are named): the peak 160-400 bases wide around the site, the summit (column 10, an offset
   * from the peak's start) within 5 bases of the site's centre, sorted by position.
   */
  public void writeNarrowPeak(Path file, String... contigs) throws IOException {
    SplittableRandom random = new SplittableRandom(seed ^ 0x5EED);
    List<String> wanted = List.of(contigs);
    StringBuilder text = new StringBuilder();
    int n = 0;
    for (Site s : sites) {
      if (!wanted.isEmpty() && !wanted.contains(s.contig())) {
        continue;
      }
      long length = bases(s.contig()).length();
      long summit = s.centre() + random.nextInt(11) - 5;
      long start = Math.max(0, summit - 80 - random.nextInt(121));
      long end = Math.min(length, summit + 80 + random.nextInt(121));
      double signal = 5 + random.nextDouble() * 45;
      text.append(
          String.format(
              Locale.ROOT,
              "%s\t%d\t%d\tpeak_%d\t%d\t.\t%.2f\t%.2f\t%.2f\t%d%n",
              s.contig(),
              start,
              end,
              ++n,
              (int) Math.min(1000, signal * 20),
              signal,
              signal * 2,
              signal * 1.5,
              summit - start));
    }
    AtomicFile.writeString(file, text.toString());
  }
}
