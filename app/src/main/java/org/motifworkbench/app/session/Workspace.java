package org.motifworkbench.app.session;

import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.motifworkbench.figure.NucleotidePalette;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the user is working on, shared by all screens: the opened data (owned by the Data screen),
 * the model settings (edited on the Model screen), the trained model (made by the Train screen or
 * opened from a file), whether training is running, and the colour palette. Screens observe these
 * properties; only their view models change them, on the FX thread. {@link #matchProperty()} says
 * whether the model's results belong to the open data: a screen never shows them for other data.
 */
public final class Workspace {

  private static final Logger LOG = LoggerFactory.getLogger(Workspace.class);

  private final ReadOnlyObjectProperty<OpenedData> data;
  private final ObjectProperty<ModelSettings> settings =
      new SimpleObjectProperty<>(this, "settings", ModelSettings.defaults());
  private final ReadOnlyObjectWrapper<TrainedModel> model =
      new ReadOnlyObjectWrapper<>(this, "model");
  private final BooleanProperty training = new SimpleBooleanProperty(this, "training");
  private final ObjectProperty<NucleotidePalette> palette =
      new SimpleObjectProperty<>(this, "palette", NucleotidePalette.STANDARD);

  private final ObjectBinding<ModelDataMatch> match;
  private final Executor releaser;

  /** A workspace that releases replaced models at once (tests that run no background work). */
  public Workspace(ReadOnlyObjectProperty<OpenedData> data) {
    this(data, Runnable::run);
  }

  /**
   * @param data the Data screen's opened data
   * @param releaser where a replaced model's native memory is released: the engine thread, so the
   *     release waits for any explanation or prediction still using that model
   */
  public Workspace(ReadOnlyObjectProperty<OpenedData> data, Executor releaser) {
    this.data = data;
    this.releaser = releaser;
    this.match = Bindings.createObjectBinding(() -> match(model.get(), data.get()), model, data);
  }

  /** Whether the model's results belong to the open data; never null. */
  public ObjectBinding<ModelDataMatch> matchProperty() {
    return match;
  }

  public ModelDataMatch getMatch() {
    return match.get();
  }

  static ModelDataMatch match(TrainedModel model, OpenedData opened) {
    if (model == null) {
      return ModelDataMatch.NO_MODEL;
    }
    if (opened == null || model.data().sameData(opened.identity())) {
      return ModelDataMatch.MATCHES;
    }
    return model.classNames().containsAll(opened.sequences().classNames())
        ? ModelDataMatch.OTHER_DATA
        : ModelDataMatch.OTHER_CLASSES;
  }

  /** The opened data set, or null before one is opened. */
  public ReadOnlyObjectProperty<OpenedData> dataProperty() {
    return data;
  }

  public OpenedData getData() {
    return data.get();
  }

  /** Network, training, input length and split settings; never null. */
  public ObjectProperty<ModelSettings> settingsProperty() {
    return settings;
  }

  public ModelSettings getSettings() {
    return settings.get();
  }

  /** The trained model the later screens work on, or null before training or opening one. */
  public ReadOnlyObjectProperty<TrainedModel> modelProperty() {
    return model.getReadOnlyProperty();
  }

  public TrainedModel getModel() {
    return model.get();
  }

  /**
   * Makes {@code next} the current model. The previous model's native memory is released (on the
   * releaser) unless {@code next} holds the same bundle (as after a save).
   */
  public void setModel(TrainedModel next) {
    TrainedModel previous = model.get();
    model.set(next);
    if (previous != null && (next == null || previous.bundle() != next.bundle())) {
      releaser.execute(
          () -> {
            try {
              previous.bundle().close();
            } catch (RuntimeException e) {
              LOG.warn("Could not release the previous model", e);
            }
          });
    }
  }

  /** True while a model is training: explanations must wait (the engine records one at a time). */
  public BooleanProperty trainingProperty() {
    return training;
  }

  public boolean isTraining() {
    return training.get();
  }

  /** Colours of bases and attributions in every figure. */
  public ObjectProperty<NucleotidePalette> paletteProperty() {
    return palette;
  }

  public NucleotidePalette getPalette() {
    return palette.get();
  }
}
