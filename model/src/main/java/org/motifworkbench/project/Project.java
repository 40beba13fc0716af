package org.motifworkbench.project;

import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.motifworkbench.bundle.ModelBundle;
import org.motifworkbench.files.AtomicFile;
import org.motifworkbench.sequence.DataSource;
import org.motifworkbench.sequence.InvalidInputException;
import org.motifworkbench.sequence.SourceLocation;
import org.motifworkbench.sequence.TextFile;

/**
 * A project: one folder holding a piece of work, as QuPath keeps one (decision record 0012). Its
 * description ({@code project.mwbproj}) says which data is worked on and what the app showed; each
 * training run is a folder {@code runs/<id>/} with its record ({@code run.json}) and model ({@code
 * model.mwb}), written once when the run ends; exported figures go to {@code figures/}. The app and
 * {@code mwb ... --project} write different files, so a run added on a server while the app has the
 * project open never clashes with the app's autosave. Every write is atomic.
 *
 * <p>A scratch project lives in a temporary folder and holds the runs made before the user chose
 * where the work belongs; {@link #copyTo} moves it there ("Save project as").
 */
public final class Project {

  /** The description file's name; File > Open project picks it (or its folder). */
  public static final String FILE_NAME = "project.mwbproj";

  /** The description file's extension, for file choosers. */
  public static final String EXTENSION = ".mwbproj";

  static final String RUNS = "runs";
  static final String RUN_FILE = "run.json";
  static final String FIGURES = "figures";

  /** A run record holds its history: a few hundred epochs are well under a megabyte. */
  static final long MAX_RUN_BYTES = 16L << 20;

  /** A name the app or the command line gave a run ({@link #nextRunName()}). */
  private static final Pattern RUN_NAME = Pattern.compile("Run (\\d{1,9})");

  private static final Pattern RUN_ID = Pattern.compile("[0-9]{8}-[0-9]{6}-[0-9a-f]{4}");
  private static final DateTimeFormatter ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final Path folder;
  private final boolean scratch;
  private ProjectDescription description;
  private final List<String> problems = new ArrayList<>();

  private Project(Path folder, ProjectDescription description, boolean scratch) {
    this.folder = folder.toAbsolutePath().normalize();
    this.description = description;
    this.scratch = scratch;
  }

  /**
   * Makes a project in {@code folder} (created when absent; it must be empty otherwise) and writes
   * its description.
   *
   * @throws InvalidInputException when the folder holds files or is a file
   * @throws UncheckedIOException when it cannot be written
   */
  public static Project create(Path folder, String name) {
    return create(folder, name, false);
  }

  private static Project create(Path folder, String name, boolean scratch) {
    Path absolute = folder.toAbsolutePath().normalize();
    SourceLocation where = new SourceLocation(absolute.toString(), 0);
    if (Files.isRegularFile(absolute)) {
      throw new InvalidInputException(where, "is a file; a project is a folder.");
    }
    if (Files.isDirectory(absolute) && !isEmpty(absolute)) {
      if (Files.exists(absolute.resolve(FILE_NAME))) {
        throw new InvalidInputException(
            where, "already holds a project: open it (File > Open project) instead.");
      }
      throw new InvalidInputException(
          where, "is not empty; choose a new or empty folder for the project.");
    }
    Project project = new Project(absolute, ProjectDescription.empty(name), scratch);
    try {
      Files.createDirectories(absolute.resolve(RUNS));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not make the project folder " + absolute, e);
    }
    project.save(project.description);
    return project;
  }

  /**
   * Opens the project whose description is {@code folderOrFile} or lies in that folder.
   *
   * @throws InvalidInputException when there is none or it cannot be read, naming the file
   */
  public static Project open(Path folderOrFile) {
    Path path = folderOrFile.toAbsolutePath().normalize();
    Path file = Files.isDirectory(path) ? path.resolve(FILE_NAME) : path;
    if (!Files.isRegularFile(file)) {
      throw new InvalidInputException(
          new SourceLocation(path.toString(), 0),
          Files.isDirectory(path)
              ? "holds no project (no " + FILE_NAME + " in it)."
              : "does not exist.");
    }
    return new Project(file.getParent(), ProjectFile.read(file), false);
  }

  /** Whether {@code folder} holds a project. */
  public static boolean exists(Path folder) {
    return Files.isRegularFile(folder.resolve(FILE_NAME));
  }

  /** An untitled project in a new temporary folder, for the runs made before a project exists. */
  public static Project scratch() {
    try {
      Path temp = Files.createTempDirectory("motif-workbench-untitled-");
      return create(temp, "untitled project", true);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not make a temporary project folder", e);
    }
  }

  /** Whether this is the untitled project in a temporary folder. */
  public boolean isScratch() {
    return scratch;
  }

  public Path folder() {
    return folder;
  }

  /** The description file. */
  public Path file() {
    return folder.resolve(FILE_NAME);
  }

  public String name() {
    return description.name();
  }

  /** The description as last saved or relocated. */
  public synchronized ProjectDescription description() {
    return description;
  }

