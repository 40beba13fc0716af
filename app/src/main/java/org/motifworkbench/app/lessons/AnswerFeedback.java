package org.motifworkbench.app.lessons;

/**
 * What the lesson panel says under a step. Under a question: nothing before an answer, "Right."
 * with the explanation, "Not quite ... Try again" after a first wrong answer (the answer stays
 * hidden), and the answer with the explanation once it is shown; and, in instructor mode, each
 * step's solution.
 */
final class AnswerFeedback {

  private AnswerFeedback() {}

  /**
   * The feedback for step {@code at} of a lesson with progress {@code p}: a question's verdict, a
   * prediction ({@link PredictionText#feedback}) or a kept explanation; "" for other steps.
   */
  static String text(LessonStep s, LessonProgress p, int at) {
    if (s.check() instanceof Check.Predict predict) {
      return PredictionText.feedback(predict, p, at);
    }
    if (s.check() instanceof Check.Explain x) {
      return !p.isDone(at)
          ? ""
          : "Kept for your report."
              + (x.modelAnswer() == null
                  ? ""
                  : " Compare it with a model answer: " + x.modelAnswer());
    }
    if (!(s.check() instanceof Check.Question q)) {
      return "";
    }
    Integer chosen = p.answers().get(at);
    if (p.isDone(at)) {
      return "Right. " + q.explanation();
    }
    if (p.isRevealed(at)) {
      return (chosen == null ? "" : "Not quite. ")
          + "The answer is \u201c"
          + q.choices().get(q.answer())
          + "\u201d. "
          + q.explanation();
    }
    if (chosen == null) {
      return "";
    }
    return "Not quite: \u201c"
        + q.choices().get(chosen)
        + "\u201d is not the answer. Try again"
        + (s.hint() == null ? "" : " (the hint below may help)")
        + ", or click \u201cShow"
        + " answer\u201d.";
  }

  /**
   * The solution instructor mode shows for a step: the right choice and its explanation, the
   * explanation of a number prediction, or the model answer; "" for a step without one.
   */
  static String solution(LessonStep s) {
    Check check = s.check();
    if (check instanceof Check.Question q && q.answer() >= 0) {
      return "Solution: \u201c"
          + q.choices().get(q.answer())
          + "\u201d."
          + (q.explanation() == null ? "" : " " + q.explanation());
    }
    if (check instanceof Check.Predict p) {
      String why = p.explanation() == null ? "" : " " + p.explanation();
      if (p.isChoice() && p.answer() >= 0) {
        return "Solution: \u201c" + p.choices().get(p.answer()) + "\u201d." + why;
      }
      String measured =
          p.result() == null ? "" : " Compared with " + p.result().description() + ".";
      return (measured + why).isEmpty() ? "" : ("For the instructor:" + measured + why);
    }
    if (check instanceof Check.Explain x && x.modelAnswer() != null) {
      return "Model answer: " + x.modelAnswer();
    }
    return "";
  }
}
