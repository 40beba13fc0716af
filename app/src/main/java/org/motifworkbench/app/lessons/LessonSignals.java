package org.motifworkbench.app.lessons;

/**
 * Where the lessons see the workbench. The composition root implements it over the workspace and
 * the screens' view models, so this package knows no screen.
 */
public interface LessonSignals {

  /** What the checks look at now. */
  LessonState state();

  /**
   * The workbench's value of {@code quantity} now, as its screens show it: the open data set's
   * ceiling, or a result of the current model when its results belong to the open data; NaN when
   * there is none.
   */
  double measured(Quantity quantity);

  /** Calls {@code changed} on the FX thread whenever something a check may look at changes. */
  void addListener(Runnable changed);
}