  /**
   * Writes {@code next} as the project's description (atomically) with the time of saving.
   *
   * @throws UncheckedIOException when it cannot be written; the previous file stays
   */
  public synchronized void save(ProjectDescription next) {
    ProjectDescription stamped = next.withSavedAt(Instant.now().toString());
    try {
      AtomicFile.writeString(file(), ProjectFile.write(stamped, folder));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not save the project " + file() + ": " + e, e);
    }
    description = stamped;
  }

  /** The description's data files (and labels file) that do not exist, as absolute paths. */
  public synchronized List<Path> missingDataFiles() {
    DataSource data = description.data();
    List<Path> missing = new ArrayList<>();
    if (data == null) {
      return missing;
    }
    for (String f : dataFiles(data)) {
      Path p = Path.of(f);
      if (!Files.exists(p)) {
        missing.add(p);
      }
    }
    return missing;
  }

  /**
   * The description with the missing file {@code missing} found at {@code found}; every other
   * missing file of the same old folder is looked for, under its name, in {@code found}'s folder
   * (as IGV relocates a session's files). Kept in memory; {@link #save} writes it.
   */
  public synchronized ProjectDescription relocate(Path missing, Path found) {
    DataSource data = description.data();
    if (data == null) {
      return description;
    }
    Path oldFolder = missing.toAbsolutePath().normalize().getParent();
    Path newFolder = found.toAbsolutePath().normalize().getParent();
    List<String> files = new ArrayList<>();
    for (String f : data.files()) {
      files.add(relocated(f, missing, found, oldFolder, newFolder));
    }
    String labels =
        data.labelsFile() == null
            ? null
            : relocated(data.labelsFile(), missing, found, oldFolder, newFolder);
    description =
        description.withData(
            new DataSource(
                data.convention(), files, data.classNames(), labels, data.labelPattern()));
    return description;
  }

  private static String relocated(
      String file, Path missing, Path found, Path oldFolder, Path newFolder) {
    Path p = Path.of(file).toAbsolutePath().normalize();
    if (p.equals(missing.toAbsolutePath().normalize())) {
      return found.toAbsolutePath().normalize().toString();
    }
    if (!Files.exists(p) && oldFolder != null && oldFolder.equals(p.getParent())) {
      Path candidate = newFolder.resolve(p.getFileName());
      if (Files.exists(candidate)) {
        return candidate.toString();
      }
    }
    return file;
  }

  private static List<String> dataFiles(DataSource data) {
    List<String> files = new ArrayList<>(data.files());
    if (data.labelsFile() != null) {
      files.add(data.labelsFile());
    }
    return files;
  }

  /**
   * Every run whose record can be read, oldest first (by end time, then id). Folders whose record
   * is missing or unreadable are skipped and named in {@link #problems()}: a run still being
   * written by {@code mwb train --project} has its model but not yet its record.
   */
  public synchronized List<RunRecord> runs() {
    problems.clear();
    List<RunRecord> runs = new ArrayList<>();
    Path dir = folder.resolve(RUNS);
    if (!Files.isDirectory(dir)) {
      return runs;
    }
    try (DirectoryStream<Path> folders = Files.newDirectoryStream(dir, Files::isDirectory)) {
      for (Path runFolder : folders) {
        Path record = runFolder.resolve(RUN_FILE);
        if (!Files.isRegularFile(record)) {
          problems.add(runFolder.getFileName() + ": no " + RUN_FILE + " (skipped)");
          continue;
        }
        try {
          runs.add(readRun(record));
        } catch (InvalidInputException e) {
          problems.add(e.getMessage() + " (skipped)");
        }
      }
    } catch (IOException e) {
      problems.add("Could not list " + dir + ": " + e.getMessage());
    }
    runs.sort(
        Comparator.comparing((RunRecord r) -> r.createdAt() == null ? "" : r.createdAt())
            .thenComparing(RunRecord::id));
    return runs;
  }

  /**
   * The name for the next run when its maker gives none: "Run N", N one past both the number of
   * runs and the largest "Run N" among them, so a name is not given twice after a run was deleted
   * (the app and {@code mwb train --project} both name runs so).
   */
  public String nextRunName() {
    List<RunRecord> all = runs();
    int largest = all.size();
    for (RunRecord run : all) {
      Matcher m = RUN_NAME.matcher(run.name() == null ? "" : run.name());
      if (m.matches()) {
        // at most nine digits: no overflow
        largest = Math.max(largest, Integer.parseInt(m.group(1)));
      }
    }
    return "Run " + (largest + 1);
  }

  /** Why run folders were skipped by the last {@link #runs()}. */
  public synchronized List<String> problems() {
    return List.copyOf(problems);
  }

  /** The run with this id, if its record can be read. */
  public Optional<RunRecord> run(String id) {
    if (id == null || !RUN_ID.matcher(id).matches()) {
      return Optional.empty();
    }
    Path record = folder.resolve(RUNS).resolve(id).resolve(RUN_FILE);
    if (!Files.isRegularFile(record)) {
      return Optional.empty();
    }
    try {
      return Optional.of(readRun(record));
    } catch (InvalidInputException e) {
      return Optional.empty();
    }
  }

