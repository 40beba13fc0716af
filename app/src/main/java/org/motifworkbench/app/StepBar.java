package org.motifworkbench.app;

import java.util.Locale;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

/**
 * The left-to-right workflow bar: Data, Model, Train, Evaluate, Inspect, Motifs, Genome. A step
 * opens when clicked; a step whose prerequisite is missing (no data, no model) is disabled, and its
 * tooltip says what to do first.
 */
final class StepBar {

  private final HBox root = new HBox();
  private final MainWindowViewModel viewModel;

  StepBar(MainWindowViewModel viewModel) {
    this.viewModel = viewModel;
    root.getStyleClass().add("step-bar");
    for (Step step : Step.values()) {
      if (step.number() > 1) {
        Label arrow = new Label("\u203a");
        arrow.getStyleClass().add("step-arrow");
        root.getChildren().add(arrow);
      }
      root.getChildren().add(stepNode(step));
    }
  }

  Node root() {
    return root;
  }

  private Node stepNode(Step step) {
    Label number = new Label(Integer.toString(step.number()));
    number.getStyleClass().add("step-number");
    Label title = new Label(step.title());
    title.getStyleClass().add("step-title");
    HBox node = new HBox(number, title);
    node.getStyleClass().add("step");
    node.setId("step-" + step.name().toLowerCase(Locale.ROOT));
    viewModel.currentStepProperty().addListener((obs, old, now) -> markCurrent(node, step));
    markCurrent(node, step);
    // A disabled node gets no mouse events, so its tooltip goes on an enabled wrapper.
    StackPane wrapper = new StackPane(node);
    wrapper.getStyleClass().add("step-wrapper");
    Tooltip tip = new Tooltip();
    Tooltip.install(wrapper, tip);
    BooleanBinding ready = viewModel.readyBinding(step);
    node.disableProperty().bind(ready.not());
    tip.textProperty()
        .bind(
            javafx.beans.binding.Bindings.when(ready)
                .then("Go to " + step.title())
                .otherwise(step.title() + ": " + step.needs().hint()));
    node.setOnMouseClicked(e -> viewModel.go(step));
    return wrapper;
  }

  private void markCurrent(Node node, Step step) {
    boolean current = viewModel.getCurrentStep() == step;
    node.getStyleClass().remove("current");
    if (current) {
      node.getStyleClass().add("current");
    }
    node.setAccessibleText(step.title() + (current ? ", current step" : ""));
  }
}
