package org.motifworkbench.app.setup;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.motifworkbench.app.dialog.DialogService;
import org.motifworkbench.app.dialog.FileType;
import org.motifworkbench.app.dialog.Purpose;
import org.motifworkbench.network.NetworkPreset;

/**
 * Layout and bindings of the Model screen: the preset and config-file bar, the settings form in two
 * columns, and the live list of problems; all state lives in {@link SetupViewModel}.
 */
public final class SetupView {

  private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
  private static final Duration TOOLTIP_DELAY = Duration.millis(300);

  private final SetupViewModel viewModel;
  private final Runnable goToTraining;
  private final BorderPane root = new BorderPane();
  private final ComboBox<NetworkPreset> presetChoice = new ComboBox<>();
  private final FieldMarks marks = new FieldMarks();
  private final DialogService dialogs;
  private final Runnable searchGrid;

  /** True while the preset box follows the view model, so that is not taken for a user's choice. */
  private boolean followingPreset;

  /**
   * @param goToTraining opens the Train screen; null hides the button
   * @param dialogs shows errors and the settings file choosers
   */
  public SetupView(SetupViewModel viewModel, Runnable goToTraining, DialogService dialogs) {
    this(viewModel, goToTraining, dialogs, null);
  }

  /**
   * @param searchGrid opens the grid dialog ("Search a grid..."); null hides the button
   */
  public SetupView(
      SetupViewModel viewModel, Runnable goToTraining, DialogService dialogs, Runnable searchGrid) {
    this.viewModel = viewModel;
    this.searchGrid = searchGrid;
    this.dialogs = dialogs;
    this.goToTraining = goToTraining;
    root.getStyleClass().add("setup-screen");
    root.setTop(toolbar());
    root.setCenter(form());
    root.setBottom(statusArea());
    root.addEventFilter(KeyEvent.KEY_PRESSED, this::undoKeys);
    viewModel
        .errorMessageProperty()
        .addListener(
            (obs, old, message) -> {
              if (message != null) {
                showError(message);
              }
            });
  }

  public Parent root() {
    return root;
  }

  private Node toolbar() {
    Label presetLabel = new Label("Start from preset");
    presetChoice.setId("presetChoice");
    presetChoice.getItems().setAll(viewModel.presets());
    presetChoice.setCellFactory(list -> new PresetCell(null));
    presetChoice.setButtonCell(new PresetCell(viewModel.presetTextProperty()));
    presetChoice.setTooltip(
        tooltip(
            "Ready-made networks. Choosing one replaces the network"
                + " settings (also after you edited them); training, input length and split stay as"
                + " they are."));
    // Once a network value is edited the box holds no preset and reads "custom (from ...)", so
    // choosing the same preset again is a change and resets its values.
    presetChoice.setValue(viewModel.presetInUseProperty().get());
    viewModel
        .presetInUseProperty()
        .addListener(
            (obs, old, preset) -> {
              followingPreset = true;
              presetChoice.setValue(preset);
              followingPreset = false;
            });
    presetChoice.setOnAction(
        e -> {
          if (!followingPreset) {
            viewModel.applyPreset(presetChoice.getValue());
          }
        });
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    Button load = new Button("Load config\u2026");
    load.setId("loadConfig");
    load.setTooltip(tooltip("Read network and training settings from a JSON file."));
    load.setOnAction(e -> chooseFileToLoad());
    Button save = new Button("Save config\u2026");
    save.setId("saveConfig");
    save.setTooltip(
        tooltip(
            "Save the network and training settings as JSON, the format"
                + " 'mwb train --config' reads."));
    save.setOnAction(e -> chooseFileToSave());
    HBox bar = new HBox(presetLabel, presetChoice, spacer, load, save);
    bar.getStyleClass().add("toolbar");
    if (searchGrid != null) {
      Button grid = new Button("Search a grid\u2026");
      grid.setId("gridButton");
      grid.setTooltip(
          tooltip(
              "Train every combination of a few settings' values (e.g. filters 16, 32 x learning"
                  + " rate 0.001, 0.003) on these settings and split; each is a run on the Runs"
                  + " screen, ranked by validation accuracy."));
      grid.setOnAction(e -> searchGrid.run());
      bar.getChildren().add(grid);
    }
    return bar;
  }

