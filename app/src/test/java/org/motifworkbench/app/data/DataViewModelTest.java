package org.motifworkbench.app.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.app.background.ManualBackgroundRunner;
import org.motifworkbench.app.background.SameThreadBackgroundRunner;
import org.motifworkbench.app.session.DataSummary;
import org.motifworkbench.app.session.DataSummary.ClassSummary;
import org.motifworkbench.app.session.DataSummary.LengthBin;
import org.motifworkbench.app.session.DataSummary.LengthSummary;
import org.motifworkbench.app.session.OpenedData;

/** The Data screen's logic, without the FX toolkit: work runs on the test thread. */
class DataViewModelTest {

  private static final double EPS = 1e-12;

  /**
   * Two classes, sorted: neg (1 sequence, GC 0) and pos (2 sequences, GC 0.6 and 1.0); lengths 10,
   * 8 and 10; line 7 is a header without bases (a warning).
   */
  private static final String LABELLED =
      """
      >s1 label=pos
      ACGTACGTGG
      >s2 label=pos
      GGGGCCCC
      >s3 label=neg
      AAAATTTTAA
      >s4 label=pos
      """;

  @TempDir Path dir;

  private final SameThreadBackgroundRunner runner = new SameThreadBackgroundRunner();

  @Test
  void summarisesClassesGcLengthsCeilingAndWarnings() throws IOException {
    Path fasta = write("train.fa", LABELLED);
    Files.writeString(dir.resolve("train.ceiling.json"), "{\"task\": \"x\", \"ceiling\": 0.83}");
    DataViewModel vm = new DataViewModel(runner, new SampleLibrary(dir));

    vm.open(List.of(fasta));

    assertNull(vm.getErrorMessage());
    assertFalse(vm.isLoading());
    OpenedData data = vm.getData();
    assertEquals("train.fa", data.displayName());
    DataSummary summary = data.summary();
    assertEquals(3, summary.sequenceCount());
    List<ClassSummary> classes = summary.classes();
    assertEquals(List.of("neg", "pos"), classes.stream().map(ClassSummary::name).toList());
    assertEquals(1, classes.get(0).sequences());
    assertEquals(2, classes.get(1).sequences());
    assertEquals(1.0 / 3, classes.get(0).share(), EPS);
    assertEquals(2.0 / 3, classes.get(1).share(), EPS);
    assertEquals(0.0, classes.get(0).meanGc(), EPS);
    assertEquals((0.6 + 1.0) / 2, classes.get(1).meanGc(), EPS);
    LengthSummary lengths = summary.lengths();
    assertEquals(8, lengths.min());
    assertEquals(10.0, lengths.median(), EPS);
    assertEquals(10, lengths.max());
    assertFalse(lengths.uniform());
    assertEquals(
        List.of(new LengthBin(8, 8, 1), new LengthBin(9, 9, 0), new LengthBin(10, 10, 2)),
        lengths.bins());
    assertEquals(0.83, summary.ceiling().orElseThrow(), EPS);
    assertEquals(1, summary.warnings().size());
    assertTrue(summary.warnings().get(0).startsWith(fasta + ":7: "), summary.warnings().get(0));
  }

  @Test
  void severalFilesAreOneClassEachAndHaveNoCeiling() throws IOException {
    Path neg = write("neg.fa", ">a\nAAAA\n>b\nAATT\n");
    Path pos = write("pos.fa", ">c\nGGCC\n");
    Files.writeString(dir.resolve("neg.ceiling.json"), "{\"ceiling\": 0.9}");
    DataViewModel vm = new DataViewModel(runner, new SampleLibrary(dir));

    vm.open(List.of(neg, pos));

    DataSummary summary = vm.getData().summary();
    assertEquals(
        List.of("neg", "pos"), summary.classes().stream().map(ClassSummary::name).toList());
    assertEquals(2, summary.classes().get(0).sequences());
    assertEquals(1, summary.classes().get(1).sequences());
    assertTrue(summary.lengths().uniform());
    assertEquals(4, summary.lengths().min());
    assertTrue(summary.ceiling().isEmpty());
    assertEquals("neg.fa, pos.fa", vm.getData().displayName());
  }

  @Test
  void badFileShowsTheReadersMessageAndKeepsThePreviousData() throws IOException {
    DataViewModel vm = new DataViewModel(runner, new SampleLibrary(dir));
    vm.open(List.of(write("good.fa", LABELLED)));
    OpenedData before = vm.getData();
    Path bad = write("bad.fa", ">x label=pos\nACGT\n>y\nACGT\n");

    vm.open(List.of(bad));

    assertSame(before, vm.getData());
    assertFalse(vm.isLoading());
    String message = vm.getErrorMessage();
    assertNotNull(message);
    assertTrue(message.startsWith(bad + ":3: "), message);
    assertTrue(message.contains("has no label"), message);
  }

