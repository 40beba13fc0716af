package org.motifworkbench.bundle;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.motifworkbench.encoding.LengthPolicy;
import org.motifworkbench.files.AtomicFile;
import org.motifworkbench.network.SequenceClassifier;
import org.motifworkbench.sequence.InvalidInputException;
import org.motifworkbench.sequence.SequenceRecord;
import org.motifworkbench.sequence.SourceLocation;

/**
 * A trained model in one file: a zip holding {@code manifest.json} ({@link BundleManifest}) and
 * {@code parameters.bin} (the network weights). Saves are atomic: a temporary file beside the
 * target is written completely, then renamed over it.
 */
public final class ModelBundle implements AutoCloseable {

  /** File extension of model bundles. */
  public static final String EXTENSION = ".mwb";

  /** The most bytes {@code manifest.json} may unpack to: ample for a million test ids. */
  static final long MAX_MANIFEST_BYTES = 128L << 20;

  private static final String MANIFEST = "manifest.json";
  private static final String PARAMETERS = "parameters.bin";
  static final Gson GSON =
      new GsonBuilder()
          .setPrettyPrinting()
          .serializeSpecialFloatingPointValues()
          .disableHtmlEscaping()
          .create();

  private final BundleManifest manifest;
  private final SequenceClassifier classifier;

  public ModelBundle(BundleManifest manifest, SequenceClassifier classifier) {
    this.manifest = manifest;
    this.classifier = classifier;
  }

  public BundleManifest manifest() {
    return manifest;
  }

  public SequenceClassifier classifier() {
    return classifier;
  }

  /** Class probabilities for records of any length, fitted by the bundle's length policy. */
  public float[][] predict(List<SequenceRecord> records, int batchSize) {
    return predict(records, manifest.lengthPolicy().mode(), batchSize);
  }

  /**
   * Class probabilities with records fitted to the model's input length by another mode, e.g.
   * CENTER for longer sequences than a FIXED-length model was trained on.
   */
  public float[][] predict(List<SequenceRecord> records, LengthPolicy.Mode mode, int batchSize) {
    return predict(records, mode, batchSize, false);
  }

  /** As above; with {@code bothStrands} averaged over each sequence and its reverse complement. */
  public float[][] predict(
      List<SequenceRecord> records, LengthPolicy.Mode mode, int batchSize, boolean bothStrands) {
    LengthPolicy policy = new LengthPolicy(mode, manifest.lengthPolicy().length());
    List<String> fitted = records.stream().map(policy::apply).toList();
    return bothStrands
        ? classifier.predictBothStrands(fitted, batchSize)
        : classifier.predict(fitted, batchSize);
  }

  /** Writes the bundle to {@code file} atomically. */
  public void save(Path file) throws IOException {
    AtomicFile.write(
        file,
        out -> {
          ZipOutputStream zip = new ZipOutputStream(out);
          zip.putNextEntry(new ZipEntry(MANIFEST));
          zip.write(GSON.toJson(manifest).getBytes(StandardCharsets.UTF_8));
          zip.closeEntry();
          zip.putNextEntry(new ZipEntry(PARAMETERS));
          classifier.saveParameters(zip);
          zip.closeEntry();
          zip.finish();
        });
  }

  /**
   * Reads a bundle; a missing, foreign, newer or damaged file gets a plain-language error, as does
   * a manifest out of range or weights of another shape than the network the manifest describes.
   */
  public static ModelBundle load(Path file) {
    SourceLocation where = new SourceLocation(file.toString(), 0);
    if (!Files.isRegularFile(file)) {
      throw new InvalidInputException(where, "there is no model file here. Check the path.");
    }
    BundleManifest manifest;
    byte[] parameters;
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry manifestEntry = zip.getEntry(MANIFEST);
      ZipEntry parametersEntry = zip.getEntry(PARAMETERS);
      if (manifestEntry == null) {
        throw notABundle(where, null);
      }
      if (parametersEntry == null) {
        throw new InvalidInputException(
            where,
            "the model file is damaged: it holds no "
                + PARAMETERS
                + " (the network's weights). Save the model again from the workbench.");
      }
      manifest =
          ManifestReader.read(
              where,
              BoundedEntry.read(zip, manifestEntry, MAX_MANIFEST_BYTES, where, "its description"));
      parameters =
          BoundedEntry.read(
              zip,
              parametersEntry,
              ParameterBudget.maxBytes(manifest.network(), manifest.classNames()),
              where,
              "the weights of the network it describes");
    } catch (ZipException e) {
      throw notABundle(where, e);
    } catch (IOException e) {
      throw new InvalidInputException(
          where, "the model file could not be read (" + e.getMessage() + ").", e);
    }
    try {
      SequenceClassifier classifier =
          SequenceClassifier.load(
              manifest.network(),
              manifest.classNames(),
              manifest.lengthPolicy().length(),
              new ByteArrayInputStream(parameters));
      return new ModelBundle(manifest, classifier);
    } catch (IOException | RuntimeException | OutOfMemoryError e) {
      // OutOfMemoryError: an array header inside the weights can claim gigabytes the file lacks
      throw new InvalidInputException(
          where,
          "the model file is damaged: its weights do not fit "
              + "its network description ("
              + detail(e)
              + "). Save the model again from the "
              + "workbench.",
          e);
    }
  }

  private static String detail(Throwable e) {
    if (e instanceof OutOfMemoryError) {
      return "a stored array claims more memory than there is";
    }
    String message = String.valueOf(e.getMessage());
    String prefix = "The model parameters do not match the network description (";
    return message.startsWith(prefix) && message.endsWith(").")
        ? message.substring(prefix.length(), message.length() - 2)
        : message;
  }

  static InvalidInputException notABundle(SourceLocation where, Exception cause) {
    return new InvalidInputException(
        where,
        "this is not a Motif Workbench model file (expected a "
            + EXTENSION
            + " file saved by the workbench or by 'mwb train').",
        cause);
  }

  @Override
  public void close() {
    classifier.close();
  }
}
