package org.motifworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentest4j.AssertionFailedError;

/**
 * Every malformed input a user may give, run through the command line in-process: each is refused
 * with exit 2, a message naming the file (or the option) and no stack trace, and no input file
 * changes; inputs that are unusual but valid (lowercase, IUPAC, CRLF, ...) are read. One tiny model
 * (one epoch) serves every case that needs a model.
 */
class MalformedInputTest {

  private static final int LENGTH = 50;

  @TempDir static Path shared;

  private static Path model;
  private static Path good;

  @TempDir Path dir;

  /**
   * One input case.
   *
   * @param name what is wrong, as shown in the test report
   * @param files file name to content, written into a fresh folder
   * @param args the command; {dir}, {model} and {good} are replaced
   * @param accepted true when the input is valid and must be read (exit 0)
   * @param expected texts the message (refused) or the output (accepted) must contain
   */
  record Case(
      String name,
      Map<String, byte[]> files,
      List<String> args,
      boolean accepted,
      List<String> expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  @BeforeAll
  static void trainTinyModel() {
    good = shared.resolve("good.fa");
    assertEquals(
        0,
        MainTest.run("simulate", "primer", "-n", "200", "--seed", "3", "-o", good.toString())
            .code());
    model = shared.resolve("tiny.mwb");
    MainTest.Run train =
        MainTest.run(
            "train",
            "-f",
            good.toString(),
            "--preset",
            "teaching",
            "--epochs",
            "1",
            "-o",
            model.toString());
    assertEquals(0, train.code(), train.err());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void malformedInputIsRefusedPlainly(Case c) throws Exception {
    for (Map.Entry<String, byte[]> f : c.files().entrySet()) {
      Path p = dir.resolve(f.getKey());
      Files.createDirectories(p.getParent());
      Files.write(p, f.getValue());
    }
    Map<Path, byte[]> before = snapshot();
    List<String> args =
        c.args().stream()
            .map(
                a ->
                    a.replace("{dir}", dir.toString())
                        .replace("{model}", model.toString())
                        .replace("{good}", good.toString()))
            .toList();
    MainTest.Run r;
    try {
      r =
          assertTimeoutPreemptively(
              Duration.ofSeconds(30),
              () -> MainTest.run(args.toArray(new String[0])),
              "hangs: " + c.name());
    } catch (AssertionFailedError hang) {
      report(c, "hang");
      throw hang;
    } catch (OutOfMemoryError crash) {
      report(c, "crash (OutOfMemoryError)");
      throw crash;
    }
    String all = r.out() + r.err();
    List<String> expected =
        c.expected().stream().map(e -> e.replace("{dir}", dir.toString())).toList();
    boolean changed = !unchanged(before, snapshot());
    report(
        c,
        (changed ? "file destroyed" : outcome(c, r, expected))
            + "\t"
            + (r.err().isBlank() ? r.out() : r.err()).strip().lines().findFirst().orElse(""));
    assertFalse(all.contains("Unexpected error"), all);
    assertFalse(all.contains("Exception"), all);
    assertFalse(all.matches("(?s).*\\tat [a-z]+\\..*"), "stack trace: " + all);
    assertEquals(c.accepted() ? 0 : Main.BAD_INPUT, r.code(), all);
    for (String e : expected) {
      assertTrue((c.accepted() ? all : r.err()).contains(e), "missing '" + e + "': " + all);
    }
    assertFalse(changed, "an input file changed");
  }

  @Test
  void predictKeepsOneRowPerRecordInOrderEvenWithoutBases() throws Exception {
    StringBuilder fasta = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      fasta.append(">r").append(i).append('\n').append(i == 117 ? "" : seq(i) + "\n");
    }
    Path in = Files.writeString(dir.resolve("in.fa"), fasta);
    Path out = dir.resolve("out.tsv");
    MainTest.Run r =
        MainTest.run("predict", "-m", model.toString(), "-i", in.toString(), "-o", out.toString());
    assertEquals(0, r.code(), r.err());
    List<String> rows = Files.readAllLines(out);
    assertEquals(201, rows.size(), "a header and one row per record");
    for (int i = 0; i < 200; i++) {
      assertTrue(rows.get(i + 1).startsWith("r" + i + "\t"), rows.get(i + 1));
    }
    assertEquals("r117\t\t\t", rows.get(118), "no prediction, empty probabilities");
    assertTrue(r.out().contains("Scored 199 sequences"), r.out());
    assertTrue(
        r.out().contains("1 records have a header but no bases, e.g. 'r117' (" + in + ":235)"),
        r.out());
  }

  /** How the command treated the case, in the classes of the table. */
  private static String outcome(Case c, MainTest.Run r, List<String> expected) {
    String all = r.out() + r.err();
    if (all.contains("Unexpected error")) {
      return "internal (Unexpected error)";
    }
    if (c.accepted()) {
      return r.code() == 0 && expected.stream().allMatch(all::contains)
          ? "accepted, read right"
          : "refused a valid input (exit " + r.code() + ")";
    }
    if (r.code() == 0) {
      return "silently wrong (exit 0)";
    }
    boolean plain =
        r.code() == Main.BAD_INPUT
            && !all.contains("Exception")
            && expected.stream().allMatch(r.err()::contains);
    return plain ? "clear error" : "vague error (exit " + r.code() + ")";
  }

  /** Appends "name <tab> outcome <tab> message" to the file named by -Dmwb.malformed.report. */
  private static void report(Case c, String outcome) throws IOException {
    String file = System.getProperty("mwb.malformed.report");
    if (file != null) {
      Files.writeString(
          Path.of(file),
          c.name() + "\t" + outcome + "\n",
          StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
    }
  }

  private static boolean unchanged(Map<Path, byte[]> before, Map<Path, byte[]> after) {
    for (Map.Entry<Path, byte[]> e : before.entrySet()) {
      if (isOutput(e.getKey()) || Arrays.equals(e.getValue(), after.get(e.getKey()))) {
        continue;
      }
      return false;
    }
    return true;
  }

  private static boolean isOutput(Path p) {
    return p.getFileName().toString().startsWith("out");
  }

  private Map<Path, byte[]> snapshot() throws IOException {
    Map<Path, byte[]> files = new LinkedHashMap<>();
    for (Path root : List.of(dir, shared)) {
      try (Stream<Path> s = Files.walk(root)) {
        for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
          files.put(p, Files.readAllBytes(p));
        }
      }
    }
    return files;
  }

  // ---- the cases -------------------------------------------------------------------------

  static Stream<Case> cases() {
    List<Case> all = new ArrayList<>();
    fasta(all);
    predict(all);
    labels(all);
    tables(all);
    settings(all);
    meme(all);
    options(all);
    return all.stream();
  }

  private static final String TRAIN = "train --preset teaching --epochs 1 -o {dir}/out.mwb";

  private static void fasta(List<Case> all) {
    String ok = records(20, "label=negative", "label=positive");
    refuse(
        all,
        "FASTA empty file",
        "in.fa",
        "",
        TRAIN + " -f {dir}/in.fa",
        "in.fa",
        "the file is empty");
    refuse(
        all,
        "FASTA only blank lines",
        "in.fa",
        "\n\n  \n",
        TRAIN + " -f {dir}/in.fa",
        "in.fa",
        "only blank lines");
    refuse(
        all,
        "FASTA only headers",
        "in.fa",
        ">a label=x\n>b label=y\n",
        TRAIN + " -f {dir}/in.fa",
        "in.fa",
        "no sequences");
    refuse(
        all,
        "FASTA binary junk",
        files("in.fa", junk()),
        TRAIN + " -f {dir}/in.fa",
        "in.fa",
        "not a FASTA text file");
    refuse(
        all,
        "FASTA '>' without id",
        "in.fa",
        ">\nACGT\n" + ok,
        TRAIN + " -f {dir}/in.fa",
        "in.fa:1",
        "no sequence id");
    refuse(
        all,
        "FASTA '>' and spaces only",
        "in.fa",
        ok + ">   \nACGT\n",
        TRAIN + " -f {dir}/in.fa",
        "in.fa:81",
        "no sequence id");
    refuse(
        all,
        "FASTA duplicate ids",
        "in.fa",
        ok + ">s1 label=negative\n" + seq(1) + "\n",
        TRAIN + " -f {dir}/in.fa",
        "in.fa:81",
        "'s1' is used twice");
    refuse(
        all,
        "FASTA invalid letter J",
        "in.fa",
        ">a label=x\nACGJT\n" + ok,
        TRAIN + " -f {dir}/in.fa",
        "in.fa:2",
        "'J'");
    refuse(
        all,
        "FASTA digits in a sequence",
        "in.fa",
        ">a label=x\nACGT12\n" + ok,
        TRAIN + " -f {dir}/in.fa",
        "in.fa:2",
        "'1'");
    refuse(
        all,
        "FASTA non-ASCII letter",
        "in.fa",
        ">a label=x\nACGTÄ\n" + ok,
        TRAIN + " -f {dir}/in.fa",
        "in.fa:2",
        "Ä");
    refuse(
        all,
        "FASTA sequence before the first header",
        "in.fa",
        "ACGT\n" + ok,
        TRAIN + " -f {dir}/in.fa",
        "in.fa:1",
        "before the first header");
    refuse(
        all,
        "FASTQ given as FASTA",
        "in.fa",
        "@r1\nACGT\n+\nIIII\n",
        TRAIN + " -f {dir}/in.fa",
        "in.fa:1",
        "FASTQ");
    refuse(
        all,
        "FASTA gzip truncated",
        files("in.fa.gz", truncate(gzip(ok), 30)),
        TRAIN + " -f {dir}/in.fa.gz",
        "in.fa.gz",
        "damaged or incomplete");
    refuse(
        all,
        "FASTA old Mac CR line ends",
        "in.fa",
        ok.replace('\n', '\r'),
        TRAIN + " -f {dir}/in.fa",
        "in.fa",
        "old Mac line ends");
    refuse(
        all,
        "FASTA saved as UTF-16",
        files("in.fa", ok.getBytes(StandardCharsets.UTF_16)),
        TRAIN + " -f {dir}/in.fa",
        "in.fa",
        "not a FASTA text file");
    refuse(
        all,
        "FASTA is a PDF",
        "in.fa",
        "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n",
        TRAIN + " -f {dir}/in.fa",
        "in.fa",
        "PDF");
    refuse(
        all,
        "FASTA is a zip archive",
        files("in.fa", zipBytes()),
        TRAIN + " -f {dir}/in.fa",
        "in.fa",
        "not a FASTA text file");
    refuse(
        all,
        "FASTA is a folder",
        files("in.fa/x.fa", bytes(ok)),
        TRAIN + " -f {dir}/in.fa",
        "in.fa",
        "this is a folder");
    refuse(
        all, "FASTA missing", Map.of(), TRAIN + " -f {dir}/none.fa", "none.fa", "does not exist");
    refuse(
        all,
        "FASTA one class only",
        "in.fa",
        records(20, "label=positive", "label=positive"),
        TRAIN + " -f {dir}/in.fa",
        "in.fa",
        "positive");
    refuse(
        all,
        "FASTA a header without label",
        "in.fa",
        ok + ">x\n" + seq(3) + "\n",
        TRAIN + " -f {dir}/in.fa",
        "in.fa:81",
        "no label");
    refuse(
        all,
        "FASTA no header has a label",
        "in.fa",
        records(20, "", ""),
        TRAIN + " -f {dir}/in.fa",
        "in.fa",
        "label");
    refuse(
        all,
        "FASTA one record past the length cap",
        "in.fa",
        ok + ">huge label=positive\n" + "ACGT".repeat(25_001) + "\n",
        TRAIN + " -f {dir}/in.fa",
        "in.fa:81",
        "'huge' is 100,004 bases long",
        "--length");
    refuse(
        all,
        "FASTA header line of 1 MiB without line breaks",
        "in.fa",
        ok + ">x " + "label=a ".repeat(150_000) + "\nACGT\n",
        TRAIN + " -f {dir}/in.fa",
        "in.fa:81",
        "header line is longer than 1048576 characters");
    refuse(
        all,
        "FASTA is HTML",
        "in.fa",
        "<!DOCTYPE html>\n<html><body>404</body></html>\n",
        TRAIN + " -f {dir}/in.fa",
        "in.fa",
        "");
    refuse(
        all,
        "FASTA class files: one is empty",
        files("a.fa", bytes(records(20, "", "")), "b.fa", new byte[0]),
        TRAIN + " -f {dir}/a.fa -f {dir}/b.fa",
        "b.fa",
        "empty");
    refuse(
        all,
        "FASTA class files: one is missing",
        files("a.fa", bytes(records(20, "", ""))),
        TRAIN + " -f {dir}/a.fa -f {dir}/b.fa",
        "b.fa",
        "does not exist");
    refuse(
        all,
        "FASTA class files: the same file twice",
        files("a.fa", bytes(records(20, "", ""))),
        TRAIN + " -f {dir}/a.fa -f {dir}/a.fa",
        "a.fa",
        "");
    refuse(
        all,
        "FASTA class files: a folder",
        files("a.fa", bytes(records(20, "", "")), "b/x.fa", bytes(ok)),
        TRAIN + " -f {dir}/a.fa -f {dir}/b",
        "/b",
        "folder");
    accept(
        all,
        "FASTA record past the cap, cropped by --length 50",
        "in.fa",
        ok + ">huge label=positive\n" + "ACGT".repeat(25_001) + "\n",
        TRAIN + " -f {dir}/in.fa --length 50",
        "41 sequences, classes {negative=20, positive=21}," + " input center 50");
    refuse(
        all,
        "FASTA record past the cap, --length 0",
        "in.fa",
        ok + ">huge label=positive\n" + "ACGT".repeat(25_001) + "\n",
        TRAIN + " -f {dir}/in.fa --length 0",
        "--length must be between 1 and 100000");
  }

  private static void predict(List<Case> all) {
    String ok = records(5, "", "");
    String predict = "predict -m {model} -o {dir}/out.tsv -i ";
    accept(
        all,
        "predict lowercase bases",
        "in.fa",
        ok.toLowerCase(Locale.ROOT).replace(">s", ">S"),
        predict + "{dir}/in.fa",
        "Scored 10 sequences");
    accept(
        all,
        "predict IUPAC codes",
        "in.fa",
        ">a\n" + "ACGTNRYSWKMBDHV".repeat(3) + "ACGTN\n",
        predict + "{dir}/in.fa",
        "Scored 1 sequences");
    accept(
        all,
        "predict CRLF line ends",
        "in.fa",
        ok.replace("\n", "\r\n"),
        predict + "{dir}/in.fa",
        "Scored 10 sequences");
    accept(
        all,
        "predict UTF-8 byte order mark",
        files("in.fa", concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, bytes(ok))),
        predict + "{dir}/in.fa",
        "Scored 10 sequences");
    accept(
        all,
        "predict gzip",
        files("in.fa.gz", gzip(ok)),
        predict + "{dir}/in.fa.gz",
        "Scored 10 sequences");
    accept(
        all,
        "predict gzip named .fa",
        files("in.fa", gzip(ok)),
        predict + "{dir}/in.fa",
        "Scored 10 sequences");
    accept(
        all,
        "predict blank lines and spaces",
        "in.fa",
        ok.replace("\n>", "\n\n  \n>").replace("ACG", "AC G"),
        predict + "{dir}/in.fa",
        "Scored 10 sequences");
    accept(
        all,
        "predict sequence split over lines",
        "in.fa",
        ">a\n" + seq(0).substring(0, 20) + "\n" + seq(0).substring(20) + "\n",
        predict + "{dir}/in.fa",
        "Scored 1 sequences");
    accept(
        all,
        "predict an empty record keeps its row",
        "in.fa",
        ">first\n" + seq(1) + "\n>empty\n>last\n" + seq(2) + "\n",
        predict + "{dir}/in.fa",
        "Scored 2 sequences",
        "1 records have a header but no bases, e.g. 'empty' ({dir}/in.fa:3)");
    accept(
        all,
        "predict repeated ids",
        "in.fa",
        ">a\n" + seq(1) + "\n>a\n" + seq(2) + "\n",
        predict + "{dir}/in.fa",
        "Scored 2 sequences");
    refuse(
        all,
        "predict input missing",
        Map.of(),
        predict + "{dir}/none.fa",
        "none.fa",
        "does not exist");
    refuse(
        all,
        "predict input is a folder",
        files("d/x.fa", bytes(ok)),
        predict + "{dir}/d",
        "/d",
        "folder");
    refuse(
        all,
        "predict input only headers",
        "in.fa",
        ">a\n>b\n",
        predict + "{dir}/in.fa",
        "in.fa",
        "no sequences");
    refuse(
        all,
        "predict input binary",
        files("in.fa", junk()),
        predict + "{dir}/in.fa",
        "in.fa",
        "not a FASTA");
    refuse(all, "predict input empty", "in.fa", "", predict + "{dir}/in.fa", "in.fa", "empty");
    refuse(
        all,
        "predict other length, fixed policy",
        "in.fa",
        ">long\n" + "ACGT".repeat(20) + "\n",
        predict + "{dir}/in.fa",
        "in.fa:1",
        "needs exactly 50");
    refuse(
        all,
        "predict invalid base",
        "in.fa",
        ">a\n" + seq(1).substring(1) + "J\n",
        predict + "{dir}/in.fa",
        "in.fa:2",
        "'J'");
    refuse(
        all,
        "predict --batch-size 0",
        "in.fa",
        ok,
        predict + "{dir}/in.fa --batch-size 0",
        "--batch-size must be between 1 and 8192 sequences (got 0)");
    refuse(
        all,
        "predict --batch-size -5",
        "in.fa",
        ok,
        predict + "{dir}/in.fa --batch-size -5",
        "--batch-size must be between 1 and 8192");
    refuse(
        all,
        "predict --batch-size 8193",
        "in.fa",
        ok,
        predict + "{dir}/in.fa --batch-size 8193",
        "--batch-size must be between 1 and 8192");
    refuse(
        all,
        "predict --batch-size 2000000000",
        "in.fa",
        ok,
        predict + "{dir}/in.fa --batch-size 2000000000",
        "--batch-size must be between");
    refuse(
        all,
        "predict --batch-size 1e3",
        "in.fa",
        ok,
        predict + "{dir}/in.fa --batch-size 1e3",
        "--batch-size");
    refuse(
        all,
        "predict --length-policy middle",
        "in.fa",
        ok,
        predict + "{dir}/in.fa --length-policy middle",
        "Choose fixed, center or left");
    refuse(
        all,
        "predict model missing",
        "in.fa",
        ok,
        "predict -m {dir}/none.mwb -o {dir}/out.tsv -i {dir}/in.fa",
        "none.mwb");
    refuse(
        all,
        "predict model is a FASTA",
        "in.fa",
        ok,
        "predict -m {dir}/in.fa -o {dir}/out.tsv -i {dir}/in.fa",
        "in.fa",
        "not a Motif Workbench model file");
    refuse(
        all,
        "predict model is a folder",
        files("m/x", bytes("x")),
        "predict -m {dir}/m -o {dir}/out.tsv -i {good}",
        "/m");
    refuse(
        all,
        "explain --ids of an unknown record",
        "in.fa",
        ok,
        "explain -m {model} -i {dir}/in.fa --ids nope -o {dir}/out.tsv",
        "in.fa",
        "nope");
    refuse(
        all,
        "explain --ids of a record without bases",
        "in.fa",
        ok + ">empty\n",
        "explain -m {model} -i {dir}/in.fa --ids empty -o {dir}/out.tsv",
        "in.fa:21",
        "Not found in {dir}/in.fa: empty.",
        "'empty' has a header but no sequence");
    accept(
        all,
        "evaluate data with a record without bases",
        "in.fa",
        records(10, "label=negative", "label=positive") + ">empty label=positive\n",
        "evaluate -m {model} -f {dir}/in.fa",
        "Warning: {dir}/in.fa:41: the record 'empty' has a"
            + " header but no sequence; it was skipped.",
        "on 20 sequences");
    refuse(
        all,
        "explain input missing",
        Map.of(),
        "explain -m {model} -i {dir}/none.fa -o {dir}/out.tsv",
        "none.fa",
        "does not exist");
    refuse(
        all,
        "explain input a folder",
        files("d/x", bytes(ok)),
        "explain -m {model} -i {dir}/d -o {dir}/out.tsv",
        "/d",
        "folder");
    refuse(
        all,
        "evaluate data missing",
        Map.of(),
        "evaluate -m {model} -f {dir}/none.fa",
        "none.fa",
        "does not exist");
    refuse(
        all,
        "evaluate data with other classes",
        "in.fa",
        records(10, "label=a", "label=b"),
        "evaluate -m {model} -f {dir}/in.fa",
        "in.fa:1",
        "class 'a'");
  }

