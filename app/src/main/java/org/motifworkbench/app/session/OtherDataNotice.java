package org.motifworkbench.app.session;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The notice a screen shows instead of results that belong to other data (see {@link
 * OtherDataViewModel}): what the model was trained on, and "Evaluate this model on ..." and "Train
 * a new model". Layout and bindings only; shown only while the view model says so.
 */
public final class OtherDataNotice {

  private final VBox root = new VBox();

  /**
   * @param trainNewModel what "Train a new model" does on this screen
   */
  public OtherDataNotice(OtherDataViewModel viewModel, Runnable trainNewModel) {
    Label heading = new Label("This model belongs to other data");
    heading.getStyleClass().add("other-data-heading");
    Label message = wrapped("other-data-message");
    message.setId("otherDataMessage");
    message.textProperty().bind(viewModel.messageBinding());
    Button evaluate = new Button();
    evaluate.setId("evaluateOnOpenData");
    evaluate.textProperty().bind(viewModel.evaluateLabelBinding());
    evaluate.disableProperty().bind(viewModel.canEvaluateBinding().not());
    evaluate.visibleProperty().bind(viewModel.classesFitBinding());
    evaluate.managedProperty().bind(evaluate.visibleProperty());
    evaluate.setOnAction(e -> viewModel.evaluateOnOpenData());
    Button train = new Button("Train a new model");
    train.setId("trainNewModel");
    train.setOnAction(e -> trainNewModel.run());
    ProgressIndicator busy = new ProgressIndicator();
    busy.getStyleClass().add("other-data-progress");
    busy.visibleProperty().bind(viewModel.evaluatingProperty());
    busy.managedProperty().bind(busy.visibleProperty());
    HBox actions = new HBox(evaluate, train, busy);
    actions.getStyleClass().add("other-data-actions");
    Label error = wrapped("other-data-error");
    error.setId("otherDataError");
    error.textProperty().bind(viewModel.errorMessageProperty());
    error.visibleProperty().bind(viewModel.errorMessageProperty().isNotNull());
    error.managedProperty().bind(error.visibleProperty());
    root.getChildren().setAll(heading, message, actions, error);
    root.setId("otherDataNotice");
    root.getStyleClass().add("other-data-notice");
    root.visibleProperty().bind(viewModel.shownBinding());
    root.managedProperty().bind(root.visibleProperty());
  }

  public Node root() {
    return root;
  }

  private static Label wrapped(String styleClass) {
    Label label = new Label();
    label.setWrapText(true);
    label.setMinHeight(Region.USE_PREF_SIZE);
    label.getStyleClass().add(styleClass);
    return label;
  }
}
