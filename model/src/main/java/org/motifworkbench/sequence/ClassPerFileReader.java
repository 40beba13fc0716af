package org.motifworkbench.sequence;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads a labelled data set given as one FASTA file per class; classes keep the given order. */
public final class ClassPerFileReader {

  private static final String[] SEQUENCE_EXTENSIONS = {".fasta", ".fna", ".fa", ".txt"};

  private ClassPerFileReader() {}

  /** Reads each file as the sequences of its class, in the map's iteration order. */
  public static SequenceSet read(Map<String, Path> filesByClass) {
    List<SequenceRecord> records = new ArrayList<>();
    List<InputWarning> warnings = new ArrayList<>();
    List<String> classes = new ArrayList<>();
    for (Map.Entry<String, Path> entry : filesByClass.entrySet()) {
      String className = entry.getKey();
      if (className == null || className.isBlank()) {
        throw new InvalidInputException(
            new SourceLocation(entry.getValue().toString(), 0),
            "this file has no class name. Give every file a class name such as 'positive'.");
      }
      classes.add(className);
      FastaContents fasta = FastaReader.readAll(entry.getValue());
      for (SequenceRecord r : fasta.records()) {
        records.add(r.withLabel(className));
      }
      warnings.addAll(fasta.warnings());
    }
    return SequenceSets.givenClasses(
        records, classes, warnings, "the files " + filesByClass.values());
  }

  /** Reads each file as one class named after the file ({@link #classNameOf(Path)}). */
  public static SequenceSet read(List<Path> files) {
    Map<String, Path> byClass = new LinkedHashMap<>();
    for (Path file : files) {
      String name = classNameOf(file);
      Path previous = byClass.putIfAbsent(name, file);
      if (previous != null) {
        throw new InvalidInputException(
            null,
            "the files "
                + previous
                + " and "
                + file
                + " would both be the class '"
                + name
                + "'. Rename one of them (the class is the file name without .fa, .fasta, .fna,"
                + " .txt or .gz).");
      }
    }
    return read(byClass);
  }

  /** The class a file stands for: its name without .gz and then .fa, .fasta, .fna or .txt. */
  public static String classNameOf(Path file) {
    String name = file.getFileName().toString();
    name = stripGz(name);
    for (String ext : SEQUENCE_EXTENSIONS) {
      String stripped = stripSuffix(name, ext);
      if (!stripped.equals(name)) {
        return stripped;
      }
    }
    return name;
  }

  /** The file name without a final .gz (any case). */
  static String stripGz(String fileName) {
    return stripSuffix(fileName, ".gz");
  }

  private static String stripSuffix(String name, String suffix) {
    boolean matches =
        name.length() > suffix.length() && name.toLowerCase(Locale.ROOT).endsWith(suffix);
    return matches ? name.substring(0, name.length() - suffix.length()) : name;
  }
}