  private static void labels(List<Case> all) {
    String seqs = records(10, "", "");
    String train = TRAIN + " -f {dir}/in.fa --labels {dir}/labels.txt";
    String classes = "negative\npositive\n".repeat(10);
    refuse(
        all,
        "labels: one row more",
        files("in.fa", bytes(seqs), "labels.txt", bytes(classes + "negative\n")),
        train,
        "labels.txt",
        "21 label rows");
    refuse(
        all,
        "labels: one row fewer",
        files(
            "in.fa",
            bytes(seqs),
            "labels.txt",
            bytes(classes.substring(0, classes.length() - "positive\n".length()))),
        train,
        "labels.txt",
        "19 label rows");
    refuse(
        all,
        "labels: non-numeric one-hot",
        files("in.fa", bytes(seqs), "labels.txt", bytes("1 0\n0 x\n".repeat(10))),
        train,
        "labels.txt:2",
        "x");
    refuse(
        all,
        "labels: two hot columns",
        files("in.fa", bytes(seqs), "labels.txt", bytes("1 0\n1 1\n".repeat(10))),
        train,
        "labels.txt:2");
    refuse(
        all,
        "labels: no hot column",
        files("in.fa", bytes(seqs), "labels.txt", bytes("1 0\n0 0\n".repeat(10))),
        train,
        "labels.txt:2");
    refuse(
        all,
        "labels: one-hot value 2",
        files("in.fa", bytes(seqs), "labels.txt", bytes("1 0\n0 2\n".repeat(10))),
        train,
        "labels.txt:2");
    refuse(
        all,
        "labels: one class only",
        files("in.fa", bytes(seqs), "labels.txt", bytes("positive\n".repeat(20))),
        train,
        "labels.txt",
        "positive");
    refuse(
        all,
        "labels: columns change",
        files("in.fa", bytes(seqs), "labels.txt", bytes("1 0\n0 1 0\n".repeat(10))),
        train,
        "labels.txt:2");
    refuse(
        all,
        "labels: --class count differs from columns",
        files("in.fa", bytes(seqs), "labels.txt", bytes("1 0\n0 1\n".repeat(10))),
        train + " --class a,b,c",
        "labels.txt",
        "2 columns");
    refuse(
        all,
        "labels: empty file",
        files("in.fa", bytes(seqs), "labels.txt", new byte[0]),
        train,
        "labels.txt",
        "empty");
    refuse(
        all,
        "labels: missing file",
        files("in.fa", bytes(seqs)),
        train,
        "labels.txt",
        "does not exist");
    refuse(
        all,
        "labels: a folder",
        files("in.fa", bytes(seqs), "labels.txt/x", bytes("x")),
        train,
        "labels.txt",
        "folder");
    refuse(
        all,
        "labels: binary",
        files("in.fa", bytes(seqs), "labels.txt", junk()),
        train,
        "labels.txt",
        "not a");
    refuse(
        all,
        "labels: plain sequences with a bad letter",
        files("seqs.txt", bytes(seq(1) + "\nACGTX\n"), "labels.txt", bytes("a\nb\n")),
        TRAIN + " --sequences {dir}/seqs.txt --labels {dir}/labels.txt",
        "seqs.txt:2",
        "'X'");
    refuse(
        all,
        "labels: --sequences without --labels",
        files("seqs.txt", bytes(seq(1))),
        TRAIN + " --sequences {dir}/seqs.txt",
        "--sequences needs a --labels file");
    refuse(
        all,
        "labels: with two FASTA files",
        files("in.fa", bytes(seqs), "labels.txt", bytes(classes)),
        TRAIN + " -f {dir}/in.fa -f {good} --labels {dir}/labels.txt",
        "--labels needs exactly one");
    refuse(
        all,
        "labels: --label-pattern with --labels",
        files("in.fa", bytes(seqs), "labels.txt", bytes(classes)),
        train + " --label-pattern x=(\\S+)",
        "--label-pattern");
  }

