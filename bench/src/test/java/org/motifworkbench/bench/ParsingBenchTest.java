package org.motifworkbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.sequence.FastaReader;
import org.motifworkbench.sequence.SequenceRecord;

/** The generated FASTA that the parsing and memory parts read. */
class ParsingBenchTest {

  @TempDir Path dir;

  @Test
  void writesLabelledRecordsOf200BasesIn60BaseLines() throws Exception {
    Path fasta = dir.resolve("five.fa");
    ParsingBench.write(fasta, Long.MAX_VALUE, 5);
    List<String> lines = Files.readAllLines(fasta);
    assertEquals(5 * 5, lines.size());
    assertEquals(">seq1 label=negative", lines.get(0));
    assertEquals(
        List.of(60, 60, 60, 20), lines.subList(1, 5).stream().map(String::length).toList());
    assertEquals(">seq2 label=positive", lines.get(5));
    int records = 0;
    try (FastaReader reader = FastaReader.open(fasta)) {
      while (reader.hasNext()) {
        SequenceRecord r = reader.next();
        assertEquals(200, r.length());
        assertTrue(r.bases().matches("[ACGT]+"), r.bases());
        records++;
      }
    }
    assertEquals(5, records);
  }

  @Test
  void stopsOnceTheFileHoldsTheBytesAskedFor() throws Exception {
    Path fasta = dir.resolve("small.fa");
    ParsingBench.write(fasta, 10_000, Long.MAX_VALUE);
    long size = Files.size(fasta);
    // one record is 20 header bytes and 204 bytes of sequence lines
    assertTrue(size >= 10_000 && size < 10_000 + 240, "size " + size);
  }
}
