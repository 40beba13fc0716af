package org.motifworkbench.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Exported files are what journals accept: right size, right resolution, real text. */
class FigureExporterTest {

  @TempDir Path dir;

  /** A green left half, and the letters ACGT in the figure font. */
  private static final Figure SAMPLE =
      new Figure() {
        @Override
        public double preferredWidth() {
          return 200;
        }

        @Override
        public double preferredHeight() {
          return 100;
        }

        @Override
        public void draw(Graphics2D g, Rectangle2D area) {
          g.setColor(NucleotidePalette.STANDARD.base('A'));
          g.fill(
              new Rectangle2D.Double(
                  area.getX(), area.getY(), area.getWidth() / 2, area.getHeight()));
          g.setColor(Color.BLACK);
          g.setFont(FigureFonts.bold(18));
          g.drawString(
              "ACGT",
              (float) (area.getX() + area.getWidth() * 0.6),
              (float) (area.getY() + area.getHeight() / 2));
        }
      };

  @Test
  void pngHasTheRequestedPixelsAndRecordsItsResolution() throws Exception {
    Path png = dir.resolve("fig.png");
    FigureSize size = new FigureSize(85, 42.5, 300);
    FigureExporter.export(SAMPLE, png, size);

    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(1004, image.getWidth(), "85 mm at 300 dpi");
    assertEquals(502, image.getHeight());
    assertEquals(
        NucleotidePalette.STANDARD.base('A').getRGB(),
        image.getRGB(100, 250),
        "the figure is drawn scaled to the page: its left half is green");
    assertEquals(Color.WHITE.getRGB(), image.getRGB(990, 20), "a white background");
    assertEquals(11811, pixelsPerMetre(png), "300 dpi = 11811 pixels per metre");
  }

  @Test
  void svgIsXmlWithThePrintedSizeAndTheLettersAsText() throws Exception {
    Path svg = dir.resolve("fig.svg");
    FigureExporter.export(SAMPLE, svg, new FigureSize(85, 42.5, 300));

    DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
    // The SVG 1.1 DOCTYPE names a DTD on the web; this machine (like our users') is offline.
    xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    Document doc = xml.newDocumentBuilder().parse(svg.toFile());
    assertEquals(
        "svg",
        doc.getDocumentElement().getLocalName() == null
            ? doc.getDocumentElement().getNodeName()
            : doc.getDocumentElement().getLocalName());
    assertEquals("85mm", doc.getDocumentElement().getAttribute("width"));
    assertEquals("42.5mm", doc.getDocumentElement().getAttribute("height"));
    NodeList texts = doc.getElementsByTagName("text");
    List<String> words = new ArrayList<>();
    for (int i = 0; i < texts.getLength(); i++) {
      words.add(texts.item(i).getTextContent().trim());
    }
    assertTrue(words.contains("ACGT"), "letters are text, not outlines: " + words);
    assertTrue(Files.readString(svg).contains("DejaVu Sans"), "the figure typeface is named");
  }

  @Test
  void pdfOpensWithThePageSizeAndEmbeddedSearchableText() throws Exception {
    Path pdf = dir.resolve("fig.pdf");
    FigureExporter.export(SAMPLE, pdf, new FigureSize(85, 42.5, 300));

    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      assertEquals(1, doc.getNumberOfPages());
      PDPage page = doc.getPage(0);
      assertEquals(85 / 25.4 * 72, page.getMediaBox().getWidth(), 0.01);
      assertEquals(42.5 / 25.4 * 72, page.getMediaBox().getHeight(), 0.01);
      assertTrue(new PDFTextStripper().getText(doc).contains("ACGT"), "text is real text");
      List<PDFont> fonts = new ArrayList<>();
      page.getResources()
          .getXObjectNames()
          .forEach(
              name -> {
                try {
                  var form =
                      (org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject)
                          page.getResources().getXObject(name);
                  for (var f : form.getResources().getFontNames()) {
                    fonts.add(form.getResources().getFont(f));
                  }
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              });
      assertTrue(
          fonts.stream().anyMatch(f -> f.getName().contains("DejaVuSans") && f.isEmbedded()),
          "the figure font is embedded: " + fonts);
      BufferedImage rendered = new PDFRenderer(doc).renderImageWithDPI(0, 72);
      assertEquals(
          NucleotidePalette.STANDARD.base('A').getRGB(),
          rendered.getRGB(40, 60),
          "the PDF renders to the same picture");
    }
  }