  private static void tables(List<Case> all) {
    StringBuilder rows = new StringBuilder("id\tsequence\tlabel\n");
    for (int i = 0; i < 20; i++) {
      rows.append("s")
          .append(i)
          .append('\t')
          .append(seq(i))
          .append('\t')
          .append(i % 2 == 0 ? "negative" : "positive")
          .append('\n');
    }
    String ok = rows.toString();
    String train = TRAIN + " --table {dir}/t.tsv";
    refuse(
        all,
        "table: a row with a missing column",
        "t.tsv",
        ok + "x\t" + seq(1) + "\n",
        train,
        "t.tsv:22");
    refuse(
        all,
        "table: a row with an extra column",
        "t.tsv",
        ok + "x\t" + seq(1) + "\ta\tb\n",
        train,
        "t.tsv:22");
    accept(
        all,
        "table: quoted fields",
        "t.tsv",
        ok.replace("s3\t", "\"s3\"\t").replace("positive", "\"positive\""),
        train,
        "classes {negative=10, positive=10}");
    refuse(all, "table: header only", "t.tsv", "id\tsequence\tlabel\n", train, "t.tsv");
    refuse(all, "table: empty", "t.tsv", "", train, "t.tsv", "empty");
    refuse(
        all, "table: invalid base", "t.tsv", ok + "x\tACGJ\tpositive\n", train, "t.tsv:22", "'J'");
    refuse(
        all,
        "table: duplicate ids",
        "t.tsv",
        ok + "s1\t" + seq(1) + "\tpositive\n",
        train,
        "t.tsv:22",
        "s1");
    refuse(
        all,
        "table: one class only",
        "t.tsv",
        ok.replace("negative", "positive"),
        train,
        "t.tsv",
        "positive");
    accept(
        all,
        "table: empty sequence cell",
        "t.tsv",
        ok + "x\t\tpositive\n",
        train,
        "Warning: {dir}/t.tsv:22: the sequence 'x' is empty; this row was skipped.");
    refuse(
        all, "table: empty label cell", "t.tsv", ok + "x\t" + seq(1) + "\t\n", train, "t.tsv:22");
    refuse(
        all,
        "table: CSV with tabs in a row",
        "t.csv",
        ok.replace('\t', ',') + "x\t" + seq(1) + "\tpositive\n",
        TRAIN + " --table {dir}/t.csv",
        "t.csv:22");
    refuse(all, "table: missing", Map.of(), train, "t.tsv", "does not exist");
    refuse(all, "table: binary", files("t.tsv", junk()), train, "t.tsv", "not a");
    refuse(all, "table: with --class", "t.tsv", ok, train + " --class a,b", "--class");
  }

