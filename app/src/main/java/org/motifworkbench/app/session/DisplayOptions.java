package org.motifworkbench.app.session;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.motifworkbench.figure.NucleotidePalette;
import org.motifworkbench.files.AtomicFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the workbench looks, for projectors and for colour-blind users: View > Larger text and View >
 * Colour-blind safe colours (the workspace's palette, which every figure on screen and in exported
 * files is drawn in). Once {@link #keepIn kept in} a file ({@code
 * ~/.motif-workbench/display.properties}, e.g. {@code larger-text=true}, {@code
 * palette=colour-blind}), both are read back at the next start and written whenever they change. A
 * missing or unreadable file means the defaults, never an error: these are conveniences.
 */
public final class DisplayOptions {

  private static final Logger LOG = LoggerFactory.getLogger(DisplayOptions.class);
  private static final String LARGER_TEXT = "larger-text";
  private static final String PALETTE = "palette";

  private final BooleanProperty largerText = new SimpleBooleanProperty(this, "largerText", false);
  private final ObjectProperty<NucleotidePalette> palette;
  private Path file;

  /**
   * Options kept for this session only until {@link #keepIn} names a file.
   *
   * @param palette the workspace's palette, which this sets and remembers
   */
  public DisplayOptions(ObjectProperty<NucleotidePalette> palette) {
    this.palette = palette;
    largerText.addListener((obs, old, on) -> write());
    palette.addListener((obs, old, now) -> write());
  }

  /** The file of a real start: {@code ~/.motif-workbench/display.properties}, or null. */
  public static Path inUserHome() {
    String home = System.getProperty("user.home");
    return home == null ? null : Path.of(home, ".motif-workbench", "display.properties");
  }

  /**
   * Reads the options kept in {@code kept} (when it exists) and keeps every later change there.
   *
   * @param kept the properties file; its folder is created on the first write; null: memory only
   */
  public void keepIn(Path kept) {
    this.file = null; // applying what was read must not write it back half-done
    if (kept != null && Files.isRegularFile(kept)) {
      Properties properties = new Properties();
      try {
        properties.load(new StringReader(Files.readString(kept, StandardCharsets.UTF_8)));
        largerText.set(Boolean.parseBoolean(properties.getProperty(LARGER_TEXT, "false").strip()));
        String name = properties.getProperty(PALETTE);
        if (name != null && !name.isBlank()) {
          palette.set(NucleotidePalette.parse(name));
        }
      } catch (IOException | IllegalArgumentException e) {
        LOG.warn("Could not read the display options from {}; using the defaults", kept, e);
      }
    }
    this.file = kept;
  }

  /** Whether the whole window's text is larger, for projectors (View > Larger text). */
  public BooleanProperty largerTextProperty() {
    return largerText;
  }

  /** The colours of the bases and of attribution signs, in every figure. */
  public ObjectProperty<NucleotidePalette> paletteProperty() {
    return palette;
  }

  private void write() {
    if (file == null) {
      return;
    }
    Properties properties = new Properties();
    properties.setProperty(LARGER_TEXT, Boolean.toString(largerText.get()));
    properties.setProperty(
        PALETTE, palette.get() == NucleotidePalette.COLOR_BLIND ? "colour-blind" : "standard");
    StringWriter text = new StringWriter();
    try {
      properties.store(text, "Motif Workbench: View menu options");
      Files.createDirectories(file.toAbsolutePath().getParent());
      AtomicFile.writeString(file, text.toString());
    } catch (IOException | RuntimeException e) {
      LOG.warn("Could not remember the display options in {}", file, e);
    }
  }
}