  private Node form() {
    List<FormSection> sections = viewModel.sections();
    GridPane columns = new GridPane();
    columns.getStyleClass().add("setup-columns");
    // Network and input length on the left, training and split on the right.
    columns.add(new VBox(section(sections.get(0)), section(sections.get(2))), 0, 0);
    columns.add(new VBox(section(sections.get(1)), section(sections.get(3))), 1, 0);
    columns.getChildren().forEach(c -> c.getStyleClass().add("setup-column"));
    ScrollPane scroll = new ScrollPane(columns);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("setup-scroll");
    return scroll;
  }

  private Node section(FormSection section) {
    GridPane grid = new GridPane();
    grid.getStyleClass().add("setup-grid");
    int row = 0;
    for (FormInput input : section.inputs()) {
      Label label = styled(new Label(input.label()), "setup-label");
      label.setTooltip(tooltip(input.help()));
      Control control = control(input);
      control.setTooltip(tooltip(input.help()));
      label.setLabelFor(control);
      grid.add(label, 0, row);
      grid.add(control, 1, row);
      if (input instanceof TextInput text && !text.unit().isEmpty()) {
        grid.add(styled(new Label(text.unit()), "setup-unit"), 2, row);
      }
      row++;
    }
    Label title = styled(new Label(section.title()), "section-heading");
    Label note = styled(new Label(section.note()), "setup-note");
    VBox box = new VBox(title, note, grid);
    box.getStyleClass().add("setup-section");
    return box;
  }

  private Control control(FormInput input) {
    if (input instanceof TextInput text) {
      TextField field = new TextField();
      field.setId(text.id());
      field.getStyleClass().add("setup-field");
      field.textProperty().bindBidirectional(text.textProperty());
      marks.follow(field, text);
      // a typed value is one undo step once its field is left or Enter is pressed
      field
          .focusedProperty()
          .addListener(
              (obs, was, focused) -> {
                if (!focused) {
                  viewModel.commitTyping();
                }
              });
      field.addEventFilter(
          KeyEvent.KEY_PRESSED,
          e -> {
            if (e.getCode() == KeyCode.ENTER) {
              viewModel.commitTyping();
            }
          });
      return field;
    }
    return choiceBox((ChoiceInput<?>) input);
  }