  private static void settings(List<Case> all) {
    String train = TRAIN + " -f {good} --config {dir}/c.json";
    String[][] bad = {
      {"unknown section", "{\"trainin\": {\"epochs\": 1}}", "'trainin'"},
      {"unknown key", "{\"training\": {\"epoch\": 1}}", "'epoch'"},
      {"unknown network key", "{\"network\": {\"filter\": 8}}", "'filter'"},
      {"integer past 2^31", "{\"training\": {\"epochs\": 4294967298}}", "'training.epochs'"},
      {"fraction for an integer", "{\"training\": {\"epochs\": 7.5}}", "'training.epochs'"},
      {"null value", "{\"training\": {\"epochs\": null}}", "'training.epochs' is null"},
      {"null section", "{\"training\": null}", "'training'"},
      {"null list", "{\"network\": {\"kernelSizes\": null}}", "'network.kernelSizes' is null"},
      {"null in a list", "{\"network\": {\"kernelSizes\": [7, null]}}", "'network.kernelSizes'"},
      {"null preset", "{\"preset\": null}", "'preset'"},
      {"unknown preset", "{\"preset\": \"huge\"}", "huge"},
      {"number as text", "{\"training\": {\"epochs\": \"3\"}}", "'training.epochs'"},
      {
        "text for a boolean",
        "{\"training\": {\"reverseComplement\": \"yes\"}}",
        "'training.reverseComplement'"
      },
      {"number for a list", "{\"network\": {\"kernelSizes\": 7}}", "'network.kernelSizes'"},
      {"repeated key", "{\"training\": {\"epochs\": 1, \"epochs\": 2}}", "given twice"},
      {"NaN", "{\"training\": {\"learningRate\": NaN}}", "not valid JSON"},
      {"huge exponent", "{\"training\": {\"epochs\": 1e999999999}}", "'training.epochs'"},
      {"trailing text", "{\"training\": {}} x", "not valid JSON"},
      {"comment", "// settings\n{}", "not valid JSON"},
      {"trailing comma", "{\"training\": {\"epochs\": 1,}}", "not valid JSON"},
      {"array at the top", "[]", "must be a JSON object"},
      {"empty file", "", "empty"},
      {"out of range", "{\"training\": {\"epochs\": 0}}", "Epochs must be between"},
      {"kernel list empty", "{\"network\": {\"kernelSizes\": []}}", "kernel size"},
      {"dropout list length", "{\"network\": {\"denseUnits\": [32, 16]}}", "dropout rate"},
      {"batch size 1", "{\"training\": {\"batchSize\": 1}}", "Batch size must be between 2"},
      {"newer version", "{\"training\": {\"version\": 9}}", "newer"},
    };
    for (String[] b : bad) {
      refuse(all, "settings: " + b[0], "c.json", b[1], train, "c.json", b[2]);
    }
    refuse(all, "settings: missing", Map.of(), train, "c.json", "does not exist");
    refuse(all, "settings: a folder", files("c.json/x", bytes("{}")), train, "c.json", "folder");
    refuse(all, "settings: binary", files("c.json", junk()), train, "c.json", "not a");
    refuse(all, "settings: too large", files("c.json", new byte[(1 << 20) + 1]), train, "c.json");
  }

