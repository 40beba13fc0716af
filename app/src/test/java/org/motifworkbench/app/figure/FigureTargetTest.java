package org.motifworkbench.app.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.motifworkbench.figure.FigureFormat;

/** The exported file ends with the chosen format's extension, whatever name was kept or typed. */
class FigureTargetTest {

  @ParameterizedTest(name = "{0} as {1} -> {2}")
  @CsvSource({
    "roc-curve.pdf, SVG, roc-curve.svg",
    "roc-curve.pdf, PNG, roc-curve.png",
    "roc-curve.pdf, PDF, roc-curve.pdf",
    "Logo.SVG, SVG, Logo.SVG",
    "logo.png, PDF, logo.pdf",
    "figure 2, SVG, figure 2.svg",
    "fig.v2, PNG, fig.v2.png",
    "roc-curve.pdf.svg, SVG, roc-curve.svg",
    "roc-curve.svg.svg, SVG, roc-curve.svg"
  })
  void theFileEndsWithTheChosenFormat(String typed, FigureFormat format, String written) {
    Path folder = Path.of("figures");

    Path target = FigureTarget.of(folder.resolve(typed), format);

    assertEquals(folder.resolve(written), target);
    assertEquals(format, FigureFormat.of(target));
  }
}