  private static <T> ChoiceBox<T> choiceBox(ChoiceInput<T> input) {
    ChoiceBox<T> box = new ChoiceBox<>();
    box.setId(input.id());
    box.getStyleClass().add("setup-choice");
    box.getItems().setAll(input.options());
    box.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(T option) {
            return input.describe(option);
          }

          @Override
          public T fromString(String text) {
            throw new UnsupportedOperationException("choices are not typed");
          }
        });
    box.valueProperty().bindBidirectional(input.valueProperty());
    return box;
  }

  private Node statusArea() {
    Label problemList = styled(new Label(), "setup-problems");
    problemList.setId("problemList");
    problemList
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    viewModel.problems().isEmpty()
                        ? "\u2713 These settings are ready: the Train screen uses them."
                        : "\u2022 " + String.join("\n\u2022 ", viewModel.problems()),
                viewModel.problems()));
    problemList.pseudoClassStateChanged(INVALID, !viewModel.problems().isEmpty());
    viewModel
        .problems()
        .addListener(
            (javafx.collections.ListChangeListener<String>)
                c -> problemList.pseudoClassStateChanged(INVALID, !viewModel.problems().isEmpty()));
    Label parameters = styled(new Label(), "setup-muted");
    parameters.setId("parameterCount");
    parameters.textProperty().bind(viewModel.parameterTextProperty());
    parameters.setWrapText(true); // names the network trained: longer than one line at times
    Label fileMessage = styled(new Label(), "setup-muted");
    fileMessage.setId("fileMessage");
    fileMessage.textProperty().bind(viewModel.fileMessageProperty());
    VBox left = new VBox(problemList, parameters, fileMessage);
    left.getStyleClass().add("setup-status-text");
    HBox.setHgrow(left, Priority.ALWAYS);
    HBox area = new HBox(left);
    area.getStyleClass().add("setup-status");
    if (goToTraining != null) {
      Button train = new Button("Continue to Train \u203a");
      train.setId("continueToTrain");
      train.setDefaultButton(true);
      // the text beside it wraps; the button keeps its whole label
      train.setMinWidth(Region.USE_PREF_SIZE);
      train.disableProperty().bind(Bindings.isNotEmpty(viewModel.problems()));
      train.setOnAction(e -> goToTraining.run());
      area.getChildren().add(train);
    }
    return area;
  }

  /**
   * Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y (Cmd on macOS) on the Model screen: in a field holding text
   * typed since it was last committed they are the field's own undo and redo of the typing;
   * anywhere else on the screen they undo and redo committed settings changes, as Edit > Undo and
   * Redo do (a text field would otherwise take them for its own history of earlier values).
   */
  private void undoKeys(KeyEvent e) {
    boolean undo = UNDO_KEYS.match(e);
    boolean redo = REDO_KEYS.match(e) || REDO_KEYS_Y.match(e);
    if (!undo && !redo) {
      return;
    }
    Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
    if (focused instanceof TextField field
        && field.getId() != null
        && viewModel.isTyping(field.getId())) {
      return;
    }
    e.consume();
    if (undo) {
      viewModel.undo();
    } else {
      viewModel.redo();
    }
  }

  private void chooseFileToLoad() {
    dialogs
        .openFile(Purpose.SETTINGS, "Load network and training settings", SETTINGS_FILES)
        .ifPresent(viewModel::load);
  }

  private void chooseFileToSave() {
    dialogs
        .saveFile(
            Purpose.SETTINGS,
            "Save network and training settings",
            "model-settings.json",
            SETTINGS_FILES)
        .ifPresent(viewModel::save);
  }

  static final KeyCombination UNDO_KEYS = KeyCombination.keyCombination("Shortcut+Z");
  static final KeyCombination REDO_KEYS = KeyCombination.keyCombination("Shortcut+Shift+Z");
  static final KeyCombination REDO_KEYS_Y = KeyCombination.keyCombination("Shortcut+Y");

  private static final List<FileType> SETTINGS_FILES =
      List.of(FileType.of("Settings (JSON)", "*.json"), FileType.ALL);

  private void showError(String message) {
    dialogs.showError(
        "Settings file",
        "The settings file could not be used",
        message + "\n\nThe settings in the form are unchanged.");
  }

  private static Tooltip tooltip(String text) {
    Tooltip tip = new Tooltip(text);
    tip.setWrapText(true);
    tip.setMaxWidth(420);
    tip.setShowDelay(TOOLTIP_DELAY);
    tip.setShowDuration(Duration.seconds(30));
    return tip;
  }

  private static <T extends Node> T styled(T node, String styleClass) {
    node.getStyleClass().add(styleClass);
    return node;
  }

  /**
   * Shows a preset by its title, e.g. "Small and fast (teaching)"; with no preset, the box's cell
   * reads {@code withoutPreset} (e.g. "custom (from Default)"). The combo box's prompt text would
   * not do: JavaFX 21 does not show it again once a custom cell has shown a value.
   */
  private static final class PresetCell extends ListCell<NetworkPreset> {
    private final ReadOnlyStringProperty withoutPreset;

    /**
     * @param withoutPreset what to read when there is no preset; null in the list
     */
    PresetCell(ReadOnlyStringProperty withoutPreset) {
      this.withoutPreset = withoutPreset;
      if (withoutPreset != null) {
        withoutPreset.addListener(
            (obs, old, text) -> {
              if (getItem() == null) {
                setText(text);
              }
            });
      }
    }

    @Override
    protected void updateItem(NetworkPreset preset, boolean empty) {
      super.updateItem(preset, empty);
      if (preset != null && !empty) {
        setText(preset.title());
      } else {
        setText(withoutPreset == null ? null : withoutPreset.get());
      }
    }
  }
}
