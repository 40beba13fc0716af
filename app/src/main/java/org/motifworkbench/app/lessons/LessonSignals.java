package org.motifworkbench.app.lessons;

/**
 * Where the lessons see the workbench. The composition root implements it over the workspace and
 * the screens' view models, so this package knows no screen.
 */
public interface LessonSignals {

  /** What the checks look at now. */
  LessonState state();

  /** Calls {@code changed} on the FX thread whenever something a check may look at changes. */
  void addListener(Runnable changed);
}