  static RunRecord readRun(Path record) {
    SourceLocation where = new SourceLocation(record.toString(), 0);
    String text = TextFile.read(record, "run record", MAX_RUN_BYTES);
    RunRecord run;
    try {
      run = ProjectFile.GSON.fromJson(text, RunRecord.class);
    } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
      throw new InvalidInputException(
          where, "is not a readable run record: " + ProjectFile.cause(e));
    }
    if (run == null) {
      throw new InvalidInputException(where, "is empty.");
    }
    // the folder's name is the run's id, whatever the file says (a copied folder is another run)
    return run.withId(record.getParent().getFileName().toString());
  }

  /**
   * Adds a finished run: a new folder with the model saved first, then the record, so a record
   * always has its model. Returns the record with its id.
   *
   * @throws UncheckedIOException when the model or record cannot be written (nothing is left)
   */
  public RunRecord addRun(RunRecord draft, ModelBundle bundle) {
    Path runs = folder.resolve(RUNS);
    Path runFolder;
    String id;
    try {
      Files.createDirectories(runs);
      while (true) {
        id =
            ID_TIME.format(Instant.now())
                + "-"
                + String.format(Locale.ROOT, "%04x", ThreadLocalRandom.current().nextInt(1 << 16));
        runFolder = runs.resolve(id);
        try {
          Files.createDirectory(runFolder);
          break;
        } catch (java.nio.file.FileAlreadyExistsException e) {
          // another run ended in the same second with the same random part: draw again
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not make a run folder in " + runs + ": " + e, e);
    }
    RunRecord run = draft.withId(id);
    try {
      bundle.save(runFolder.resolve(run.model()));
      AtomicFile.writeString(runFolder.resolve(RUN_FILE), ProjectFile.GSON.toJson(run) + "\n");
    } catch (IOException | RuntimeException e) {
      deleteTree(runFolder);
      if (e instanceof IOException io) {
        throw new UncheckedIOException("Could not save the run in " + runFolder + ": " + io, io);
      }
      throw (RuntimeException) e;
    }
    return run;
  }

  /** The model file of {@code run}. */
  public Path modelFile(RunRecord run) {
    return runFolder(run.id()).resolve(run.model());
  }

  /** The folder of the run {@code id}. */
  public Path runFolder(String id) {
    if (id == null || !RUN_ID.matcher(id).matches()) {
      throw new IllegalArgumentException("'" + id + "' is not a run id");
    }
    return folder.resolve(RUNS).resolve(id);
  }

  /** Deletes the run {@code id}: its folder, model and record. */
  public void deleteRun(String id) {
    Path runFolder = runFolder(id);
    if (Files.isDirectory(runFolder)) {
      deleteTree(runFolder);
    }
  }

  /** Where figures exported while the project is open go; made when first asked for. */
  public Path figuresFolder() {
    Path figures = folder.resolve(FIGURES);
    try {
      Files.createDirectories(figures);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not make " + figures + ": " + e, e);
    }
    return figures;
  }

  /**
   * Copies this project (description, runs, figures) into {@code target}, a new or empty folder
   * ("Save project as"), and opens the copy; data paths are stored relative to the new folder. The
   * copy is named after its folder. Figures recorded with paths inside this project keep them.
   */
  public synchronized Project copyTo(Path target) {
    Path absolute = target.toAbsolutePath().normalize();
    if (absolute.startsWith(folder)) {
      throw new InvalidInputException(
          new SourceLocation(absolute.toString(), 0),
          "lies inside the project being saved; choose a folder outside it.");
    }
    Project copy =
        create(absolute, absolute.getFileName() == null ? "project" : absolute.getFileName() + "");
    try {
      copyTree(folder.resolve(RUNS), absolute.resolve(RUNS));
      copyTree(folder.resolve(FIGURES), absolute.resolve(FIGURES));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not copy the project to " + absolute + ": " + e, e);
    }
    copy.save(description.withName(copy.name()));
    return copy;
  }

  /** Deletes a scratch project's folder (after it was saved elsewhere or discarded). */
  public void discardScratch() {
    if (scratch) {
      deleteTree(folder);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    if (!Files.isDirectory(from)) {
      return;
    }
    Files.walkFileTree(
        from,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            Files.createDirectories(to.resolve(from.relativize(dir).toString()));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            if (!file.getFileName().toString().endsWith(".tmp")) {
              Files.copy(
                  file,
                  to.resolve(from.relativize(file).toString()),
                  StandardCopyOption.REPLACE_EXISTING);
            }
            return FileVisitResult.CONTINUE;
          }
        });
  }

  private static void deleteTree(Path root) {
    try {
      if (!Files.exists(root)) {
        return;
      }
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              Files.delete(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
              Files.delete(dir);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("Could not delete " + root + ": " + e, e);
    }
  }

  private static boolean isEmpty(Path dir) {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      return !entries.iterator().hasNext();
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public String toString() {
    return name() + " (" + folder + ")";
  }
}
