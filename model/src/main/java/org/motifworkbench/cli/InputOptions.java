package org.motifworkbench.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.motifworkbench.sequence.DataSource;
import picocli.CommandLine.Option;

/** The options that say where labelled sequences are and how their labels are given. */
final class InputOptions {

  @Option(
      names = {"-f", "--fasta"},
      paramLabel = "FILE",
      description = {
        "FASTA file(s), plain or .gz. One file: labels come from a header token (see "
            + "--label-pattern) or from --labels. Several files: one class per file, named after "
            + "the file or by --class."
      })
  List<Path> fasta = new ArrayList<>();

  @Option(
      names = "--class",
      paramLabel = "NAME",
      split = ",",
      description = "class names: one per --fasta file, or one per column of one-hot --labels")
  List<String> classNames = new ArrayList<>();

  @Option(
      names = "--labels",
      paramLabel = "FILE",
      description = "labels file, one row per sequence: a class name, or a one-hot row like '1 0'")
  Path labels;

  @Option(
      names = "--label-pattern",
      paramLabel = "REGEX",
      description =
          "regex with one group that captures the label in each header "
              + "(default: label=(\\S+))")
  String labelPattern;

  @Option(
      names = "--table",
      paramLabel = "FILE",
      description = "TSV/CSV table of id, sequence, label")
  Path table;

  @Option(
      names = "--sequences",
      paramLabel = "FILE",
      description = "plain file with one sequence per line (use with --labels)")
  Path sequences;

  /** Every file these options read, and {@code more} (nulls are skipped by the guard). */
  List<Path> files(Path... more) {
    List<Path> all = new ArrayList<>(fasta);
    all.addAll(java.util.Arrays.asList(labels, table, sequences));
    all.addAll(java.util.Arrays.asList(more));
    return all;
  }

  boolean isEmpty() {
    return fasta.isEmpty() && table == null && sequences == null;
  }

  /** The data source these options describe; a plain error when they do not fit together. */
  DataSource toDataSource() {
    boolean headerLabels = table == null && labels == null && fasta.size() == 1;
    if (!classNames.isEmpty() && (table != null || headerLabels)) {
      // ignoring it would train or score with other class names than the user asked for
      throw new IllegalArgumentException(
          "--class names the class of each --fasta file, or the"
              + " columns of one-hot --labels; here the class names come from the "
              + (table != null ? "table's label column" : "labels in the headers")
              + ". Leave --class out.");
    }
    if (labelPattern != null && !headerLabels) {
      throw new IllegalArgumentException(
          "--label-pattern reads labels from the headers of one"
              + " --fasta file; with these options the labels come from elsewhere. Leave it out.");
    }
    if (table != null) {
      return DataSource.table(table);
    }
    if (labels != null) {
      Path seqs = sequences != null ? sequences : fasta.size() == 1 ? fasta.get(0) : null;
      if (seqs == null) {
        throw new IllegalArgumentException(
            "--labels needs exactly one --fasta or --sequences file.");
      }
      return DataSource.separateLabels(seqs, labels, classNames);
    }
    if (sequences != null) {
      throw new IllegalArgumentException("--sequences needs a --labels file.");
    }
    if (fasta.size() > 1) {
      return DataSource.classPerFile(fasta, classNames);
    }
    if (fasta.size() == 1) {
      return DataSource.headerLabel(fasta.get(0), labelPattern);
    }
    throw new IllegalArgumentException(
        "Give the data: --fasta FILE (labels in headers), several "
            + "--fasta files (one per class), --fasta/--sequences with --labels, or --table.");
  }
}
