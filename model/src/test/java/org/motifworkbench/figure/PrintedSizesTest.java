package org.motifworkbench.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.motifworkbench.evaluation.ClassificationMetrics;
import org.motifworkbench.evaluation.Evaluator;
import org.motifworkbench.figure.PdfWords.Word;
import org.motifworkbench.figure.SequenceTrackFigure.AttentionTrack;
import org.motifworkbench.figure.SequenceTrackFigure.MarkedSite;
import org.motifworkbench.interpret.Attribution;
import org.motifworkbench.interpret.AttributionMethod;
import org.motifworkbench.motif.Motif;

/**
 * Every figure kind exported to PDF at a journal's single column (85 mm), its page width (170 mm)
 * and the figure's natural size, read back with PDFBox: the figure has text, no word is under 5 pt,
 * no two words touch or overlap, and no word runs off the page. Built from small in-memory data, so
 * it runs in seconds.
 */
class PrintedSizesTest {

  /** Words closer than this (points) read as one; a space in 7 pt text is about 2 pt. */
  static final double MIN_GAP = 0.8;

  static final double MIN_POINTS = 5;

  @TempDir Path dir;

  static Stream<Arguments> figures() {
    List<Arguments> out = new ArrayList<>();
    for (var named : kinds()) {
      for (String size : List.of("85 mm", "170 mm", "natural")) {
        out.add(Arguments.of(named.name(), size, named.figure()));
      }
    }
    return out.stream();
  }

  record Named(String name, Figure figure) {}

  static List<Named> kinds() {
    ClassificationMetrics two = metrics(List.of("negative", "positive"), 400);
    ClassificationMetrics three = metrics(List.of("promoter", "enhancer", "background"), 600);
    return List.of(
        new Named("ROC, 2 classes", Figure.of(EvaluationCharts.roc(two), 420, 300)),
        new Named("ROC, 3 classes", Figure.of(EvaluationCharts.roc(three), 420, 300)),
        new Named("PR, 2 classes", Figure.of(EvaluationCharts.precisionRecall(two), 420, 300)),
        new Named("PR, 3 classes", Figure.of(EvaluationCharts.precisionRecall(three), 420, 300)),
        new Named(
            "score distributions, 2 classes",
            Figure.of(EvaluationCharts.scoreDistributions(two), 420, 300)),
        new Named(
            "score distributions, 3 classes",
            Figure.of(EvaluationCharts.scoreDistributions(three), 420, 300)),
        new Named("confusion matrix, 2 classes", new ConfusionMatrixFigure(two.confusionMatrix())),
        new Named(
            "confusion matrix, 3 classes", new ConfusionMatrixFigure(three.confusionMatrix())),
        new Named("logo, 12 columns", SequenceLogoFigure.of(motif(12)).withTitle("MA0139.1 CTCF")),
        new Named("logo, 30 columns", SequenceLogoFigure.of(motif(30))),
        new Named("saliency track, 60 bp", track(60)),
        new Named("saliency track, 250 bp", track(250)),
        new Named("mutagenesis heat map, 60 bp", heatMap(60)),
        new Named("mutagenesis heat map, 250 bp", heatMap(250)),
        new Named(
            "attribution logo, gradient, 40 bp",
            AttributionLogoFigure.of(attribution(40, AttributionMethod.GRADIENT), 1, PALETTE)),
        new Named(
            "attribution logo, gradient x input, 150 bp of 1000",
            AttributionLogoFigure.of(
                attribution(150, AttributionMethod.GRADIENT_X_INPUT), 851, PALETTE)));
  }

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("figures")
  void everyWordIsReadableAndStandsFree(String name, String size, Figure figure) throws Exception {
    Path pdf = dir.resolve("figure.pdf");
    FigureExporter.export(figure, pdf, size(figure, size));
    PdfWords.Page page = PdfWords.read(pdf);

    List<String> problems = problems(page);
    assertTrue(problems.isEmpty(), name + " at " + size + ":\n  " + String.join("\n  ", problems));
  }

