package org.motifworkbench.motif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares the matcher with Tomtom's own numbers for 16 JASPAR motifs against all 518 of JASPAR
 * CORE 2016 vertebrates (the file the project ships in {@code samples/}). The expected values are
 * memesuite-lite's Tomtom (Euclidean distance, exact target columns), computed once by {@code
 * tomtom/tomtom_reference.py} beside this class; {@code tomtom/README.md} says how.
 */
class TomtomAgreementTest {

  private static final MemeFile JASPAR = MotifTestData.jaspar();
  private static final MotifMatcher MATCHER = MotifMatcher.of(JASPAR);
  private static final Map<String, List<Expected>> EXPECTED = read();

  record Expected(String target, double p, int offset, int overlap, char strand) {}

  static Set<String> queries() {
    return EXPECTED.keySet();
  }

  /**
   * Both compute the same bins and the same null; memesuite-lite gets its tails as 1 - cdf, so its
   * p-values carry an absolute error of about 1e-12 (its self-matches are 2e-13 to 2e-12), ours are
   * summed from the top. Measured: relative difference at most 7e-7 for p above 1e-7.
   */
  @ParameterizedTest
  @MethodSource("queries")
  void pValuesAgreeWithTomtom(String query) {
    Map<String, MotifMatch> ours = byTarget(MATCHER.match(JASPAR.find(query)));
    for (Expected x : EXPECTED.get(query)) {
      MotifMatch m = ours.get(x.target());
      assertNotNull(m, x.target());
      assertEquals(x.p(), m.pValue(), 1e-5 * x.p() + 5e-12, x + " vs " + m);
      assertEquals(m.pValue() * 518, m.eValue(), 1e-9 * m.eValue());
    }
  }

  /**
   * The five best targets are among Tomtom's five best (more when the fifth p-value is tied: for
   * MA0028.2 ELK1, FEV and ETV3 share it).
   */
  @ParameterizedTest
  @MethodSource("queries")
  void topFiveAreTomtomsTopFive(String query) {
    List<Expected> reference = new ArrayList<>(EXPECTED.get(query));
    reference.sort(Comparator.comparingDouble(Expected::p));
    List<MotifMatch> ours = MATCHER.match(JASPAR.find(query), 5);
    double fifth = reference.get(4).p();
    Set<String> theirs = new HashSet<>();
    reference.stream().filter(x -> x.p() <= fifth).forEach(x -> theirs.add(x.target()));
    for (MotifMatch m : ours) {
      assertTrue(theirs.contains(m.targetId()), m + " is not in Tomtom's top 5 " + theirs);
    }
    assertEquals(query, ours.get(0).targetId());
  }

  /**
   * Where a match means something (p below 0.001) the alignment is Tomtom's: same strand, same
   * offset, same overlap. memesuite-lite turns the target around; its offset is converted.
   */
  @ParameterizedTest
  @MethodSource("queries")
  void significantAlignmentsAreTomtoms(String query) {
    Map<String, MotifMatch> ours = byTarget(MATCHER.match(JASPAR.find(query)));
    int wq = JASPAR.find(query).width();
    int compared = 0;
    for (Expected x : EXPECTED.get(query)) {
      if (x.p() >= 1e-3) {
        continue;
      }
      MotifMatch m = ours.get(x.target());
      int wt = JASPAR.find(x.target()).width();
      int offset = x.strand() == '+' ? x.offset() : wt - wq - x.offset();
      assertEquals(x.strand(), m.strand(), m.toString());
      assertEquals(offset, m.offset(), m.toString());
      assertEquals(x.overlap(), m.overlap(), m.toString());
      compared++;
    }
    assertTrue(compared >= 1);
  }

  private static Map<String, MotifMatch> byTarget(List<MotifMatch> matches) {
    Map<String, MotifMatch> out = new HashMap<>();
    matches.forEach(m -> out.put(m.targetId(), m));
    return out;
  }

  /** Columns: query, target, p_value, score (binned), offset, overlap, strand. */
  private static Map<String, List<Expected>> read() {
    Map<String, List<Expected>> out = new LinkedHashMap<>();
    try (InputStream in =
        TomtomAgreementTest.class.getResourceAsStream("tomtom/jaspar_tomtom_ed.tsv")) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (int i = 1; i < lines.length; i++) {
        String[] f = lines[i].split("\t");
        out.computeIfAbsent(f[0], k -> new ArrayList<>())
            .add(
                new Expected(
                    f[1],
                    Double.parseDouble(f[2]),
                    Integer.parseInt(f[4]),
                    Integer.parseInt(f[5]),
                    f[6].charAt(0)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
