package org.motifworkbench.figure;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.motifworkbench.files.AtomicFile;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes a {@link Figure} to a PNG (at a chosen resolution, with the resolution recorded in the
 * file), an SVG or a PDF (vectors with real, searchable text in the figures' embedded typeface) at
 * a chosen printed size. Files are written atomically: a failed export leaves no broken file.
 */
public final class FigureExporter {

  private FigureExporter() {}

  /** Exports in the format named by the file's extension (.png, .svg, .pdf). */
  public static void export(Figure figure, Path file, FigureSize size) throws IOException {
    export(figure, file, FigureFormat.of(file), size);
  }

  public static void export(Figure figure, Path file, FigureFormat format, FigureSize size)
      throws IOException {
    List<String> problems = size.problems();
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join(" ", problems));
    }
    switch (format) {
      case PNG -> AtomicFile.write(file, out -> writePng(figure, size, out));
      case SVG -> AtomicFile.write(file, out -> writeSvg(figure, size, out));
      case PDF -> AtomicFile.write(file, out -> writePdf(figure, size, out));
    }
  }

  /** The figure as an image of {@code size}'s pixel dimensions, on white. */
  public static BufferedImage render(Figure figure, FigureSize size) {
    BufferedImage image =
        new BufferedImage(size.widthPixels(), size.heightPixels(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      double scale = size.dpi() / FigureSize.POINTS_PER_INCH;
      g.scale(scale, scale);
      figure.draw(
          g, new Rectangle2D.Double(0, 0, size.widthPoints(), size.heightPoints()), size.type());
    } finally {
      g.dispose();
    }
    return image;
  }

  private static void writePng(Figure figure, FigureSize size, OutputStream out)
      throws IOException {
    BufferedImage image = render(figure, size);
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
    ImageWriter writer = writers.next();
    try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(stream);
      ImageWriteParam param = writer.getDefaultWriteParam();
      IIOMetadata metadata =
          writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
      recordResolution(metadata, size.dpi());
      writer.write(null, new IIOImage(image, null, metadata), param);
    } finally {
      writer.dispose();
    }
  }

  /** The PNG pHYs chunk: pixels per metre, so editors and journals see e.g. 300 dpi. */
  private static void recordResolution(IIOMetadata metadata, int dpi) throws IOException {
    String perMetre = Long.toString(Math.round(dpi / 0.0254));
    IIOMetadataNode phys = new IIOMetadataNode("pHYs");
    phys.setAttribute("pixelsPerUnitXAxis", perMetre);
    phys.setAttribute("pixelsPerUnitYAxis", perMetre);
    phys.setAttribute("unitSpecifier", "meter");
    IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
    root.appendChild(phys);
    metadata.mergeTree("javax_imageio_png_1.0", root);
  }

  private static void writeSvg(Figure figure, FigureSize size, OutputStream out)
      throws IOException {
    Document document;
    try {
      document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("No XML document builder in this Java runtime", e);
    }
    SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
    context.setComment("Motif Workbench figure");
    context.setEmbeddedFontsOn(false);
    SVGGraphics2D g = new SVGGraphics2D(context, false); // false: text stays text
    double w = size.widthPoints();
    double h = size.heightPoints();
    g.setSVGCanvasSize(new Dimension((int) Math.ceil(w), (int) Math.ceil(h)));
    g.setRenderingHint(
        RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    figure.draw(g, new Rectangle2D.Double(0, 0, w, h), size.type());
    Element root = g.getRoot();
    root.setAttribute("width", number(size.widthMm()) + "mm");
    root.setAttribute("height", number(size.heightMm()) + "mm");
    root.setAttribute("viewBox", "0 0 " + number(w) + " " + number(h));
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    g.stream(root, writer, true, false);
    writer.flush();
  }

  private static void writePdf(Figure figure, FigureSize size, OutputStream out)
      throws IOException {
    float w = (float) size.widthPoints();
    float h = (float) size.heightPoints();
    try (PDDocument document = new PDDocument();
        PdfBoxGraphics2DFontTextDrawer fonts = pdfFonts()) {
      PDPage page = new PDPage(new PDRectangle(w, h));
      document.addPage(page);
      PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, w, h);
      g.setFontTextDrawer(fonts);
      try {
        figure.draw(g, new Rectangle2D.Double(0, 0, w, h), size.type());
      } finally {
        g.dispose();
      }
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.drawForm(g.getXFormObject());
      }
      document.getDocumentInformation().setCreator("Motif Workbench");
      document.save(out);
    }
  }

  /**
   * What a {@link PdfBoxGraphics2D} needs to write text as real, searchable text in the figures'
   * typeface, embedded: give it to each graphics of a document ({@code setFontTextDrawer}) and
   * close it after the document is saved. Also used by other PDF writers of the core (the student
   * report), so every PDF of the workbench has the same letters.
   */
  public static PdfBoxGraphics2DFontTextDrawer pdfFonts() throws IOException {
    PdfBoxGraphics2DFontTextDrawer fonts = new PdfBoxGraphics2DFontTextDrawer();
    try {
      for (String file : List.of(FigureFonts.REGULAR, FigureFonts.BOLD)) {
        try (InputStream in = FigureFonts.open(file)) {
          fonts.registerFont(in);
        }
      }
    } catch (IOException | RuntimeException e) {
      fonts.close();
      throw e;
    }
    return fonts;
  }

  private static String number(double v) {
    return String.format(Locale.ROOT, "%.3f", v).replaceAll("\\.?0+$", "");
  }
}