  @Test
  void logoSvgAndPdfHoldAxisTextAndTitleAsText() throws Exception {
    Figure logo = SequenceLogoFigure.of(motif(12)).withTitle("MA0139.1 CTCF");
    Path svg = dir.resolve("logo.svg");
    FigureExporter.export(logo, svg, FigureSize.ofWidth(logo, 85, 300));
    String text = Files.readString(svg);
    for (String word : List.of(">bits<", ">MA0139.1 CTCF<", ">12<")) {
      assertTrue(text.contains(word), "the SVG has " + word + " as text");
    }
    Path pdf = dir.resolve("logo.pdf");
    FigureExporter.export(logo, pdf, FigureSize.ofWidth(logo, 85, 300));
    List<String> words = PdfWords.read(pdf).words().stream().map(Word::text).toList();
    assertTrue(words.containsAll(List.of("bits", "MA0139.1", "CTCF", "0", "1", "2")), "" + words);
  }

  @Test
  void chartYAxisLabelsAndPanelNamesAreTextInPdf() throws Exception {
    Figure roc = Figure.of(EvaluationCharts.roc(metrics(List.of("a", "b"), 40)), 420, 300);
    Path pdf = dir.resolve("roc.pdf");
    FigureExporter.export(roc, pdf, FigureSize.ofWidth(roc, 85, 300));
    List<String> words = PdfWords.read(pdf).words().stream().map(Word::text).toList();
    assertTrue(words.contains("(recall)"), "the rotated y-axis label is text: " + words);

    List<String> classes = List.of("promoter", "enhancer", "background");
    Figure scores = Figure.of(EvaluationCharts.scoreDistributions(metrics(classes, 60)), 420, 300);
    FigureExporter.export(scores, pdf, FigureSize.ofWidth(scores, 85, 300));
    List<String> panels = PdfWords.read(pdf).words().stream().map(Word::text).toList();
    assertTrue(panels.containsAll(classes), "each panel names its class: " + panels);
  }

  @Test
  void aLongSequenceExportsAtMostAPageWideByDefault() {
    FigureSize natural = FigureSize.natural(track(250), 300);

    assertEquals(FigureSize.MAX_NATURAL_WIDTH_MM, natural.widthMm(), 1e-9);
    assertEquals(TypeScale.PRINT, natural.type());
    assertTrue(natural.widthPixels() <= 2126, "was 11,133 pixels wide: " + natural.widthPixels());
    FigureSize chart =
        FigureSize.natural(
            Figure.of(EvaluationCharts.roc(metrics(List.of("a", "b"), 40)), 420, 300), 300);
    assertEquals(TypeScale.SCREEN, chart.type(), "a chart keeps its on-screen look");
  }

  static FigureSize size(Figure figure, String size) {
    return switch (size) {
      case "85 mm" -> FigureSize.ofWidth(figure, 85, 300);
      case "170 mm" -> FigureSize.ofWidth(figure, 170, 300);
      default -> FigureSize.natural(figure, 300);
    };
  }

  /** Everything wrong with a page's words, one line each; empty when every word reads well. */
  static List<String> problems(PdfWords.Page page) {
    List<String> out = new ArrayList<>();
    List<Word> words = page.words();
    if (words.isEmpty()) {
      out.add("the figure has no text");
    }
    Rectangle2D media =
        new Rectangle2D.Double(
            page.media().getLowerLeftX() - 0.5,
            page.media().getLowerLeftY() - 0.5,
            page.media().getWidth() + 1,
            page.media().getHeight() + 1);
    for (int i = 0; i < words.size(); i++) {
      Word a = words.get(i);
      if (a.size() < MIN_POINTS - 1e-6) {
        out.add("under " + MIN_POINTS + " pt: " + a);
      }
      if (!media.contains(a.box())) {
        out.add("off the page (clipped): " + a);
      }
      for (int j = i + 1; j < words.size(); j++) {
        Word b = words.get(j);
        if (grown(a.box()).intersects(grown(b.box()))) {
          out.add("touching or overlapping: " + a + " and " + b);
        }
      }
    }
    return out;
  }

