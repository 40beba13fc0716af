package org.motifworkbench.app.lessons;

/** What a lesson may do to the workbench on the student's behalf; implemented by the shell. */
public interface LessonActions {

  /**
   * Opens a lesson's data set (generating it first when it is a recipe) and shows the Data screen.
   */
  void openData(LessonData data);

  /** Applies a lesson's model settings (they show on the Model screen). */
  void applySettings(SettingsOverrides settings);

  /**
   * Shows a screen ({@link Check#SCREENS}: "data", "train", ...) when its prerequisites exist;
   * otherwise the screen stays as it is.
   */
  void showScreen(String screen);

  /** Empties the list of recently opened files ("Reset all lessons"). */
  void forgetRecentFiles();
}
