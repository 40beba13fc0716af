package org.motifworkbench.sequence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The byte-level {@link FastaReader} returns exactly what the previous reader returned (records,
 * ids, descriptions, bases, line numbers, warnings, error messages), plain and gzip-compressed.
 */
class FastaReaderEquivalenceTest {

  @TempDir Path dir;

  /** What a reader made of a file: its records and warnings, or its error message. */
  private record Outcome(List<SequenceRecord> records, List<InputWarning> warnings, String error) {}

  @ParameterizedTest
  @ValueSource(
      strings = {
        ">a desc\nACGT\n>b\nGGCC\n",
        ">a\r\nACGT\r\nAC\r\n>b two words \r\n\r\ngg\r\n",
        "\n\n>a\n\nACGT\n\n\n>b\nT\n\n",
        ">lower\nacgtnNryswkmbdhvu\n",
        ">n\nNNNN\nnnnn\n",
        ">empty\n>a\nACGT\n>alsoempty\n",
        ">a\nACGT\n>endsempty",
        ">a\nACGT\n>b\nACG",
        ">a\nACGT\n>b\nACG\r",
        ">only\n>headers\n",
        ">  spaced   id  and   description  \nAC GT\tAC\n",
        ">\tx\ty\t\nA\n",
        ">a\u00a0b c\nA\n",
        ">a\u2003b c\u2003\nA\n",
        ">gène ça\nA\n",
        "> \nA\n",
        ">\nA\n",
        ">a\rACGT\r>b\rAC\r",
        ">a\nAC-GT\n",
        ">a\nACGT\n>a\nAC\n",
        "ACGT\n>a\nAC\n",
        "@read\nACGT\n+\nIIII\n",
        ">a\nAC>GT\n",
        ">a\nACé\n",
        "   \n\t\n",
        ">a\u000bb\nA\n",
        ">a\u001cb\u001f\nAC\n",
        ">a\nAC\u0000GT\n",
      })
  void agreesWithThePreviousReaderOnTrickyInput(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

    assertSameOutcome(bytes);
  }

  @Test
  void agreesOnRandomInputsMadeOfTrickyPieces() {
    String[] pieces = {
      ">", ">", "seq", "x1", " ", "\t", "  ", "\n", "\n", "\r\n", "\r", "ACGT", "acgt", "NNN",
      "RYSWKM", "u", "-", "é", "\u00a0", "\u2003", "\u000b", ">dup", "AC GT",
    };
    Random random = new Random(11);
    for (int round = 0; round < 3000; round++) {
      StringBuilder text = new StringBuilder(random.nextBoolean() ? ">s" + round + "\n" : "");
      int n = random.nextInt(30);
      for (int i = 0; i < n; i++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      assertSameOutcome(text.toString().getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void agreesAcrossBufferBoundariesWithHeadersAndLineEndsSplitAnywhere() {
    // Headers, CRLF pairs and runs of bases land on every offset around the 1 MiB buffer boundary.
    for (int shift = 0; shift < 40; shift += 3) {
      StringBuilder text = new StringBuilder(">first filler\n");
      String line = "ACGTacgtNN".repeat(6) + "\r\n";
      while (text.length() < (1 << 20) - 20 + shift) {
        text.append(line);
      }
      for (int i = 0; i < 8; i++) {
        text.append(">rec").append(i).append(" some description\r\nACGT ACGT\r\n\r\n");
      }
      assertSameOutcome(text.toString().getBytes(StandardCharsets.US_ASCII));
    }
  }

  @Test
  void agreesOnManyRecordsOfTheBenchmarkShape() {
    StringBuilder text = new StringBuilder();
    Random random = new Random(3);
    for (int n = 1; n <= 20_000; n++) {
      text.append(">seq").append(n).append(" label=").append(n % 2 == 0 ? "positive" : "negative");
      text.append('\n');
      for (int left = 200; left > 0; left -= 60) {
        for (int i = 0; i < Math.min(60, left); i++) {
          text.append("ACGT".charAt(random.nextInt(4)));
        }
        text.append('\n');
      }
    }
    Outcome outcome = assertSameOutcome(text.toString().getBytes(StandardCharsets.US_ASCII));

    assertEquals(20_000, outcome.records().size());
    assertEquals(20_000 * 5 - 4, outcome.records().get(20_000 - 1).source().line());
  }

  private Outcome assertSameOutcome(byte[] bytes) {
    String shown = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.UTF_8);
    Path plain = TestFiles.writeBytes(dir, "in.fa", bytes);
    Outcome expected = previous(plain);
    assertEquals(expected, current(plain), shown);
    Path gzip = TestFiles.writeBytes(dir, "in.fa.gz", TestFiles.gzip(bytes));
    Outcome fromGzip = current(gzip);
    assertEquals(expected.error() == null, fromGzip.error() == null, shown);
    if (expected.error() == null) {
      assertEquals(expected.records(), withFile(fromGzip.records(), plain), shown);
    } else {
      assertEquals(expected.error(), fromGzip.error().replace(gzip.toString(), plain.toString()));
    }
    return expected;
  }

  private static List<SequenceRecord> withFile(List<SequenceRecord> records, Path file) {
    return records.stream()
        .map(
            r ->
                new SequenceRecord(
                    r.id(),
                    r.description(),
                    r.bases(),
                    r.label(),
                    new SourceLocation(file.toString(), r.source().line())))
        .toList();
  }

  private static Outcome current(Path file) {
    try {
      FastaContents contents = FastaReader.readAll(file);
      assertFalse(contents.records().isEmpty());
      return new Outcome(contents.records(), contents.warnings(), null);
    } catch (InvalidInputException e) {
      assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
      return new Outcome(null, null, e.getMessage());
    }
  }

  private static Outcome previous(Path file) {
    try {
      FastaContents contents = PreviousFastaReader.readAll(file);
      return new Outcome(contents.records(), contents.warnings(), null);
    } catch (InvalidInputException e) {
      return new Outcome(null, null, e.getMessage());
    }
  }
}
