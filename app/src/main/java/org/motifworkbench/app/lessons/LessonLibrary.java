package org.motifworkbench.app.lessons;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The lesson files of a folder (the shipped {@code samples/lessons}, or a teacher's own), read in
 * file-name order. A broken file does not hide the others: its message is listed instead.
 *
 * @param lessons the lessons that could be read
 * @param problems one message per file that could not
 */
public record LessonLibrary(List<Lesson> lessons, List<String> problems) {

  public LessonLibrary {
    lessons = List.copyOf(lessons);
    problems = List.copyOf(problems);
  }

  /** Reads every {@code *.json} file of {@code folder}. */
  public static LessonLibrary read(Path folder) {
    List<Lesson> lessons = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      problems.add("No lessons found: the folder " + folder + " is missing.");
      return new LessonLibrary(lessons, problems);
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file :
          files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
        try {
          Lesson lesson = LessonParser.read(file);
          if (lessons.stream().anyMatch(l -> l.id().equals(lesson.id()))) {
            problems.add(
                file.getFileName()
                    + ": id '"
                    + lesson.id()
                    + "' is used by another lesson; give each lesson its own id");
          } else {
            lessons.add(lesson);
          }
        } catch (LessonFormatException e) {
          problems.add(e.getMessage());
        }
      }
    } catch (IOException e) {
      problems.add("Could not list the lessons in " + folder + ": " + e.getMessage());
    }
    return new LessonLibrary(lessons, problems);
  }
}
