package org.motifworkbench.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.bundle.ModelBundle;
import org.motifworkbench.evaluation.BootstrapIntervals;
import org.motifworkbench.evaluation.Interval;
import org.motifworkbench.sequence.DataSource;
import org.motifworkbench.sequence.InvalidInputException;
import org.motifworkbench.training.EpochResult;

class ProjectTest {

  @TempDir Path dir;

  @Test
  void aDescriptionRoundTripsWithItsOpaqueParts() {
    Path folder = dir.resolve("study");
    Project project = Project.create(folder, "study");
    assertTrue(Files.isRegularFile(folder.resolve(Project.FILE_NAME)));
    JsonObject settings = new JsonObject();
    settings.addProperty("preset", "TEACHING");
    JsonObject state = new JsonObject();
    state.addProperty("step", "INSPECT");
    JsonObject lessons = new JsonObject();
    lessons.addProperty("lesson-1", 3);
    Path data = write(folder.resolve("data/primer.fa"));
    project.save(
        project
            .description()
            .withData(DataSource.headerLabel(data, "label=(\\S+)"))
            .withSettings(settings)
            .withState(state)
            .withLessons(lessons)
            .withFigure(
                new FigureRecord("figures/a.png", "Saliency of seq1", "2026-12-04T00:00Z")));

    Project again = Project.open(folder);
    ProjectDescription d = again.description();
    assertEquals("study", d.name());
    assertEquals(data.toAbsolutePath().toString(), d.data().files().get(0));
    assertEquals("label=(\\S+)", d.data().labelPattern());
    assertEquals(settings, d.settings());
    assertEquals(state, d.state());
    assertEquals(lessons, d.lessons());
    assertEquals(List.of("figures/a.png"), d.figures().stream().map(FigureRecord::file).toList());
    assertNotNull(d.savedAt());
    assertTrue(again.missingDataFiles().isEmpty());
    // opening the file itself works as well as its folder
    assertEquals("study", Project.open(folder.resolve(Project.FILE_NAME)).name());
  }

  @Test
  void aProjectMovedWithItsDataFindsItThroughRelativePaths() throws Exception {
    Path folder = dir.resolve("a/study");
    Project project = Project.create(folder, "study");
    Path data = write(dir.resolve("a/data/pos.fa"));
    project.save(project.description().withData(DataSource.headerLabel(data, null)));

    Files.move(dir.resolve("a"), dir.resolve("moved"));
    Project moved = Project.open(dir.resolve("moved/study"));
    assertEquals(
        dir.resolve("moved/data/pos.fa").toAbsolutePath().normalize().toString(),
        moved.description().data().files().get(0));
    assertTrue(moved.missingDataFiles().isEmpty());
  }

  @Test
  void missingDataIsReportedAndRelocatingOneFileFindsItsSiblings() throws Exception {
    Path folder = dir.resolve("study");
    Project project = Project.create(folder, "study");
    Path pos = write(dir.resolve("old/pos.fa"));
    Path neg = write(dir.resolve("old/neg.fa"));
    project.save(
        project.description().withData(DataSource.classPerFile(List.of(pos, neg), List.of())));
    Files.createDirectories(dir.resolve("new"));
    Files.move(pos, dir.resolve("new/pos.fa"));
    Files.move(neg, dir.resolve("new/neg.fa"));
    Files.delete(dir.resolve("old"));

    Project reopened = Project.open(folder);
    assertEquals(2, reopened.missingDataFiles().size());
    ProjectDescription found =
        reopened.relocate(reopened.missingDataFiles().get(0), dir.resolve("new/pos.fa"));
    assertTrue(reopened.missingDataFiles().isEmpty(), "neg.fa found beside pos.fa");
    assertEquals(
        List.of(
            dir.resolve("new/pos.fa").toAbsolutePath().toString(),
            dir.resolve("new/neg.fa").toAbsolutePath().toString()),
        found.data().files());
  }