  private static final String MEME_HEAD =
      "MEME version 4\n\nALPHABET= ACGT\n\n"
          + "Background letter frequencies\nA 0.25 C 0.25 G 0.25 T 0.25\n\nMOTIF m1 one\n"
          + "letter-probability matrix: alength= 4 w= 2 nsites= 20 E= 0\n";

  private static void meme(List<Case> all) {
    String next = "\nMOTIF m2\nletter-probability matrix: alength= 4 w= 1\n1 0 0 0\n";
    String[][] bad = {
      {"NaN probability", "0.25 0.25 0.25 0.25\nNaN 0.5 0.25 0.25\n", "db.meme:11", "NaN"},
      {"Inf probability", "0.25 0.25 0.25 0.25\nInf 0 0 0\n", "db.meme:11", "Inf"},
      {"negative probability", "0.25 0.25 0.25 0.25\n-0.1 0.6 0.25 0.25\n", "db.meme:11", "-0.1"},
      {"counts not probabilities", "0.25 0.25 0.25 0.25\n5 3 1 1\n", "db.meme:11", "outside"},
      {"row not summing to 1", "0.25 0.25 0.25 0.25\n0.5 0.5 0.5 0\n", "db.meme:11", "add up"},
      {
        "more rows than w=",
        "0.25 0.25 0.25 0.25\n1 0 0 0\n0 1 0 0\n",
        "db.meme:12",
        "more matrix rows"
      },
      {
        "rows after a blank line",
        "0.25 0.25 0.25 0.25\n1 0 0 0\n\n0 1 0 0\n",
        "db.meme:13",
        "follows the end"
      },
      {"fewer rows than w=", "0.25 0.25 0.25 0.25\n", "db.meme:10", "only 1 matrix row"},
      {"short row", "0.25 0.25 0.25 0.25\n0.5 0.5\n", "db.meme:11", "2 numbers instead of 4"},
      {"not a number", "0.25 0.25 0.25 0.25\n0.5 0.5 x 0\n", "db.meme:11", "'x'"},
    };
    for (String[] b : bad) {
      refuse(
          all,
          "MEME: " + b[0],
          "db.meme",
          MEME_HEAD + b[1] + next,
          "figure logos --meme {dir}/db.meme -o {dir}/out",
          b[2],
          b[3]);
    }
    String one = "0.25 0.25 0.25 0.25\n1 0 0 0\n";
    refuse(
        all,
        "MEME: w= 0",
        "db.meme",
        MEME_HEAD.replace("w= 2", "w= 0") + one,
        "figure logos --meme {dir}/db.meme -o {dir}/out",
        "db.meme:9",
        "w= 0");
    refuse(
        all,
        "MEME: w= 2.5",
        "db.meme",
        MEME_HEAD.replace("w= 2", "w= 2.5") + one,
        "figure logos --meme {dir}/db.meme -o {dir}/out",
        "db.meme:9",
        "w= 2.5");
    refuse(
        all,
        "MEME: alength= 20",
        "db.meme",
        MEME_HEAD.replace("alength= 4", "alength= 20") + one,
        "figure logos --meme {dir}/db.meme -o {dir}/out",
        "db.meme:9",
        "alength");
    refuse(
        all,
        "MEME: protein alphabet",
        "db.meme",
        MEME_HEAD.replace("ACGT\n", "ACDEFGHIKLMNPQRSTVWY\n") + one,
        "figure logos --meme {dir}/db.meme -o {dir}/out",
        "db.meme:3",
        "DNA");
    refuse(
        all,
        "MEME: background NaN",
        "db.meme",
        MEME_HEAD.replace("G 0.25", "G NaN") + one,
        "figure logos --meme {dir}/db.meme -o {dir}/out",
        "db.meme:6",
        "NaN");
    refuse(
        all,
        "MEME: background not summing to 1",
        "db.meme",
        MEME_HEAD.replace("G 0.25", "G 0.75") + one,
        "figure logos --meme {dir}/db.meme -o {dir}/out",
        "db.meme:6",
        "add up");
    refuse(
        all,
        "MEME: motif without matrix",
        "db.meme",
        "MEME version 4\n\nMOTIF lost\n"
            + "MOTIF m2\nletter-probability matrix: alength= 4 w= 1\n1 0 0 0\n",
        "figure logos --meme {dir}/db.meme -o {dir}/out",
        "db.meme:3",
        "no 'letter-probability");
    refuse(
        all,
        "MEME: no motif",
        "db.meme",
        "MEME version 4\n\nALPHABET= ACGT\n",
        "figure logos --meme {dir}/db.meme -o {dir}/out",
        "db.meme",
        "no motif");
    refuse(
        all,
        "MEME: a FASTA file",
        "db.meme",
        ">s\nACGT\n",
        "figure logos --meme {dir}/db.meme -o {dir}/out",
        "db.meme:1",
        "not a MEME");
    refuse(
        all,
        "MEME: empty",
        "db.meme",
        "",
        "figure logos --meme {dir}/db.meme -o {dir}/out",
        "db.meme",
        "empty");
    refuse(
        all,
        "MEME: binary",
        files("db.meme", junk()),
        "figure logos --meme {dir}/db.meme -o {dir}/out",
        "db.meme",
        "not a");
    refuse(
        all,
        "MEME: latin-1 text",
        files(
            "db.meme",
            (MEME_HEAD + one).replace("one", "\u00e9").getBytes(StandardCharsets.ISO_8859_1)),
        "figure logos --meme {dir}/db.meme -o {dir}/out",
        "db.meme",
        "not UTF-8");
    refuse(
        all,
        "MEME: figure logos file missing",
        Map.of(),
        "figure logos --meme {dir}/none.meme -o {dir}/out",
        "none.meme",
        "does not exist");
    refuse(
        all,
        "MEME: motifs --db missing",
        Map.of(),
        "motifs -m {model} --db {dir}/none.meme -o {dir}/out",
        "none.meme",
        "does not exist");
    refuse(
        all,
        "MEME: motifs --db a folder",
        files("db/x", bytes("x")),
        "motifs -m {model} --db {dir}/db -o {dir}/out",
        "/db",
        "folder");
    refuse(
        all,
        "MEME: motifs --db NaN",
        "db.meme",
        MEME_HEAD + "NaN 0 0 0\n1 0 0 0\n",
        "motifs -m {model} --db {dir}/db.meme -o {dir}/out",
        "db.meme:10",
        "NaN");
    refuse(
        all,
        "MEME: simulate pwm --meme missing",
        Map.of(),
        "simulate pwm --meme {dir}/none.meme --motif m1 -n 10 -o {dir}/out.fa",
        "none.meme",
        "does not exist");
    refuse(
        all,
        "MEME: simulate pwm NaN",
        "db.meme",
        MEME_HEAD + "NaN 0 0 0\n1 0 0 0\n",
        "simulate pwm --meme {dir}/db.meme --motif m1 -n 10 -o {dir}/out.fa",
        "db.meme:10",
        "NaN");
    refuse(
        all,
        "MEME: simulate pwm unknown motif",
        "db.meme",
        MEME_HEAD + one,
        "simulate pwm --meme {dir}/db.meme --motif nope -n 10 -o {dir}/out.fa",
        "db.meme",
        "nope");
  }

