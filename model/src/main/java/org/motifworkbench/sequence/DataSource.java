package org.motifworkbench.sequence;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where labelled sequences come from and which label convention applies; enough to read the same
 * data again later (a model bundle keeps it to re-score its held-out test split). Plain strings, so
 * it round-trips through JSON.
 *
 * @param convention how labels are given
 * @param files the FASTA or table files (one per class for {@link Convention#CLASS_PER_FILE})
 * @param classNames class names for one file per class or one-hot label rows (empty = automatic)
 * @param labelsFile the separate labels file ({@link Convention#SEPARATE_LABELS} only)
 * @param labelPattern the header regex with one group ({@link Convention#HEADER_LABEL} only)
 */
public record DataSource(
    Convention convention,
    List<String> files,
    List<String> classNames,
    String labelsFile,
    String labelPattern) {

  /** The supported ways of attaching a class label to each sequence. */
  public enum Convention {
    /** One FASTA file per class; the class is named after the file or given. */
    CLASS_PER_FILE,
    /** A label token in each FASTA header, e.g. {@code >seq1 label=promoter}. */
    HEADER_LABEL,
    /** A TSV or CSV table of id, sequence and label. */
    TABLE,
    /** A FASTA or one-sequence-per-line file plus a labels file with one row per sequence. */
    SEPARATE_LABELS
  }

  public DataSource {
    files = List.copyOf(files);
    classNames = classNames == null ? List.of() : List.copyOf(classNames);
  }

  public static DataSource classPerFile(List<Path> files, List<String> classNames) {
    return new DataSource(Convention.CLASS_PER_FILE, strings(files), classNames, null, null);
  }

  public static DataSource headerLabel(Path fasta, String pattern) {
    return new DataSource(
        Convention.HEADER_LABEL,
        strings(List.of(fasta)),
        List.of(),
        null,
        pattern == null ? HeaderLabelReader.DEFAULT_PATTERN : pattern);
  }

  public static DataSource table(Path table) {
    return new DataSource(Convention.TABLE, strings(List.of(table)), List.of(), null, null);
  }

  public static DataSource separateLabels(Path sequences, Path labels, List<String> classNames) {
    return new DataSource(
        Convention.SEPARATE_LABELS,
        strings(List.of(sequences)),
        classNames,
        labels.toString(),
        null);
  }

  /** Reads the labelled sequences; bad input raises {@link InvalidInputException}. */
  public SequenceSet load() {
    List<Path> paths = files.stream().map(Path::of).toList();
    return switch (convention) {
      case CLASS_PER_FILE ->
          classNames.isEmpty()
              ? ClassPerFileReader.read(paths)
              : ClassPerFileReader.read(byClass(paths));
      case HEADER_LABEL -> HeaderLabelReader.read(paths.get(0), labelPattern);
      case TABLE -> LabelTableReader.read(paths.get(0));
      case SEPARATE_LABELS ->
          classNames.isEmpty()
              ? SeparateLabelsReader.read(paths.get(0), Path.of(labelsFile))
              : SeparateLabelsReader.read(paths.get(0), Path.of(labelsFile), classNames);
    };
  }

  /** A short description for logs and reports, e.g. "labels in headers of train.fa". */
  public String describe() {
    return switch (convention) {
      case CLASS_PER_FILE -> "one file per class: " + String.join(", ", files);
      case HEADER_LABEL -> "labels in the headers of " + files.get(0);
      case TABLE -> "table " + files.get(0);
      case SEPARATE_LABELS -> files.get(0) + " with labels from " + labelsFile;
    };
  }

  private Map<String, Path> byClass(List<Path> paths) {
    if (classNames.size() != paths.size()) {
      throw new InvalidInputException(
          null,
          "Give one class name per file: "
              + paths.size()
              + " files but "
              + classNames.size()
              + " class names.");
    }
    Map<String, Path> map = new LinkedHashMap<>();
    for (int i = 0; i < paths.size(); i++) {
      map.put(classNames.get(i), paths.get(i));
    }
    return map;
  }

  private static List<String> strings(List<Path> paths) {
    List<String> out = new ArrayList<>();
    paths.forEach(p -> out.add(p.toString()));
    return out;
  }
}
