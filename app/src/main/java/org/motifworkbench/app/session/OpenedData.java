package org.motifworkbench.app.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.motifworkbench.data.AccuracyCeiling;
import org.motifworkbench.sequence.DataSource;
import org.motifworkbench.sequence.SequenceSet;

/**
 * A data set the user opened: the files, how labels were read from them, the sequences and the
 * summary the Data screen shows. Later screens (Model, Train) start from {@link #sequences()}; a
 * model trained on it carries its {@link #identity()}.
 */
public record OpenedData(
    DataSource source, SequenceSet sequences, DataSummary summary, DataIdentity identity) {

  /** Opened data whose identity is computed from its sequences (hashing: off the FX thread). */
  public OpenedData(DataSource source, SequenceSet sequences, DataSummary summary) {
    this(source, sequences, summary, DataIdentity.of(source, sequences));
  }

  /**
   * Reads FASTA files by the Data screen's rule: one file carries its labels in the headers ({@code
   * label=...}); several files are one class each, named after the file. Slow for big files: call
   * it off the FX thread. Bad input raises {@link
   * org.motifworkbench.sequence.InvalidInputException} with a message for the user.
   */
  public static OpenedData open(List<Path> files) {
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no files to open");
    }
    DataSource source =
        files.size() == 1
            ? DataSource.headerLabel(files.get(0), null)
            : DataSource.classPerFile(files, List.of());
    return open(source);
  }

  /**
   * Reads labelled sequences by any label convention (a table, a FASTA with a separate labels file,
   * ...). Slow for big files: call it off the FX thread.
   */
  public static OpenedData open(DataSource source) {
    SequenceSet sequences = source.load();
    List<String> sidecarWarnings = new ArrayList<>();
    boolean oneFasta =
        source.files().size() == 1 && source.convention() == DataSource.Convention.HEADER_LABEL;
    OptionalDouble ceiling =
        oneFasta
            ? AccuracyCeiling.readBeside(Path.of(source.files().get(0)), sidecarWarnings)
            : OptionalDouble.empty();
    DataSummary summary = DataSummary.of(sequences, ceiling);
    if (!sidecarWarnings.isEmpty()) {
      List<String> all = new ArrayList<>(summary.warnings());
      all.addAll(sidecarWarnings);
      summary =
          new DataSummary(
              summary.sequenceCount(), summary.classes(), summary.lengths(), ceiling, all);
    }
    return new OpenedData(source, sequences, summary);
  }

  /** The opened files' names, for the window title: "train.fa" or "neg.fa, pos.fa". */
  public String displayName() {
    return String.join(", ", fileNames());
  }

  /** The file names without folders, in the order given. */
  public List<String> fileNames() {
    return source.files().stream().map(f -> Path.of(f).getFileName().toString()).toList();
  }

  /** How the labels were read, in the user's words. */
  public String labelRule() {
    return switch (source.convention()) {
      case HEADER_LABEL -> "classes from the label= token in each header";
      case CLASS_PER_FILE -> "one class per file, named after the file";
      case TABLE -> "classes from the label column of the table";
      case SEPARATE_LABELS -> "classes from " + Path.of(source.labelsFile()).getFileName();
      default -> source.describe();
    };
  }
}