  private static void options(List<Case> all) {
    String train = TRAIN + " -f {good}";
    String untimed = "train --preset teaching -o {dir}/out.mwb -f {good}";
    String[][] bad = {
      {untimed + " --epochs -1", "--epochs must be between 1 and 10000 (got -1)."},
      {untimed + " --epochs 0", "--epochs must be between"},
      {untimed + " --epochs 4294967298", "--epochs"},
      {
        train + " --batch-size 0",
        "--batch-size must be between 2 and 8192 (got 0); batch norm"
            + " needs at least 2 sequences per batch."
      },
      {train + " --batch-size -1", "--batch-size must be between"},
      {train + " --batch-size 100000", "--batch-size must be between"},
      {train + " --split 0.5,0.5,0.5", "add up to 1"},
      {train + " --split 0.8,0.2", "--split needs three fractions"},
      {train + " --split a,b,c", "--split"},
      {train + " --split -0.2,0.6,0.6", "The training fraction must be between 0 and 1"},
      {"train --epochs 1 -o {dir}/out.mwb -f {good} --preset huge", "Unknown model preset 'huge'"},
      {train + " --class a,b", "--class"},
      {TRAIN + " -f {good} -f {good} --class a", "one class name per file"},
      {train + " --length 0", "--length must be between 1 and 100000 (got 0)"},
      {train + " --length 5000000", "--length must be between 1 and 100000"},
      {
        train + " --length-policy middle",
        "--length-policy must be 'center', 'left' or 'fixed' (got 'middle')"
      },
      {train + " --lr 0", "--lr must be above 0 and at most 1 (got 0.0)."},
      {train + " --lr NaN", "--lr must be above 0"},
      {train + " --patience -2", "--patience must be at least 0 (got -2)."},
      {train + " --plateau-patience -1", "--plateau-patience must be at least 0"},
      {train + " --plateau-factor 1", "--plateau-factor must be above 0 and below 1 (got 1.0)."},
      {train + " --min-lr -1", "--min-lr must be between 0 and 1"},
      {
        train + " --lr 0.01 --min-lr 0.1",
        "Minimum learning rate must be at most the learning" + " rate (got 0.1 and 0.01)."
      },
      {
        train + " --class-weights heavy",
        "--class-weights must be 'none' or 'balanced' (got" + " 'heavy')."
      },
      {train + " --threads 0", "--threads must be between 1 and 1024 threads (got 0)"},
      {train + " --threads -3", "--threads must be between"},
      {train + " --device gpu7", "no device 'gpu7'"},
      {train + " --label-pattern (", "not a valid regular expression"},
      {train + " --label-pattern label=\\S+", "exactly one group"},
      {TRAIN + " -f {good} -f {good} --label-pattern x=(\\S+)", "--label-pattern"},
      {"explain -m {model} -i {good} --max 0 -o {dir}/out.tsv", "--max must be between 1"},
      {"explain -m {model} -i {good} --max -4 -o {dir}/out.tsv", "--max must be between 1"},
      {
        "explain -m {model} -i {good} --max 1 --method integrated-gradients --steps 0 -o"
            + " {dir}/out.tsv",
        "1 to 1000 steps"
      },
      {"explain -m {model} -i {good} --method saliency -o {dir}/out.tsv", "Unknown method"},
      {
        "explain -m {model} -i {good} --max 1 --method integrated-gradients --baseline zero -o"
            + " {dir}/out.tsv",
        "Unknown baseline"
      },
      {"explain -m {model} -i {good} --target-class nope -o {dir}/out.tsv", "nope"},
      {"motifs -m {model} --max-sequences 0 -o {dir}/out", "--max-sequences must be between"},
      {"motifs -m {model} --top 0 -o {dir}/out", "--top must be between 1"},
      {"motifs -m {model} --top -1 -o {dir}/out", "--top must be between 1"},
      {"motifs -m {model} --method saliency -o {dir}/out", "Unknown method"},
      {"motifs -m {model} --target-class nope -o {dir}/out", "nope"},
      {
        "evaluate -m {model} --explanation-score --explanation-limit -5",
        "--explanation-limit must be between 1"
      },
      {"evaluate -m {model} -f {good} --class a,b", "--class"},
      {"figure evaluation -m {model} -o {dir}/out --format gif", ".png, .svg or .pdf"},
      {"figure evaluation -m {model} -o {dir}/out --dpi 0", "between 36 and 2400 dpi"},
      {"figure evaluation -m {model} -o {dir}/out --width-mm -5", "between 5 and 2000 mm"},
      {"figure saliency -m {model} -i {good} --max 0 -o {dir}/out", "--max must be between 1"},
      {"simulate primer -n 0 -o {dir}/out.fa", "number of sequences"},
      {"simulate primer -n 100 --length 0 -o {dir}/out.fa", "sequence length"},
      {"simulate nosuchtask -n 10 -o {dir}/out.fa", "nosuchtask"},
    };
    for (String[] b : bad) {
      all.add(
          new Case(
              "option: "
                  + b[0].replaceAll(" -o \\S+| \\{\\w+\\}", "")
                      .replaceAll(" --epochs 1| --preset teaching", ""),
              Map.of(),
              split(b[0]),
              false,
              List.of(b[1])));
    }
  }

