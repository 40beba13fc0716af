package org.motifworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.motif.MemeFile;
import org.motifworkbench.motif.MemeFormat;
import org.motifworkbench.motif.Motif;
import org.motifworkbench.network.Backend;
import org.motifworkbench.network.EngineCpuCheck;
import org.motifworkbench.sequence.HeaderLabelReader;
import org.motifworkbench.workflow.HistoryCsv;
import picocli.CommandLine;

/** The command-line tool end to end: simulate, train, evaluate, predict, and bad input. */
class MainTest {

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    CommandLine cli = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void simulateTrainEvaluatePredict() throws Exception {
    Path fasta = dir.resolve("primer.fa");
    Run sim = run("simulate", "primer", "-n", "800", "--seed", "5", "-o", fasta.toString());
    assertEquals(0, sim.code(), sim.err());
    assertTrue(sim.out().contains("Accuracy ceiling"), sim.out());
    assertTrue(Files.exists(dir.resolve("primer.ceiling.json")));

    Path model = dir.resolve("primer.mwb");
    Path metrics = dir.resolve("metrics.json");
    Run train =
        run(
            "train",
            "-f",
            fasta.toString(),
            "--preset",
            "teaching",
            "--epochs",
            "12",
            "--batch-size",
            "32",
            "-o",
            model.toString(),
            "--metrics",
            metrics.toString(),
            "--history",
            dir.resolve("history.csv").toString());
    assertEquals(0, train.code(), train.err());
    assertTrue(
        train.out().contains("epoch 12/12") || train.out().contains("Stopped early"), train.out());
    assertTrue(train.out().contains("against a ceiling of 1.0000"), train.out());
    assertTrue(Files.readString(metrics).contains("\"roc_auc\""));
    List<String> history = Files.readAllLines(dir.resolve("history.csv"));
    assertEquals(HistoryCsv.HEADER, history.get(0));
    assertTrue(history.size() >= 2 && history.get(1).startsWith("1,"), history.toString());

    Run eval =
        run("evaluate", "-m", model.toString(), "--explanation-score", "--explanation-limit", "20");
    assertEquals(0, eval.code(), eval.err());
    assertTrue(eval.out().contains("on 160 sequences (the recorded test split)"), eval.out());
    assertTrue(
        eval.out()
            .contains(
                "Based on 20 correctly classified sequences (of 80 with a" + " planted site)."),
        eval.out());
    assertTrue(
        eval.out().matches("(?s).*Gradient \u00d7 input +(0\\.9\\d\\d|1\\.000)  \\(\\d+ of 20, .*"),
        eval.out());

    Path table = dir.resolve("predictions.tsv");
    Run predict =
        run("predict", "-m", model.toString(), "-i", fasta.toString(), "-o", table.toString());
    assertEquals(0, predict.code(), predict.err());
    List<String> lines = Files.readAllLines(table);
    assertEquals("id\tpredicted\tnegative\tpositive", lines.get(0));
    assertEquals(801, lines.size());
    Map<String, String> labels = new HashMap<>();
    HeaderLabelReader.read(fasta).records().forEach(rec -> labels.put(rec.id(), rec.label()));
    long correct =
        lines.stream()
            .skip(1)
            .map(l -> l.split("\t"))
            .filter(cols -> cols[1].equals(labels.get(cols[0])))
            .count();
    assertTrue(correct >= 0.95 * 800, correct + " of 800 predicted correctly");

    Path longer = dir.resolve("longer.fa");
    Files.writeString(longer, ">long1\n" + "ACGT".repeat(20) + "\n");
    Run refused =
        run(
            "predict",
            "-m",
            model.toString(),
            "-i",
            longer.toString(),
            "-o",
            dir.resolve("x.tsv").toString());
    assertEquals(Main.BAD_INPUT, refused.code());
    assertTrue(refused.err().contains("needs exactly 50"), refused.err());
    Run centred =
        run(
            "predict",
            "-m",
            model.toString(),
            "-i",
            longer.toString(),
            "--length-policy",
            "center",
            "-o",
            dir.resolve("x.tsv").toString());
    assertEquals(0, centred.code(), centred.err());
    Run badPolicy =
        run(
            "predict",
            "-m",
            model.toString(),
            "-i",
            longer.toString(),
            "--length-policy",
            "middle",
            "-o",
            dir.resolve("x.tsv").toString());
    assertTrue(badPolicy.err().contains("Choose fixed, center or left"), badPolicy.err());
    // scoring keeps no ids (memory stays flat): a repeated id is scored as its own row, in order
    Path repeated = dir.resolve("repeated.fa");
    Files.writeString(
        repeated, ">r1\n" + "ACGT".repeat(12) + "AC\n>r1\n" + "TTGA".repeat(12) + "TT\n");
    Path repeatedOut = dir.resolve("repeated.tsv");
    Run twice =
        run(
            "predict",
            "-m",
            model.toString(),
            "-i",
            repeated.toString(),
            "-o",
            repeatedOut.toString());
    assertEquals(0, twice.code(), twice.err());
    List<String> repeatedRows = Files.readAllLines(repeatedOut);
    assertEquals(3, repeatedRows.size());
    assertTrue(repeatedRows.get(1).startsWith("r1\t") && repeatedRows.get(2).startsWith("r1\t"));

    Path explained = dir.resolve("explained.tsv");
    Run explain =
        run(
            "explain",
            "-m",
            model.toString(),
            "-i",
            fasta.toString(),
            "--max",
            "2",
            "--method",
            "all",
            "-o",
            explained.toString());
    assertEquals(0, explain.code(), explain.err());
    List<String> rows = Files.readAllLines(explained);
    assertEquals(
        "id\tmethod\tclass\tposition_1based\tbase\tattribution\tA\tC\tG\tT"
            + "\tattention_k7\tattention_k15",
        rows.get(0));
    assertEquals(1 + 2 * 4 * 50, rows.size(), "2 sequences x 4 methods x 50 positions");

    Path motifs = dir.resolve("motifs");
    Run motif = run("motifs", "-m", model.toString(), "-o", motifs.toString());
    assertEquals(0, motif.code(), motif.err());
    assertTrue(motif.out().contains("Discovered"), motif.out());
    assertTrue(Files.readString(motifs.resolve("filters.meme")).startsWith("MEME version 4"));
    assertTrue(Files.readString(motifs.resolve("discovered.tsv")).startsWith("id\tsupport"));
    assertMemeKeepsSiteCounts(motifs);

    Path figures = dir.resolve("figures");
    Run saliency =
        run(
            "figure",
            "saliency",
            "-m",
            model.toString(),
            "-i",
            fasta.toString(),
            "--max",
            "1",
            "-o",
            figures.toString(),
            "--format",
            "png",
            "--width-mm",
            "170",
            "--dpi",
            "300");
    assertEquals(0, saliency.code(), saliency.err());
    String first = HeaderLabelReader.read(fasta).records().get(0).id();
    var png = javax.imageio.ImageIO.read(figures.resolve("saliency-" + first + ".png").toFile());
    assertEquals(2008, png.getWidth(), "170 mm at 300 dpi");
    assertTrue(Files.isRegularFile(figures.resolve("mutagenesis-" + first + ".png")));
    Run evaluation =
        run(
            "figure",
            "evaluation",
            "-m",
            model.toString(),
            "-o",
            figures.toString(),
            "--format",
            "svg");
    assertEquals(0, evaluation.code(), evaluation.err());
    for (String name :
        List.of("confusion-matrix", "roc-curve", "precision-recall", "score-distributions")) {
      assertTrue(Files.readString(figures.resolve(name + ".svg")).contains("<svg"), name);
    }
    Run logos =
        run(
            "figure",
            "logos",
            "--meme",
            motifs.resolve("discovered.meme").toString(),
            "-o",
            figures.toString(),
            "--format",
            "pdf",
            "--palette",
            "colour-blind");
    assertEquals(0, logos.code(), logos.err());
    assertTrue(logos.out().contains("logo-"), logos.out());
    Run badFormat =
        run(
            "figure",
            "logos",
            "--meme",
            motifs.resolve("discovered.meme").toString(),
            "-o",
            figures.toString(),
            "--format",
            "gif");
    assertEquals(Main.BAD_INPUT, badFormat.code());
    assertTrue(badFormat.err().contains(".png, .svg or .pdf"), badFormat.err());
  }

