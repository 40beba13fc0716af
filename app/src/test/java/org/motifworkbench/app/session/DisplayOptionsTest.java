package org.motifworkbench.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motifworkbench.figure.NucleotidePalette;

/** View > Larger text and the palette are remembered in a small properties file. */
class DisplayOptionsTest {

  private static DisplayOptions options() {
    return new DisplayOptions(new SimpleObjectProperty<>(NucleotidePalette.STANDARD));
  }

  @Test
  void aChangeIsWrittenAndReadBackAtTheNextStart(@TempDir Path home) throws IOException {
    Path file = home.resolve(".motif-workbench").resolve("display.properties");
    DisplayOptions first = options();
    first.keepIn(file);
    assertFalse(Files.exists(file), "nothing to keep before a change");

    first.largerTextProperty().set(true);
    first.paletteProperty().set(NucleotidePalette.COLOR_BLIND);

    String text = Files.readString(file);
    assertTrue(text.contains("larger-text=true"), text);
    assertTrue(text.contains("palette=colour-blind"), text);
    DisplayOptions next = options();
    next.keepIn(file);
    assertTrue(next.largerTextProperty().get());
    assertEquals(NucleotidePalette.COLOR_BLIND, next.paletteProperty().get());

    next.largerTextProperty().set(false);
    next.paletteProperty().set(NucleotidePalette.STANDARD);
    DisplayOptions third = options();
    third.keepIn(file);
    assertFalse(third.largerTextProperty().get());
    assertEquals(NucleotidePalette.STANDARD, third.paletteProperty().get());
  }

  @Test
  void aBrokenFileMeansTheDefaults(@TempDir Path home) throws IOException {
    Path file = Files.writeString(home.resolve("display.properties"), "palette=rainbow\n");
    DisplayOptions options = options();

    options.keepIn(file);

    assertFalse(options.largerTextProperty().get());
    assertEquals(NucleotidePalette.STANDARD, options.paletteProperty().get());
  }
}