  @Test
  void foreignBrokenAndNewerFilesGetClearErrors() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("p"));
    Path file = folder.resolve(Project.FILE_NAME);
    Files.writeString(file, "{ not json");
    assertMessage(folder, file + ": is not valid JSON");
    Files.writeString(file, "{\"format\": \"something-else\"}");
    assertMessage(folder, "is not a Motif Workbench project description");
    Files.writeString(file, "{\"format\": \"motif-workbench-project\", \"formatVersion\": 9}");
    assertMessage(folder, "newer Motif Workbench");
    Files.writeString(file, "{\"format\": \"motif-workbench-project\", \"state\": 3}");
    assertMessage(folder, "'state' must be a JSON object");
    assertMessage(dir.resolve("nowhere"), "does not exist");
    assertMessage(Files.createDirectories(dir.resolve("empty")), "holds no project");
  }

  @Test
  void aProjectIsNeverMadeOverOtherFiles() throws Exception {
    Path busy = write(dir.resolve("busy/notes.txt")).getParent();
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> Project.create(busy, "x"));
    assertTrue(e.getMessage().contains("is not empty"), e.getMessage());
    Project.create(dir.resolve("p"), "p");
    e = assertThrows(InvalidInputException.class, () -> Project.create(dir.resolve("p"), "p"));
    assertTrue(e.getMessage().contains("already holds a project"), e.getMessage());
  }

  @Test
  void runsAreAddedListedInOrderAndDeleted() throws Exception {
    Project project = Project.create(dir.resolve("p"), "p");
    try (ModelBundle bundle = TinyModel.bundle()) {
      RunRecord first = project.addRun(record("Run 1"), bundle);
      RunRecord second = project.addRun(record("Run 2"), bundle);
      assertTrue(first.id().matches("[0-9]{8}-[0-9]{6}-[0-9a-f]{4}"), first.id());
      assertTrue(Files.isRegularFile(project.modelFile(first)));
      List<RunRecord> runs = project.runs();
      assertEquals(List.of("Run 1", "Run 2"), runs.stream().map(RunRecord::name).toList());
      RunRecord read = runs.get(0);
      assertEquals(record("Run 1").withId(first.id()), read);
      assertTrue(Double.isNaN(read.ceiling()), "NaN survives the file");
      try (ModelBundle loaded = ModelBundle.load(project.modelFile(read))) {
        assertEquals(bundle.manifest().classNames(), loaded.manifest().classNames());
      }
      project.deleteRun(second.id());
      assertEquals(List.of(first.id()), project.runs().stream().map(RunRecord::id).toList());
      assertTrue(project.run(first.id()).isPresent());
      assertFalse(project.run(second.id()).isPresent());
    }
  }

  @Test
  void runNamesAreNotGivenTwiceAfterADeletion() throws Exception {
    Project project = Project.create(dir.resolve("p"), "p");
    assertEquals("Run 1", project.nextRunName());
    try (ModelBundle bundle = TinyModel.bundle()) {
      project.addRun(record(project.nextRunName()), bundle);
      RunRecord second = project.addRun(record(project.nextRunName()), bundle);
      project.addRun(record(project.nextRunName()), bundle);
      project.deleteRun(second.id());
      // two runs left, "Run 1" and "Run 3": the next is not a second "Run 3"
      assertEquals("Run 4", project.nextRunName());
      project.addRun(record("promoters, lr 0.003"), bundle);
      project.addRun(record("Run 12345678901"), bundle);
      assertEquals("Run 5", project.nextRunName(), "named runs count, numbers past 9 digits not");
    }
  }

  @Test
  void aRunFolderWithoutAReadableRecordIsSkippedAndNamed() throws Exception {
    Project project = Project.create(dir.resolve("p"), "p");
    Path halfWritten =
        Files.createDirectories(project.folder().resolve("runs/20261204-101010-abcd"));
    Path broken = Files.createDirectories(project.folder().resolve("runs/20261204-101011-abcd"));
    Files.writeString(broken.resolve("run.json"), "[1, 2");
    assertTrue(project.runs().isEmpty());
    assertEquals(2, project.problems().size(), project.problems().toString());
    assertTrue(
        project.problems().get(0).contains(halfWritten.getFileName().toString())
            || project.problems().get(1).contains(halfWritten.getFileName().toString()));
    assertThrows(IllegalArgumentException.class, () -> project.deleteRun("../../etc"));
  }

  @Test
  void saveAsCopiesRunsAndFiguresAndTheScratchFolderGoes() throws Exception {
    Project scratch = Project.scratch();
    assertTrue(scratch.isScratch());
    Path data = write(dir.resolve("data/x.fa"));
    scratch.save(scratch.description().withData(DataSource.headerLabel(data, null)));
    try (ModelBundle bundle = TinyModel.bundle()) {
      scratch.addRun(record("Run 1"), bundle);
    }
    Files.writeString(scratch.figuresFolder().resolve("f.png"), "png");
    Project saved = scratch.copyTo(dir.resolve("mine"));
    scratch.discardScratch();
    assertFalse(Files.exists(scratch.folder()));
    assertFalse(saved.isScratch());
    assertEquals("mine", saved.name());
    assertEquals(1, saved.runs().size());
    assertTrue(Files.isRegularFile(saved.modelFile(saved.runs().get(0))));
    assertTrue(Files.isRegularFile(dir.resolve("mine/figures/f.png")));
    assertEquals(
        data.toAbsolutePath().toString(),
        Project.open(dir.resolve("mine")).description().data().files().get(0));
  }

  static RunRecord record(String name) {
    Interval acc = new Interval(0.8, 0.9);
    return new RunRecord(
        "",
        name,
        "2026-12-04T09:00:0" + name.charAt(name.length() - 1) + "Z",
        "app",
        "primer.fa",
        "abc",
        DataSource.headerLabel(Path.of("/data/primer.fa"), null),
        List.of("neg", "pos"),
        "TEACHING",
        Map.of("network.filters", "16"),
        Map.of(),
        3,
        2,
        "COMPLETED",
        0.85,
        0.4,
        new TestResult(200, 0.86, 0.9, new BootstrapIntervals(acc, Interval.UNDEFINED, 0.95, 1000)),
        Double.NaN,
        12.5,
        "Java kernels",
        "cpu",
        List.of(new EpochResult(1, 0.6, 0.7, 0.5, 0.8, 1e-3, 1000, 0, true, false)),
        null,
        -1,
        null);
  }

  private static Path write(Path file) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, ">s1 label=a\nACGT\n");
      return file;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void assertMessage(Path path, String expected) {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Project.open(path));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }
}