  /**
   * The MEME files carry each motif's own site count (the tables' sites and support columns), its
   * name alone, and the data's background on both strands instead of a uniform one.
   */
  private static void assertMemeKeepsSiteCounts(Path motifs) throws IOException {
    MemeFile filters = MemeFormat.read(motifs.resolve("filters.meme"));
    Map<String, Integer> sites = new HashMap<>();
    for (String row : Files.readAllLines(motifs.resolve("filters.tsv")).stream().skip(1).toList()) {
      String[] f = row.split("\t");
      sites.put(f[0], Integer.valueOf(f[3]));
    }
    for (Motif m : filters.motifs()) {
      assertEquals(sites.get(m.id()), m.sites(), m.id());
      assertEquals("", m.altName(), m.id());
    }
    MemeFile discovered = MemeFormat.read(motifs.resolve("discovered.meme"));
    String[] first = Files.readAllLines(motifs.resolve("discovered.tsv")).get(1).split("\t");
    assertEquals("discovered_1", discovered.motifs().get(0).displayName());
    assertEquals(Integer.parseInt(first[1]), discovered.motifs().get(0).sites());
    double[] background = discovered.background();
    assertEquals(background[0], background[3], 1e-6, "A = T on both strands");
    assertArrayEquals(background, filters.background(), 0);
    assertTrue(
        Files.readString(motifs.resolve("discovered.meme"))
            .contains("sequences the motifs come from, both strands):"));
  }