  private static Rectangle2D grown(Rectangle2D box) {
    double h = MIN_GAP / 2;
    return new Rectangle2D.Double(
        box.getX() - h, box.getY() - h, box.getWidth() + 2 * h, box.getHeight() + 2 * h);
  }

  /** A classifier that is right about 80 % of the time, from a fixed seed. */
  static ClassificationMetrics metrics(List<String> names, int n) {
    Random random = new Random(19);
    int k = names.size();
    int[] truth = new int[n];
    float[][] p = new float[n][k];
    for (int i = 0; i < n; i++) {
      truth[i] = i % k;
      double sum = 0;
      for (int c = 0; c < k; c++) {
        p[i][c] = (float) (random.nextDouble() + (c == truth[i] ? 1.2 : 0));
        sum += p[i][c];
      }
      for (int c = 0; c < k; c++) {
        p[i][c] /= (float) sum;
      }
    }
    return Evaluator.evaluate(truth, p, names);
  }

  static Motif motif(int width) {
    Random random = new Random(width);
    double[][] columns = new double[width][4];
    for (int i = 0; i < width; i++) {
      int top = random.nextInt(4);
      for (int b = 0; b < 4; b++) {
        columns[i][b] = b == top ? 0.4 + 0.6 * (i % 3) / 2.0 : random.nextDouble() * 0.3;
      }
    }
    return new Motif("MA" + width, "", columns).normalized();
  }

  static String sequence(int length) {
    Random random = new Random(length);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      s.append("ACGT".charAt(random.nextInt(4)));
    }
    return s.toString();
  }

  static SequenceTrackFigure track(int length) {
    Random random = new Random(7);
    float[] values = new float[length];
    for (int i = 0; i < length; i++) {
      values[i] = (float) (random.nextGaussian() * 0.3 + (i >= 20 && i < 32 ? 2 : 0));
    }
    float[] attention = new float[length - 14];
    for (int j = 0; j < attention.length; j++) {
      attention[j] = (float) Math.exp(-Math.abs(j - 12) / 4.0);
    }
    return new SequenceTrackFigure(
        sequence(length),
        values,
        List.of(new AttentionTrack(15, attention)),
        Optional.of(new MarkedSite(20, 32, "planted CGACCGAACTCC")),
        NucleotidePalette.STANDARD,
        "gradient \u00d7 input");
  }

  private static final NucleotidePalette PALETTE = NucleotidePalette.STANDARD;

  /** Gradients with a strong site in the middle; for other methods only the present base's. */
  static Attribution attribution(int length, AttributionMethod method) {
    Random random = new Random(13);
    String s = sequence(length);
    float[][] values = new float[length][4];
    float[] perPosition = new float[length];
    for (int i = 0; i < length; i++) {
      double site = Math.abs(i - length / 2) < 6 ? 1.5 : 0;
      for (int b = 0; b < 4; b++) {
        values[i][b] =
            (float)
                (random.nextGaussian() * 0.2
                    + ("ACGT".charAt(b) == s.charAt(i) ? site : -site / 3));
      }
      perPosition[i] = values[i]["ACGT".indexOf(s.charAt(i))];
      if (method != AttributionMethod.GRADIENT) {
        values[i] = new float[4];
        values[i]["ACGT".indexOf(s.charAt(i))] = perPosition[i];
      }
    }
    return new Attribution(s, 1, method, values, perPosition, 2f);
  }

  static MutagenesisHeatmapFigure heatMap(int length) {
    Random random = new Random(11);
    String s = sequence(length);
    float[][] values = new float[length][4];
    for (int i = 0; i < length; i++) {
      for (int b = 0; b < 4; b++) {
        values[i][b] = "ACGT".charAt(b) == s.charAt(i) ? 0 : (float) random.nextGaussian();
      }
    }
    return new MutagenesisHeatmapFigure(s, values, NucleotidePalette.STANDARD);
  }
}
