package org.motifworkbench.app.setup;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.motifworkbench.app.background.BackgroundRunner;
import org.motifworkbench.app.session.ModelSettings;
import org.motifworkbench.app.session.OpenedData;
import org.motifworkbench.app.session.Workspace;
import org.motifworkbench.files.AtomicFile;
import org.motifworkbench.network.NetworkPreset;
import org.motifworkbench.network.NetworkSizing;
import org.motifworkbench.network.NetworkSpec;
import org.motifworkbench.sequence.InvalidInputException;
import org.motifworkbench.sequence.SequenceSet;
import org.motifworkbench.workflow.RunConfig;
import org.motifworkbench.workflow.StrandDefault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State and commands of the Model screen. Every edit is read back at once: valid settings go to the
 * workspace (where the Train screen takes them), invalid ones only produce {@link #problems()} and
 * leave the workspace's settings as they were. Presets replace the network part; configuration
 * files hold the network and training parts. Edit > Undo and Redo walk the form's committed changes
 * ({@link SettingsUndo}).
 */
public final class SetupViewModel {

  private static final Logger LOG = LoggerFactory.getLogger(SetupViewModel.class);
  private static final NumberFormat COUNT = NumberFormat.getIntegerInstance();

  private final BackgroundRunner runner;
  private final Workspace workspace;
  private final SettingsForm form = new SettingsForm();
  private final ObservableList<String> problems = FXCollections.observableArrayList();
  // One read-only view, kept in a field: a fresh wrapper per call holds the source's listener only
  // weakly, so it could be collected together with the views' listeners on it.
  private final ObservableList<String> readOnlyProblems =
      FXCollections.unmodifiableObservableList(problems);
  private final ReadOnlyObjectWrapper<NetworkPreset> preset =
      new ReadOnlyObjectWrapper<>(this, "preset");
  private final ReadOnlyBooleanWrapper networkChanged =
      new ReadOnlyBooleanWrapper(this, "networkChanged");
  private final ReadOnlyObjectWrapper<NetworkPreset> presetInUse =
      new ReadOnlyObjectWrapper<>(this, "presetInUse");
  private final ReadOnlyStringWrapper presetText = new ReadOnlyStringWrapper(this, "presetText");
  private final ReadOnlyStringWrapper errorMessage =
      new ReadOnlyStringWrapper(this, "errorMessage");
  private final ReadOnlyStringWrapper fileMessage =
      new ReadOnlyStringWrapper(this, "fileMessage", "");
  private final StringBinding parameterText;

  /** True while the form is filled from settings, so the filling is not read back as edits. */
  private boolean showing;

  /** True while the form's own reading is written to the workspace. */
  private boolean publishing;

  /** True when the form holds an edit the workspace has not taken (it had a problem). */
  private boolean unpublished;

  /** Edit > Undo and Redo of the form's committed changes. */
  private final SettingsUndo undo;

  /** True while a text edit is read back, false for a choice. */
  private boolean typing;

  /** True while the form itself replaces the settings (preset, loaded file). */
  private boolean formChange;

  public SetupViewModel(BackgroundRunner runner, Workspace workspace) {
    this.runner = runner;
    this.workspace = workspace;
    undo =
        new SettingsUndo(
            form, workspace::getSettings, settings -> workspace.settingsProperty().set(settings));
    show(workspace.getSettings());
    workspace
        .settingsProperty()
        .addListener(
            (obs, old, settings) -> {
              if (!publishing) {
                show(settings);
              }
              settingsChanged(old, settings);
            });
    form.textInputs().forEach(i -> i.textProperty().addListener((obs, old, t) -> typed()));
    form.choiceInputs().forEach(i -> i.valueProperty().addListener((obs, old, v) -> edited()));
    // Other data can make the kernels too wide for its input length, or fit them again.
    workspace.dataProperty().addListener((obs, old, data) -> dataChanged());
    this.parameterText =
        Bindings.createStringBinding(
            this::describeParameters, workspace.settingsProperty(), workspace.dataProperty());
  }

  /** The form's sections and inputs, for the view to lay out. */
  public List<FormSection> sections() {
    return form.sections();
  }

  /** What is wrong with the form, in plain words; empty when the settings are in use. */
  public ObservableList<String> problems() {
    return readOnlyProblems;
  }

  /** The preset the network started from. */
  public ReadOnlyObjectProperty<NetworkPreset> presetProperty() {
    return preset.getReadOnlyProperty();
  }

  /** True when the network in the form differs from its preset (or cannot be read). */
  public ReadOnlyBooleanProperty networkChangedProperty() {
    return networkChanged.getReadOnlyProperty();
  }

  /**
   * The preset whose network the form shows unchanged, or null once a network value is edited; so
   * choosing that preset again is a change, and resets its values.
   */
  public ReadOnlyObjectProperty<NetworkPreset> presetInUseProperty() {
    return presetInUse.getReadOnlyProperty();
  }

  /** What the preset box reads: the preset's title, or e.g. "custom (from Default)" once edited. */
  public ReadOnlyStringProperty presetTextProperty() {
    return presetText.getReadOnlyProperty();
  }

  /** "About 2,691 trainable weights", for the settings in use. */
  public StringBinding parameterTextProperty() {
    return parameterText;
  }

  /** Why the last save or load failed, naming the file; null otherwise. */
  public ReadOnlyStringProperty errorMessageProperty() {
    return errorMessage.getReadOnlyProperty();
  }

  public String getErrorMessage() {
    return errorMessage.get();
  }

  /** What the last save or load did, e.g. "Saved to run.json". */
  public ReadOnlyStringProperty fileMessageProperty() {
    return fileMessage.getReadOnlyProperty();
  }

  public List<NetworkPreset> presets() {
    return Arrays.asList(NetworkPreset.values());
  }

  /** Replaces the network part by {@code chosen}'s; training, length and split stay. */
  public void applyPreset(NetworkPreset chosen) {
    if (chosen == null) {
      return;
    }
    ModelSettings s = workspace.getSettings();
    changeFromForm(
        new ModelSettings(
            chosen, chosen.spec(), s.training(), s.lengthMode(), s.length(), s.split()));
    show(workspace.getSettings()); // also when nothing changed: drops a half-typed invalid network
  }

  /** Writes the network and training settings to {@code file} as JSON (atomically). */
  public void save(Path file) {
    SettingsForm.Reading reading = read();
    if (!reading.valid()) {
      fail(
          "Nothing was saved: fix the problems in the form first ("
              + reading.problems().get(0)
              + ")");
      return;
    }
    String json = reading.settings().runConfig().toJson();
    runner.run(
        "saving " + file.getFileName(),
        () -> {
          AtomicFile.writeString(file, json);
          return file;
        },
        saved ->
            fileMessage.set(
                "Saved the network and training settings to " + saved.getFileName() + "."),
        failure -> {
          LOG.warn("Could not save {}", file, failure);
          fail("Could not save " + file + ": " + failure.getMessage());
        });
  }

  /**
   * Reads network and training settings from {@code file}; length and split stay. A file whose
   * kernels are wider than the input length of the open data is refused like a bad file.
   */
  public void load(Path file) {
    NetworkPreset fallback = preset.get();
    runner.run(
        "reading " + file.getFileName(),
        () -> RunConfig.read(file, fallback),
        config -> {
          ModelSettings s = workspace.getSettings().with(config);
          List<String> tooWide =
              config.network().problemsForInputLength(s.inputLength(sequences()));
          if (!tooWide.isEmpty()) {
            fail(file + ": " + String.join(" ", tooWide));
            return;
          }
          changeFromForm(
              new ModelSettings(
                  matchingPreset(config.network(), fallback),
                  s.network(),
                  s.training(),
                  s.lengthMode(),
                  s.length(),
                  s.split()));
          show(workspace.getSettings());
          fileMessage.set(
              "Loaded the network and training settings from " + file.getFileName() + ".");
        },
        failure -> {
          if (!(failure instanceof InvalidInputException)) {
            LOG.warn("Could not load {}", file, failure);
          }
          fail(messageNaming(file, failure));
        });
  }

  /** True when the last committed change can be taken back (Edit > Undo). */
  public ReadOnlyBooleanProperty canUndoProperty() {
    return undo.canUndoProperty();
  }

  /** True when a change that was undone can be made again (Edit > Redo). */
  public ReadOnlyBooleanProperty canRedoProperty() {
    return undo.canRedoProperty();
  }

  /** The undo item's text, e.g. "Undo change of Filters per branch"; "Undo" when there is none. */
  public ReadOnlyStringProperty undoTextProperty() {
    return undo.undoTextProperty();
  }

  /** The redo item's text, e.g. "Redo change of the preset"; "Redo" when there is none. */
  public ReadOnlyStringProperty redoTextProperty() {
    return undo.redoTextProperty();
  }

  /** Takes back the last committed change (a value still being typed first counts as one). */
  public void undo() {
    undo.undo();
  }

  /** Makes the last change undone again. */
  public void redo() {
    undo.redo();
  }

  /**
   * Ends a typed edit: the value typed becomes one undo step. The view calls it when a field is
   * left or Enter is pressed in it.
   */
  public void commitTyping() {
    undo.commitTyping();
  }

  /**
   * True while the input {@code id} holds text typed since the last commit: then Ctrl+Z belongs to
   * the text field's own undo, not to the settings history.
   */
  public boolean isTyping(String id) {
    return form.textInputs().stream().filter(i -> i.id().equals(id)).anyMatch(undo::isTyping);
  }

  private void typed() {
    typing = true;
    try {
      edited();
    } finally {
      typing = false;
    }
  }

  private void changeFromForm(ModelSettings settings) {
    formChange = true;
    try {
      workspace.settingsProperty().set(settings);
    } finally {
      formChange = false;
    }
  }

  private void settingsChanged(ModelSettings old, ModelSettings settings) {
    if (undo.isRestoring()) {
      return;
    }
    if (publishing && typing) {
      undo.typed();
    } else if (publishing || formChange) {
      undo.changedByForm(old, settings);
    } else {
      undo.replaced(settings);
    }
  }

  private void edited() {
    if (showing) {
      return;
    }
    SettingsForm.Reading reading = read();
    problems.setAll(reading.problems());
    publish(reading);
    followPreset(reading.network());
  }

  /**
   * Checks the form against the new data's input length. Only an edit the workspace refused is
   * published now that it fits; the form's own settings are not re-read into the workspace (that
   * would, e.g., replace a split seed a lesson set apart from the training seed).
   */
  private void dataChanged() {
    OpenedData data = workspace.getData();
    ModelSettings current = workspace.getSettings();
    if (data != null && current != null) {
      // new data: the strands follow it (both, unless its headers say every planted motif is on
      // the forward strand), as on the command line; the form shows the choice
      boolean both = StrandDefault.of(data.sequences()).bothStrands();
      if (current.training().reverseComplement() != both) {
        workspace
            .settingsProperty()
            .set(
                current.with(
                    new RunConfig(
                        current.network(), current.training().withReverseComplement(both))));
      }
    }
    SettingsForm.Reading reading = read();
    problems.setAll(reading.problems());
    if (unpublished) {
      publish(reading);
    }
  }

  private void publish(SettingsForm.Reading reading) {
    unpublished = !reading.valid();
    if (unpublished || reading.settings().equals(workspace.getSettings())) {
      return;
    }
    publishing = true;
    try {
      workspace.settingsProperty().set(reading.settings());
    } finally {
      publishing = false;
    }
  }

  private void show(ModelSettings settings) {
    showing = true;
    try {
      form.show(settings);
    } finally {
      showing = false;
    }
    preset.set(settings.preset());
    unpublished = false;
    undo.shown();
    SettingsForm.Reading reading = read(); // marks out-of-range inputs as an edit would
    problems.setAll(reading.problems());
    followPreset(reading.network());
  }

  private SettingsForm.Reading read() {
    return form.read(preset.get(), sequences());
  }

  /** The preset box follows the network: the preset while unchanged, "custom" once edited. */
  private void followPreset(NetworkSpec network) {
    NetworkPreset base = preset.get();
    boolean changed = !base.spec().equals(network);
    presetText.set(changed ? "custom (from " + shortTitle(base) + ")" : base.title());
    networkChanged.set(changed);
    presetInUse.set(changed ? null : base);
  }

  /** "Default" for "Default (fast to converge)": the title without its explanation. */
  private static String shortTitle(NetworkPreset preset) {
    String title = preset.title();
    int bracket = title.indexOf(" (");
    return bracket < 0 ? title : title.substring(0, bracket);
  }

  private SequenceSet sequences() {
    OpenedData data = workspace.getData();
    return data == null ? null : data.sequences();
  }

  private String describeParameters() {
    OpenedData data = workspace.getData();
    int classes = data == null ? 2 : Math.max(2, data.sequences().classNames().size());
    if (data == null || data.sequences().size() == 0) {
      long count = ParameterCount.of(workspace.getSettings().network(), classes);
      return "About " + COUNT.format(count) + " trainable weights (for two classes)";
    }
    NetworkSizing sizing = workspace.getSettings().networkFor(data.sequences());
    long count = ParameterCount.of(sizing.spec(), classes);
    return sizing.summary()
        + " About "
        + COUNT.format(count)
        + " trainable weights for "
        + classes
        + " classes.";
  }

  private void fail(String message) {
    errorMessage.set(null); // the same message twice must still be seen as a change
    errorMessage.set(message);
  }

  private static NetworkPreset matchingPreset(NetworkSpec network, NetworkPreset fallback) {
    return Arrays.stream(NetworkPreset.values())
        .filter(p -> p.spec().equals(network))
        .findFirst()
        .orElse(fallback);
  }

  /** The failure's message, starting with the file's name when the message does not already. */
  private static String messageNaming(Path file, Throwable failure) {
    String message = failure.getMessage() == null ? failure.toString() : failure.getMessage();
    return message.startsWith(file.toString()) ? message : file + ": " + message;
  }
}