  // ---- helpers ---------------------------------------------------------------------------

  private static void refuse(
      List<Case> all, String name, String file, String content, String args, String... expected) {
    refuse(all, name, files(file, bytes(content)), args, expected);
  }

  private static void refuse(
      List<Case> all, String name, Map<String, byte[]> files, String args, String... expected) {
    List<String> texts =
        Arrays.stream(expected)
            .filter(e -> !e.isEmpty())
            .map(
                e ->
                    e.matches("/\\w+|[\\w.-]+\\.[a-z]+(:\\d+)?")
                        ? "{dir}/" + e.replaceFirst("^/", "")
                        : e)
            .toList();
    all.add(new Case(name, files, split(args), false, texts));
  }

  private static void accept(
      List<Case> all, String name, String file, String content, String args, String... expected) {
    accept(all, name, files(file, bytes(content)), args, expected);
  }

  private static void accept(
      List<Case> all, String name, Map<String, byte[]> files, String args, String... expected) {
    all.add(new Case(name, files, split(args), true, List.of(expected)));
  }

  private static List<String> split(String args) {
    return List.of(args.trim().split(" +"));
  }

  private static Map<String, byte[]> files(Object... nameAndContent) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    for (int i = 0; i < nameAndContent.length; i += 2) {
      out.put((String) nameAndContent[i], (byte[]) nameAndContent[i + 1]);
    }
    return out;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** A fixed random sequence of the model's length. */
  private static String seq(int seed) {
    Random r = new Random(seed);
    StringBuilder b = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      b.append("ACGT".charAt(r.nextInt(4)));
    }
    return b.toString();
  }

  /** 2n records s0, s1, ... alternating the two header tails. */
  private static String records(int n, String even, String odd) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 2 * n; i++) {
      String tail = i % 2 == 0 ? even : odd;
      b.append(">s")
          .append(i)
          .append(tail.isEmpty() ? "" : " " + tail)
          .append('\n')
          .append(seq(i))
          .append('\n');
    }
    return b.toString();
  }

  private static byte[] junk() {
    byte[] b = new byte[4096];
    new Random(7).nextBytes(b);
    b[0] = '>';
    return b;
  }

  private static byte[] zipBytes() {
    byte[] b = Arrays.copyOf(new byte[] {'P', 'K', 3, 4}, 200);
    return b;
  }

  private static byte[] gzip(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes(text));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  private static byte[] truncate(byte[] b, int n) {
    return Arrays.copyOf(b, n);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
