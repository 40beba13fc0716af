package org.motifworkbench.project;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.motifworkbench.bundle.ModelBundle;

/** TEMPORARY stub of the contract until project-core lands (replaced by the merge). */
@SuppressWarnings("DoNotCallSuggester")
public final class Project {
  public static final String FILE_NAME = "project.mwbproj";

  public static Project create(Path folder, String name) {
    throw new UnsupportedOperationException();
  }

  public static Project open(Path folderOrFile) {
    throw new UnsupportedOperationException();
  }

  public static Project scratch() {
    throw new UnsupportedOperationException();
  }

  public boolean isScratch() {
    throw new UnsupportedOperationException();
  }

  public Path folder() {
    throw new UnsupportedOperationException();
  }

  public String name() {
    throw new UnsupportedOperationException();
  }

  public List<RunRecord> runs() {
    throw new UnsupportedOperationException();
  }

  public List<String> problems() {
    throw new UnsupportedOperationException();
  }

  public RunRecord addRun(RunRecord draft, ModelBundle bundle) {
    throw new UnsupportedOperationException();
  }

  public Optional<RunRecord> run(String id) {
    throw new UnsupportedOperationException();
  }

  public Path modelFile(RunRecord run) {
    throw new UnsupportedOperationException();
  }

  public void deleteRun(String id) {
    throw new UnsupportedOperationException();
  }
}