  @Test
  void aDamagedCeilingFileIsAWarningNotAnError() throws IOException {
    Path fasta = write("train.fa", ">s1 label=a\nACGT\n>s2 label=b\nACGT\n");
    Files.writeString(dir.resolve("train.ceiling.json"), "{ not json");
    DataViewModel vm = new DataViewModel(runner, new SampleLibrary(dir));

    vm.open(List.of(fasta));

    DataSummary summary = vm.getData().summary();
    assertTrue(summary.ceiling().isEmpty());
    assertTrue(summary.warnings().get(0).contains("train.ceiling.json"), summary.warnings().get(0));
  }

  @Test
  void aDroppedCeilingSidecarIsNotReadAsAClass() throws IOException {
    Path fasta = write("train.fa", LABELLED);
    Path sidecar = dir.resolve("train.ceiling.json");
    Files.writeString(sidecar, "{\"ceiling\": 1.0}");
    DataViewModel vm = new DataViewModel(runner, new SampleLibrary(dir));

    vm.open(List.of(fasta, sidecar));

    assertEquals("train.fa", vm.getData().displayName());
    assertEquals(1.0, vm.getData().summary().ceiling().orElseThrow(), EPS);
  }

  @Test
  void aFolderIsRefusedWithAMessage() throws IOException {
    DataViewModel vm = new DataViewModel(runner, new SampleLibrary(dir));
    vm.open(List.of(dir));
    assertTrue(vm.getErrorMessage().contains("is a folder"), vm.getErrorMessage());
    assertNull(vm.getData());
  }

  @Test
  void openSampleExplainsWhereTheSampleWasExpected() {
    DataViewModel vm = new DataViewModel(runner, new SampleLibrary(dir));
    assertFalse(vm.isSampleAvailable());
    vm.openSample();
    assertTrue(vm.getErrorMessage().contains(dir.toString()), vm.getErrorMessage());
    assertTrue(vm.getErrorMessage().contains("-Dmwb.samples"), vm.getErrorMessage());
  }

  @Test
  void theLatestOpenWinsWhenLoadsOverlap() throws IOException {
    ManualBackgroundRunner manual = new ManualBackgroundRunner();
    DataViewModel vm = new DataViewModel(manual, new SampleLibrary(dir));
    Path first = write("first.fa", ">a label=x\nACGT\n>b label=y\nACGT\n");
    Path second = write("second.fa", ">a label=x\nACGT\n>b label=z\nACGT\n");

    vm.open(List.of(first));
    vm.open(List.of(second));
    assertTrue(vm.isLoading());
    manual.runPending(1); // the second load finishes first...
    manual.runPending(0); // ...and the first one's late result must not replace it

    assertEquals("second.fa", vm.getData().displayName());
    assertFalse(vm.isLoading());
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void generatesATeachingDataSetWithItsCeilingAndOpensIt() {
    DataViewModel vm = new DataViewModel(runner, new SampleLibrary(dir));
    Path target = dir.resolve("lesson").resolve("primer.fa");
    vm.generate(org.motifworkbench.data.TeachingDataset.PRIMER, 300, 4, null, target);

    assertNull(vm.getErrorMessage());
    OpenedData data = vm.getData();
    assertNotNull(data, vm.getErrorMessage());
    assertEquals(300, data.summary().sequenceCount());
    assertEquals(1.0, data.summary().ceiling().getAsDouble(), 1e-9);
    assertTrue(Files.isRegularFile(dir.resolve("lesson").resolve("primer.ceiling.json")));
  }

  @Test
  void aTeachingDataSetThatCannotBeWrittenSaysWhereAndKeepsTheData() throws IOException {
    Path fasta = write("train.fa", LABELLED);
    DataViewModel vm = new DataViewModel(runner, new SampleLibrary(dir));
    vm.open(List.of(fasta));
    OpenedData before = vm.getData();
    Path blocker = write("not-a-folder", "x");

    vm.generate(
        org.motifworkbench.data.TeachingDataset.PRIMER, 100, 1, null, blocker.resolve("primer.fa"));

    assertSame(before, vm.getData());
    assertTrue(vm.getErrorMessage().contains("primer.fa"), vm.getErrorMessage());
  }

  @Test
  void opensATableOfIdSequenceAndLabel() throws IOException {
    Path table = write("data.tsv", "id\tsequence\tlabel\na\tACGT\tpos\nb\tTTTT\tneg\n");
    DataViewModel vm = new DataViewModel(runner, new SampleLibrary(dir));
    vm.open(org.motifworkbench.sequence.DataSource.table(table));
    assertNull(vm.getErrorMessage());
    assertEquals(2, vm.getData().summary().sequenceCount());
    assertEquals("classes from the label column of the table", vm.getData().labelRule());
  }
}
