package org.motifworkbench.sequence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a small text input whole, such as a settings or motif file, with the checks every input
 * gets (missing, folder, empty, binary, gzip, byte order mark) and a size limit, so a wrong file is
 * refused with its name instead of filling the memory.
 */
public final class TextFile {

  private TextFile() {}

  /**
   * The file's text.
   *
   * @param kind what the file should be, for messages (e.g. "MEME motif")
   * @param maxBytes the largest (decompressed) size accepted
   * @throws InvalidInputException naming the file when it cannot be read as such text
   */
  public static String read(Path file, String kind, long maxBytes) {
    SourceLocation where = new SourceLocation(file.toString(), 0);
    byte[] bytes;
    try (InputStream in = InputFiles.open(file, kind)) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    } catch (IOException e) {
      throw InputFiles.unreadable(file.toString(), e);
    }
    if (bytes.length > maxBytes) {
      throw new InvalidInputException(
          where,
          String.format(
              Locale.ROOT,
              "the file is larger than %,d bytes, far more than a %s file holds. Check that this is"
                  + " the right file.",
              maxBytes,
              kind));
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidInputException(
          where,
          "the file is not UTF-8 text. Save it as plain" + " UTF-8 text and choose it again.",
          e);
    }
  }
}