  @Test
  void chartsAreFiguresToo() throws IOException {
    var dataset = new org.jfree.data.xy.XYSeriesCollection(new org.jfree.data.xy.XYSeries("loss"));
    dataset.getSeries(0).add(1, 0.7);
    dataset.getSeries(0).add(2, 0.4);
    var chart =
        org.jfree.chart.ChartFactory.createXYLineChart("Training", "epoch", "loss", dataset);
    Path svg = dir.resolve("chart.svg");
    FigureExporter.export(
        Figure.of(chart, 400, 250), svg, FigureSize.natural(Figure.of(chart, 400, 250), 300));
    assertTrue(Files.readString(svg).contains(">Training<"), "the chart title is text");
  }

  @Test
  void aSaliencyTrackKeepsItsLettersAsTextInSvgAndPdf() throws Exception {
    String bases = "ACGTTGCAAC";
    float[] saliency = {0.1f, -0.2f, 0.5f, 0.9f, 0.3f, -0.1f, 0f, 0.2f, -0.4f, 0.1f};
    SequenceTrackFigure track =
        new SequenceTrackFigure(
            bases,
            saliency,
            List.of(),
            java.util.Optional.empty(),
            NucleotidePalette.STANDARD,
            "saliency");
    Path svg = dir.resolve("track.svg");
    FigureExporter.export(track, svg, FigureSize.natural(track, 300));
    String xml = Files.readString(svg);
    assertTrue(xml.contains(">G</text") && xml.contains(">saliency</text"), "letters are text");

    Path pdf = dir.resolve("track.pdf");
    FigureExporter.export(track, pdf, FigureSize.natural(track, 300));
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
      assertTrue(text.contains(bases), "the bases can be searched and copied: " + text);
    }
  }

  @Test
  void chartTextStaysTextInPdf() throws IOException {
    var dataset = new org.jfree.data.xy.XYSeriesCollection(new org.jfree.data.xy.XYSeries("loss"));
    dataset.getSeries(0).add(1, 0.7);
    dataset.getSeries(0).add(2, 0.4);
    var chart =
        ChartStyle.apply(
            org.jfree.chart.ChartFactory.createXYLineChart(
                "Training history", "epoch", "loss", dataset));
    Path pdf = dir.resolve("chart.pdf");
    FigureExporter.export(Figure.of(chart, 400, 250), pdf, new FigureSize(120, 75, 300));
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("Training history") && text.contains("epoch"), text);
    }
  }

  @Test
  void unknownExtensionsAndAbsurdSizesGetPlainErrors() {
    IllegalArgumentException format =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                FigureExporter.export(
                    SAMPLE, dir.resolve("fig.tiff"), new FigureSize(85, 40, 300)));
    assertTrue(format.getMessage().contains(".png, .svg or .pdf"), format.getMessage());
    IllegalArgumentException size =
        assertThrows(
            IllegalArgumentException.class,
            () -> FigureExporter.export(SAMPLE, dir.resolve("fig.png"), new FigureSize(85, 40, 9)));
    assertTrue(size.getMessage().contains("dpi"), size.getMessage());
    assertTrue(Files.notExists(dir.resolve("fig.png")));
  }

  private static int pixelsPerMetre(Path png) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
      ImageReader reader = ImageIO.getImageReaders(in).next();
      reader.setInput(in);
      IIOMetadataNode root =
          (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
      IIOMetadataNode phys = (IIOMetadataNode) root.getElementsByTagName("pHYs").item(0);
      return Integer.parseInt(phys.getAttribute("pixelsPerUnitXAxis"));
    }
  }
}