  @Test
  void badInputGivesAClearMessageAndExitCode2() throws Exception {
    Path notFasta = dir.resolve("notes.fa");
    Files.writeString(notFasta, "hello\n>seq1\nACGT\n");
    Run r = run("train", "-f", notFasta.toString(), "-o", dir.resolve("m.mwb").toString());
    assertEquals(Main.BAD_INPUT, r.code());
    assertTrue(r.err().contains("notes.fa:1"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());

    Run noModel = run("evaluate", "-m", notFasta.toString());
    assertEquals(Main.BAD_INPUT, noModel.code());
    assertTrue(noModel.err().contains("not a Motif Workbench model file"), noModel.err());

    Run badPreset = run("train", "-f", notFasta.toString(), "--preset", "huge", "-o", "x.mwb");
    assertEquals(Main.BAD_INPUT, badPreset.code());
    assertTrue(badPreset.err().contains("Unknown model preset 'huge'"), badPreset.err());

    Path fasta = dir.resolve("tiny.fa");
    run("simulate", "primer", "-n", "100", "-o", fasta.toString());
    Run badDevice = run("train", "-f", fasta.toString(), "--device", "gpu7", "-o", "x.mwb");
    assertEquals(Main.BAD_INPUT, badDevice.code());
    assertTrue(badDevice.err().contains("no device 'gpu7'; it sees cpu"), badDevice.err());
  }

  @Test
  void configFileOverridesOnlyTheGivenKeys() throws Exception {
    Path config = dir.resolve("c.json");
    Files.writeString(
        config,
        "{\"preset\": \"teaching\", \"training\": {\"epochs\": 1, "
            + "\"batchSize\": 16}, \"network\": {\"filters\": 8}}");
    Path fasta = dir.resolve("p.fa");
    run("simulate", "primer", "-n", "200", "-o", fasta.toString());
    Run r =
        run(
            "train",
            "-f",
            fasta.toString(),
            "--config",
            config.toString(),
            "-o",
            dir.resolve("m.mwb").toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("epoch 1/1"), r.out());

    Files.writeString(config, "{\"training\": {\"epoch\": 1}}");
    Run bad = run("train", "-f", fasta.toString(), "--config", config.toString(), "-o", "m.mwb");
    assertEquals(Main.BAD_INPUT, bad.code());
    assertTrue(bad.err().contains("unknown setting 'epoch'"), bad.err());
  }

  @Test
  void engineCommandNamesDeviceAndExplainsGpu() {
    Run r = run("engine");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("PyTorch"), r.out());
    assertTrue(r.out().contains("PYTORCH_LIBRARY_PATH"), r.out());
    // the tests run with the vector module, so on the CPU the Java kernels compute
    assertTrue(r.out().contains("Device:   cpu (CPU)"), r.out());
    assertTrue(r.out().contains("Computes: Java kernels (java), chosen automatically"), r.out());
    assertFalse(r.out().contains("cannot"), r.out());
    assertFalse(r.out().contains("Caution"), r.out());
  }

  @Test
  void engineCommandCautionsWhereTheEnginesCpuGradientsAreUnreliable() {
    String before = System.getProperty(Backend.PROPERTY);
    System.setProperty(Backend.PROPERTY, "engine");
    try {
      Run r = run("engine");
      assertEquals(0, r.code(), r.err());
      assertTrue(r.out().contains("Computes: PyTorch engine (engine), chosen by -D"), r.out());
      // only on a machine that hides its processor's caches (EngineCpuCheck)
      assertEquals(
          EngineCpuCheck.problem().isPresent(),
          r.out().contains("Caution:  this machine"),
          r.out());
    } finally {
      if (before == null) {
        System.clearProperty(Backend.PROPERTY);
      } else {
        System.setProperty(Backend.PROPERTY, before);
      }
    }
  }
}
