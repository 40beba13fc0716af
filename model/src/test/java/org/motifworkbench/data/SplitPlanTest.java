package org.motifworkbench.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.motifworkbench.sequence.InvalidInputException;
import org.motifworkbench.sequence.SequenceRecord;
import org.motifworkbench.sequence.SequenceSet;

class SplitPlanTest {

  static SequenceSet tfbs;

  @BeforeAll
  static void readTfbs() throws Exception {
    tfbs = TestFasta.tfbs();
  }

  static SequenceSet labelled(int... perClass) {
    List<SequenceRecord> records = new ArrayList<>();
    List<String> classes = new ArrayList<>();
    for (int c = 0; c < perClass.length; c++) {
      classes.add("class" + c);
      for (int i = 0; i < perClass[c]; i++) {
        records.add(new SequenceRecord("s" + c + "_" + i, "", "ACGT", "class" + c, null));
      }
    }
    return new SequenceSet(records, classes, List.of());
  }

  @Test
  void stratifiedSplitKeepsClassProportions() {
    SequenceSet set = labelled(1000, 300, 7, 3);
    DataSplit split = SplitPlan.stratified(7).split(set);
    SplitSets parts = split.apply(set);
    assertEquals(
        set.size(), parts.train().size() + parts.validation().size() + parts.test().size());
    assertEquals(200, parts.test().classCounts().get("class0"));
    assertEquals(160, parts.validation().classCounts().get("class0"));
    assertEquals(60, parts.test().classCounts().get("class1"));
    for (SequenceSet part : List.of(parts.train(), parts.validation(), parts.test())) {
      for (int count : part.classCounts().values()) {
        assertTrue(count >= 1, "every class in every part: " + part.classCounts());
      }
    }
    assertPartition(split, set.size());
  }

  @Test
  void sameSeedSameSplitOtherSeedOtherSplit() {
    SequenceSet set = labelled(500, 500);
    assertEquals(SplitPlan.stratified(3).split(set), SplitPlan.stratified(3).split(set));
    assertNotEquals(SplitPlan.stratified(3).split(set), SplitPlan.stratified(4).split(set));
  }

  @Test
  void indicesAreSortedAndDefensivelyCopied() {
    DataSplit split = SplitPlan.stratified(1).split(labelled(50, 50));
    int[] test = split.test();
    assertArrayEquals(IntStream.of(test).sorted().toArray(), test);
    test[0] = -1;
    assertNotEquals(-1, split.test()[0]);
  }

  @Test
  void tinyClassesStayInTraining() {
    DataSplit split = SplitPlan.stratified(1).split(labelled(1, 2));
    assertEquals(3, split.train().length);
  }

  @Test
  void planProblemsInPlainWords() {
    assertTrue(SplitPlan.stratified(1).problems().isEmpty());
    List<String> problems = SplitPlan.stratified(1).withFractions(0.5, 0.5, 0.5).problems();
    assertTrue(problems.get(0).contains("add up to 1"), problems.toString());
    SplitPlan both = SplitPlan.chromosomes(1, List.of("chr8"), List.of("8"));
    assertTrue(both.problems().get(0).contains("both"), both.problems().toString());
    assertThrows(IllegalArgumentException.class, () -> both.split(labelled(3)));
  }

  @Test
  void planIsGsonFriendly() {
    SplitPlan plan = SplitPlan.chromosomes(5, List.of("chr8", "chr9"), List.of("chr7"));
    Gson gson = new Gson();
    assertEquals(plan, gson.fromJson(gson.toJson(plan), SplitPlan.class));
  }

  @Test
  void explicitChromosomeHoldOut() {
    SplitPlan plan = SplitPlan.chromosomes(1, List.of("chr8", "9"), List.of("chr7"));
    DataSplit split = plan.split(tfbs);
    assertPartition(split, tfbs.size());
    Map<String, Set<String>> chromosomes = chromosomesPerPart(split);
    assertEquals(Set.of("8", "9"), chromosomes.get("test"));
    assertEquals(Set.of("7"), chromosomes.get("validation"));
    assertEquals(List.of("chr8", "chr9"), split.plan().testChromosomes());
    assertNoChromosomeInTwoParts(chromosomes);
  }

  @Test
  void automaticChromosomeHoldOutIsDeterministicAndNearTarget() {
    SplitPlan plan = SplitPlan.chromosomes(11, List.of(), List.of());
    DataSplit split = plan.split(tfbs);
    assertEquals(split, plan.split(tfbs));
    assertPartition(split, tfbs.size());
    assertNoChromosomeInTwoParts(chromosomesPerPart(split));
    assertFalse(split.plan().testChromosomes().isEmpty());
    assertFalse(split.plan().validationChromosomes().isEmpty());
    assertEquals(0.20, split.test().length / (double) tfbs.size(), 0.05);
    assertEquals(0.16, split.validation().length / (double) tfbs.size(), 0.05);
    assertNotEquals(split.plan(), SplitPlan.chromosomes(12, null, null).split(tfbs).plan());
  }

  @Test
  void shuffledNegativesFollowTheirChromosome() {
    DataSplit split = SplitPlan.chromosomes(1, List.of("chr1"), List.of("chr2")).split(tfbs);
    long shuffledInTest =
        IntStream.of(split.test())
            .filter(i -> tfbs.records().get(i).id().endsWith("_shuf"))
            .count();
    assertTrue(shuffledInTest > 0);
    for (int i : split.test()) {
      assertTrue(tfbs.records().get(i).id().startsWith("chr1:"));
    }
  }

  @Test
  void missingCoordinatesAreAClearError() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> SplitPlan.chromosomes(1, null, null).split(labelled(10, 10)));
    assertTrue(e.getMessage().contains("20 of 20 sequences have no chromosome"), e.getMessage());
    assertTrue(e.getMessage().contains("'s0_0', 's0_1'"), e.getMessage());
  }

  @Test
  void unknownChromosomeIsAnError() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> SplitPlan.chromosomes(1, List.of("chr99"), null).split(tfbs));
    assertTrue(e.getMessage().contains("chr99"), e.getMessage());
  }

  private static void assertPartition(DataSplit split, int n) {
    Set<Integer> seen = new HashSet<>();
    for (int[] part : new int[][] {split.train(), split.validation(), split.test()}) {
      for (int i : part) {
        assertTrue(seen.add(i), "index " + i + " in two parts");
      }
    }
    assertEquals(n, seen.size());
  }

  private static Map<String, Set<String>> chromosomesPerPart(DataSplit split) {
    return Map.of(
        "train",
        chromosomes(split.train()),
        "validation",
        chromosomes(split.validation()),
        "test",
        chromosomes(split.test()));
  }

  private static Set<String> chromosomes(int[] indices) {
    Set<String> out = new HashSet<>();
    for (int i : indices) {
      out.add(ChromosomeNames.key(ChromosomeNames.chromosomeOf(tfbs.records().get(i))));
    }
    return out;
  }

  private static void assertNoChromosomeInTwoParts(Map<String, Set<String>> perPart) {
    Set<String> seen = new HashSet<>();
    for (Set<String> chromosomes : perPart.values()) {
      for (String c : chromosomes) {
        assertTrue(seen.add(c), "chromosome " + c + " in two parts");
      }
    }
  }
}
