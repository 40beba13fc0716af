package org.motifworkbench.app;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

/**
 * The left-to-right workflow bar: Data, Model, Train, Evaluate, Inspect, Motifs. Steps without a
 * screen yet are shown disabled, with a tooltip saying so, instead of leading to an empty screen.
 */
final class StepBar {

  static final String LATER = "coming in a later version";

  private final HBox root = new HBox();

  StepBar(Step current) {
    root.getStyleClass().add("step-bar");
    for (Step step : Step.values()) {
      if (step.ordinal() > 0) {
        Label arrow = new Label("\u203a");
        arrow.getStyleClass().add("step-arrow");
        root.getChildren().add(arrow);
      }
      root.getChildren().add(stepNode(step, step == current));
    }
  }

  Node root() {
    return root;
  }

  private static Node stepNode(Step step, boolean current) {
    Label number = new Label(Integer.toString(step.ordinal() + 1));
    number.getStyleClass().add("step-number");
    Label title = new Label(step.title());
    title.getStyleClass().add("step-title");
    HBox node = new HBox(number, title);
    node.getStyleClass().add("step");
    node.setId("step-" + step.name().toLowerCase());
    if (current) {
      node.getStyleClass().add("current");
      node.setAccessibleText(step.title() + ", current step");
    }
    if (step.available()) {
      return node;
    }
    // A disabled node gets no mouse events, so its tooltip goes on an enabled wrapper.
    node.setDisable(true);
    node.setAccessibleText(step.title() + ", " + LATER);
    StackPane wrapper = new StackPane(node);
    wrapper.getStyleClass().add("step-wrapper");
    Tooltip.install(wrapper, new Tooltip(step.title() + ": " + LATER));
    return wrapper;
  }
}
