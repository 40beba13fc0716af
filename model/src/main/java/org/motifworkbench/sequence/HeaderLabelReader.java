package org.motifworkbench.sequence;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a FASTA file whose header lines carry each sequence's class, by default as a {@code
 * label=positive} token; classes are sorted in natural order.
 */
public final class HeaderLabelReader {

  /** The default label pattern: the text after {@code label=} up to the next space. */
  public static final String DEFAULT_PATTERN = "label=(\\S+)";

  private HeaderLabelReader() {}

  /** Reads labels with {@link #DEFAULT_PATTERN}. */
  public static SequenceSet read(Path fasta) {
    return read(fasta, DEFAULT_PATTERN);
  }

  /**
   * Reads labels with a user-given regular expression with exactly one group (the label), searched
   * anywhere in the header line after '>' (the id and the description).
   */
  public static SequenceSet read(Path fasta, String labelRegex) {
    Pattern pattern;
    try {
      pattern = Pattern.compile(labelRegex);
    } catch (PatternSyntaxException e) {
      throw new InvalidInputException(
          null,
          "the label pattern '"
              + labelRegex
              + "' is not a valid regular expression ("
              + e.getDescription()
              + "). Correct it, or use the default "
              + DEFAULT_PATTERN
              + ".",
          e);
    }
    if (pattern.matcher("").groupCount() != 1) {
      throw new InvalidInputException(
          null,
          "the label pattern '"
              + labelRegex
              + "' must contain exactly one group in parentheses,"
              + " marking the label, as in "
              + DEFAULT_PATTERN
              + ".");
    }
    List<SequenceRecord> records = new ArrayList<>();
    List<InputWarning> warnings;
    try (FastaReader reader = FastaReader.open(fasta)) {
      Matcher matcher = pattern.matcher("");
      while (reader.hasNext()) {
        SequenceRecord r = reader.next();
        String header = r.description().isEmpty() ? r.id() : r.id() + " " + r.description();
        matcher.reset(header);
        String label = matcher.find() ? matcher.group(1) : null;
        if (label == null || label.isBlank()) {
          throw new InvalidInputException(
              r.source(),
              "the header of sequence '"
                  + r.id()
                  + "' has no label (looked for the pattern "
                  + labelRegex
                  + "). Add the class to every header, for example '>"
                  + r.id()
                  + " label=positive', or choose another way to give the labels.");
        }
        records.add(r.withLabel(label));
      }
      warnings = reader.warnings();
    }
    return SequenceSets.sortedClasses(records, warnings, fasta.toString());
  }
}
