package org.motifworkbench.app.lessons;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The inputs of the lesson panel's predict and explain steps: choices or a number field with
 * "Commit my prediction" (locked once committed), and a text area with its word count and Submit.
 * Layout and bindings only.
 */
final class StepInputs {

  private StepInputs() {}

  /** A predict step's question, its choices or number field, the commit button and the verdict. */
  static Node prediction(LessonViewModel viewModel, Check.Predict p) {
    VBox root = new VBox();
    root.getStyleClass().addAll("lesson-question", "lesson-prediction");
    root.getChildren().add(LessonPanel.wrapped(p.question(), "lesson-question-text"));
    Button commit = LessonPanel.button("Commit my prediction", "commitPrediction", () -> {});
    commit.getStyleClass().add("lesson-action");
    if (p.isChoice()) {
      ToggleGroup group = new ToggleGroup();
      Integer committed = viewModel.answerProperty().get();
      for (int i = 0; i < p.choices().size(); i++) {
        RadioButton choice = new RadioButton(p.choices().get(i));
        choice.setId("predictChoice-" + (i + 1));
        choice.setWrapText(true);
        choice.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        choice.setUserData(i);
        choice.setToggleGroup(group);
        choice.setSelected(committed != null && committed == i);
        choice.disableProperty().bind(viewModel.canPredictProperty().not());
        root.getChildren().add(choice);
      }
      commit.setOnAction(
          e -> viewModel.commitPrediction((Integer) group.getSelectedToggle().getUserData()));
      commit
          .disableProperty()
          .bind(group.selectedToggleProperty().isNull().or(viewModel.canPredictProperty().not()));
      root.getChildren().add(commit);
    } else {
      TextField number = new TextField();
      number.setId("predictNumber");
      number.setPromptText(
          "a number from "
              + PredictionText.plain(p.min())
              + " to "
              + PredictionText.plain(p.max()));
      LessonProgress.StepRecord record =
          viewModel.progress().record(viewModel.progress().current());
      if (record != null) {
        number.setText(record.finalAnswer());
      }
      number.disableProperty().bind(viewModel.canPredictProperty().not());
      commit.setOnAction(e -> viewModel.commitPrediction(number.getText()));
      number.setOnAction(e -> viewModel.commitPrediction(number.getText()));
      commit
          .disableProperty()
          .bind(number.textProperty().isEmpty().or(viewModel.canPredictProperty().not()));
      Label problem = LessonPanel.wrapped("", "lesson-input-problem");
      problem.setId("predictionProblem");
      problem.textProperty().bind(viewModel.predictionProblemProperty());
      problem.visibleProperty().bind(viewModel.predictionProblemProperty().isNotEmpty());
      problem.managedProperty().bind(problem.visibleProperty());
      root.getChildren().addAll(new HBox(8, number, commit), problem);
    }
    root.getChildren().add(feedback(viewModel));
    return root;
  }

  /** An explain step's question, the text area, its word count, Submit and the verdict. */
  static Node explanation(LessonViewModel viewModel, Check.Explain x) {
    VBox root = new VBox();
    root.getStyleClass().addAll("lesson-question", "lesson-explanation");
    root.getChildren().add(LessonPanel.wrapped(x.question(), "lesson-question-text"));
    TextArea text = new TextArea();
    text.setId("explanationText");
    text.setWrapText(true);
    text.setPrefRowCount(5);
    text.textProperty().bindBidirectional(viewModel.explanationTextProperty());
    Label words = new Label();
    words.setId("explanationWords");
    words.getStyleClass().add("lesson-word-count");
    words.textProperty().bind(viewModel.wordCountProperty());
    Button submit = LessonPanel.button("Submit", "submitExplanation", viewModel::submitExplanation);
    submit.getStyleClass().add("lesson-action");
    submit.disableProperty().bind(viewModel.canSubmitExplanationProperty().not());
    root.getChildren().addAll(text, new HBox(8, submit, words), feedback(viewModel));
    return root;
  }

  private static Label feedback(LessonViewModel viewModel) {
    Label feedback = LessonPanel.wrapped("", "lesson-feedback");
    feedback.getStyleClass().add("right");
    feedback.setId("lessonFeedback");
    feedback.textProperty().bind(viewModel.feedbackProperty());
    feedback.visibleProperty().bind(viewModel.feedbackProperty().isNotEmpty());
    feedback.managedProperty().bind(feedback.visibleProperty());
    return feedback;
  }
}
