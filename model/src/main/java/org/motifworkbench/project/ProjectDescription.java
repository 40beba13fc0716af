package org.motifworkbench.project;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.motifworkbench.sequence.DataSource;

/**
 * What a project's description file ({@code project.mwbproj}) holds besides its runs: the data set
 * worked on and, opaque to the core, the app's settings, screen state and lesson progress, and the
 * figures exported. Data paths are absolute here; the file stores them relative to the project
 * folder where it can, so a project folder moved with its data still opens.
 *
 * @param name the project's name (its folder's name when created)
 * @param createdAt ISO-8601 instant the project was made
 * @param savedAt ISO-8601 instant of the last save
 * @param data the data set worked on, or null
 * @param settings the app's model settings, or null
 * @param state the app's screen state (step, chosen run, selected sequence ...), or null
 * @param lessons the app's lesson progress, or null
 * @param figures the figures exported while the project was open
 */
public record ProjectDescription(
    String name,
    String createdAt,
    String savedAt,
    DataSource data,
    JsonObject settings,
    JsonObject state,
    JsonObject lessons,
    List<FigureRecord> figures) {

  public ProjectDescription {
    figures = figures == null ? List.of() : List.copyOf(figures);
    settings = settings == null ? null : settings.deepCopy();
    state = state == null ? null : state.deepCopy();
    lessons = lessons == null ? null : lessons.deepCopy();
  }

  /** A new project's description: nothing opened yet. */
  public static ProjectDescription empty(String name) {
    String now = Instant.now().toString();
    return new ProjectDescription(name, now, now, null, null, null, null, List.of());
  }

  public ProjectDescription withName(String newName) {
    return new ProjectDescription(
        newName, createdAt, savedAt, data, settings, state, lessons, figures);
  }

  public ProjectDescription withData(DataSource newData) {
    return new ProjectDescription(
        name, createdAt, savedAt, newData, settings, state, lessons, figures);
  }

  public ProjectDescription withSettings(JsonObject newSettings) {
    return new ProjectDescription(
        name, createdAt, savedAt, data, newSettings, state, lessons, figures);
  }

  public ProjectDescription withState(JsonObject newState) {
    return new ProjectDescription(
        name, createdAt, savedAt, data, settings, newState, lessons, figures);
  }

  public ProjectDescription withLessons(JsonObject newLessons) {
    return new ProjectDescription(
        name, createdAt, savedAt, data, settings, state, newLessons, figures);
  }

  /** This description with {@code figure} added (replacing an earlier one of the same file). */
  public ProjectDescription withFigure(FigureRecord figure) {
    List<FigureRecord> next = new ArrayList<>();
    for (FigureRecord f : figures) {
      if (!f.file().equals(figure.file())) {
        next.add(f);
      }
    }
    next.add(figure);
    return new ProjectDescription(name, createdAt, savedAt, data, settings, state, lessons, next);
  }

  ProjectDescription withSavedAt(String instant) {
    return new ProjectDescription(
        name, createdAt, instant, data, settings, state, lessons, figures);
  }
}
