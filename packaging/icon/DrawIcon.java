import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws the Motif Workbench icon: a small sequence logo (stacked, height-scaled bases in the app's
 * A/C/G/T colours, see ui-assets/README.md) on a rounded tile. Run once with
 * {@code java packaging/icon/DrawIcon.java ui-assets/fonts/DejaVuSans-Bold.ttf
 * ui-assets/icons/motif-workbench.png}; the PNG is committed (ours, Apache-2.0).
 */
public class DrawIcon {

  static final Color A = new Color(0x10, 0x96, 0x48);
  static final Color C = new Color(0x25, 0x5C, 0x99);
  static final Color G = new Color(0xF7, 0xB3, 0x2B);
  static final Color T = new Color(0xD6, 0x28, 0x39);

  public static void main(String[] args) throws Exception {
    int size = 256;
    Font font = Font.createFont(Font.TRUETYPE_FONT, new File(args[0])).deriveFont(100f);
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);

    g.setColor(new Color(0xF7, 0xF5, 0xEE));
    g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 48, 48));
    g.setColor(new Color(0x2E, 0x3A, 0x46));
    g.setStroke(new BasicStroke(6f));
    g.draw(new RoundRectangle2D.Double(11, 11, 234, 234, 44, 44));

    // Five columns of a motif; each column lists (base, height) from bottom to top.
    Object[][][] columns = {
      {{'G', 18}, {'A', 26}, {'T', 40}},
      {{'C', 14}, {'A', 150}},
      {{'A', 16}, {'C', 22}, {'G', 130}},
      {{'T', 170}},
      {{'C', 30}, {'G', 34}, {'A', 44}},
    };
    double baseline = 212;
    double left = 32;
    double width = 36;
    double gap = 2;
    for (int i = 0; i < columns.length; i++) {
      double x = left + i * (width + gap);
      double y = baseline;
      for (Object[] cell : columns[i]) {
        char base = (Character) cell[0];
        double height = ((Integer) cell[1]).doubleValue();
        y -= height;
        drawLetter(g, font, base, new Rectangle2D.Double(x, y, width, height - 1));
      }
    }
    g.setColor(new Color(0x2E, 0x3A, 0x46));
    g.fillRect(28, 214, 200, 5);
    g.dispose();
    ImageIO.write(image, "png", new File(args[1]));
  }

  static void drawLetter(Graphics2D g, Font font, char base, Rectangle2D box) {
    Shape glyph = font.createGlyphVector(g.getFontRenderContext(), String.valueOf(base)).getOutline();
    Rectangle2D b = glyph.getBounds2D();
    AffineTransform t = new AffineTransform();
    t.translate(box.getX(), box.getY());
    t.scale(box.getWidth() / b.getWidth(), box.getHeight() / b.getHeight());
    t.translate(-b.getX(), -b.getY());
    g.setColor(switch (base) {
      case 'A' -> A;
      case 'C' -> C;
      case 'G' -> G;
      default -> T;
    });
    g.fill(t.createTransformedShape(glyph));
  }
}
