package org.motifworkbench.sequence;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a plain file with one sequence per line and no headers; ids are seq1, seq2, ... */
final class PlainSequenceReader {

  private PlainSequenceReader() {}

  static List<SequenceRecord> read(Path file) {
    List<SequenceRecord> records = new ArrayList<>();
    for (NumberedLines.Line line : NumberedLines.read(file, "sequence", "sequence")) {
      SourceLocation location = new SourceLocation(file.toString(), line.number());
      String text = line.text();
      String bases = text.strip();
      int bad = BaseLetters.firstInvalid(bases);
      if (bad >= 0) {
        int column = text.indexOf(bases) + bad + 1;
        throw BaseLetters.invalidCharacter(location, "column", column, bases.codePointAt(bad));
      }
      records.add(new SequenceRecord("seq" + (records.size() + 1), "", bases, null, location));
    }
    if (records.isEmpty()) {
      throw new InvalidInputException(
          new SourceLocation(file.toString(), 0),
          "the file contains only blank lines, no sequences. Choose a file with sequences.");
    }
    return records;
  }
}
